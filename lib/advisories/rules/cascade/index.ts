import type { Rule } from '../../types';

/** The cascade rules, in catalogue order. */
export const CASCADE_RULES: Rule[] = [];

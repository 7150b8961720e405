import type { Rule } from '../../types';

/** The integrity rules, in catalogue order. */
export const INTEGRITY_RULES: Rule[] = [];

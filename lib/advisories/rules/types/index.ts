import type { Rule } from '../../types';

/** The types rules, in catalogue order. */
export const TYPES_RULES: Rule[] = [];

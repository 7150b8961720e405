import type { Rule } from '../../types';

/** The naming rules, in catalogue order. */
export const NAMING_RULES: Rule[] = [];

import type { Rule } from '../../types';

/** The relations rules, in catalogue order. */
export const RELATIONS_RULES: Rule[] = [];

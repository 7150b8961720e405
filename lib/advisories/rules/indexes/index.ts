import type { Rule } from '../../types';
import { indexFkMissing } from './index-fk-missing';

/** The indexes rules, in catalogue order. */
export const INDEXES_RULES: Rule[] = [indexFkMissing];

import type { Rule } from '../../types';
import { integrityNaturalKeyNotUnique } from './integrity-natural-key-not-unique';
import { integrityNullableWithoutReason } from './integrity-nullable-without-reason';

/** The integrity rules, in catalogue order. */
export const INTEGRITY_RULES: Rule[] = [integrityNullableWithoutReason, integrityNaturalKeyNotUnique] as Rule[];

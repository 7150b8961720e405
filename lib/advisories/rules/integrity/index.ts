import type { Rule } from '../../types';
import { integrityNullableWithoutReason } from './integrity-nullable-without-reason';
import { integrityNaturalKeyNotUnique } from './integrity-natural-key-not-unique';
import { integrityEmailCaseSensitive } from './integrity-email-case-sensitive';
import { integrityStatusAsString } from './integrity-status-as-string';
import { integrityMissingTimestamps } from './integrity-missing-timestamps';
import { integrityPrismaLevelDefault } from './integrity-prisma-level-default';
import { integrityJsonStructuredData } from './integrity-json-structured-data';

/** The integrity rules, in catalogue order. */
export const INTEGRITY_RULES: Rule[] = [
  integrityNullableWithoutReason,
  integrityNaturalKeyNotUnique,
  integrityEmailCaseSensitive,
  integrityStatusAsString,
  integrityMissingTimestamps,
  integrityPrismaLevelDefault,
  integrityJsonStructuredData,
];

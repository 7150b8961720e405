import type { Rule } from '../../types';
import { typesDatetimeWithoutTz } from './types-datetime-without-tz';
import { typesIntAutoincrementId } from './types-int-autoincrement-id';
import { typesMoneyFloat } from './types-money-float';
import { typesStringLengthPolicy } from './types-string-length-policy';
import { typesUuidAsText } from './types-uuid-as-text';

/** The types rules, in catalogue order. */
export const TYPES_RULES: Rule[] = [typesMoneyFloat, typesDatetimeWithoutTz, typesStringLengthPolicy, typesIntAutoincrementId, typesUuidAsText];

import type { Rule } from '../../types';
import { relationFkMissing } from './relation-fk-missing';
import { relationFkNativeTypeMismatch } from './relation-fk-native-type-mismatch';
import { relationFkReferencesNaturalKey } from './relation-fk-references-natural-key';
import { relationPolymorphic } from './relation-polymorphic';
import { relationRequiredFkCycle } from './relation-required-fk-cycle';

/** The relations rules, in catalogue order. */
export const RELATIONS_RULES: Rule[] = [relationFkMissing, relationPolymorphic, relationFkNativeTypeMismatch, relationRequiredFkCycle, relationFkReferencesNaturalKey];

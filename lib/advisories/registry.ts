import { CASCADE_RULES } from './rules/cascade';
import { EXTENSIONS_RULES } from './rules/extensions';
import { INDEXES_RULES } from './rules/indexes';
import { INTEGRITY_RULES } from './rules/integrity';
import { NAMING_RULES } from './rules/naming';
import { RELATIONS_RULES } from './rules/relations';
import { TYPES_RULES } from './rules/types';
import type { Rule } from './types';

/** Every advisory rule, by category in catalogue order. */
export const RULES: readonly Rule[] = [...RELATIONS_RULES, ...INDEXES_RULES, ...CASCADE_RULES, ...INTEGRITY_RULES, ...TYPES_RULES, ...NAMING_RULES, ...EXTENSIONS_RULES] as Rule[];

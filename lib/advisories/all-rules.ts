import type { ConfigurableRule } from './config';
import { MIGRATION_RULES } from './migration';
import { RULES } from './registry';

/** Every rule a schema-canvas.json may name: the schema rules and the migration-safety rules. */
export const CONFIGURABLE_RULES: readonly (ConfigurableRule & { id: string; category: string; severity: string; title: string; why: string })[] = [...RULES, ...MIGRATION_RULES];

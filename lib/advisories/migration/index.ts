import type { ParsedSchema } from '../../schema/document';
import type { OpResult } from '../../ops/shared';
import type { AdvisoryConfig } from '../config';
import { migrationAddFkValidation } from './migration-add-fk-validation';
import { migrationAddIndexLocking } from './migration-add-index-locking';
import { migrationAddRequiredColumn } from './migration-add-required-column';
import { migrationAddUnique } from './migration-add-unique';
import { migrationDropColumn } from './migration-drop-column';
import { migrationDropTable } from './migration-drop-table';
import { migrationEnumValueRemoved } from './migration-enum-value-removed';
import { migrationEnumMapQuote } from './migration-enum-map-quote';
import { migrationMakeRequired } from './migration-make-required';
import { migrationRelationChange } from './migration-relation-change';
import { migrationRenameWithoutMap } from './migration-rename-without-map';
import { migrationTypeChange } from './migration-type-change';
import type { MigrationPlan } from './plans';
import { fixMigrationAdvisory, plansFor, runMigrationRules, type MigrationRun, type MigrationRunOptions } from './run';
import type { MigrationAdvisory, MigrationRule } from './types';

/**
 * Migration safety (catalogue §4.7): what the migration from the BASELINE schema (deployed: the text at
 * open, a snapshot, the last migration) to the CURRENT one does to existing rows, found statically.
 */

/** The 11 rules, in catalogue order (M1–M11). */
export const MIGRATION_RULES: readonly MigrationRule[] = [
  migrationRenameWithoutMap,
  migrationDropColumn,
  migrationDropTable,
  migrationAddRequiredColumn,
  migrationMakeRequired,
  migrationTypeChange,
  migrationAddUnique,
  migrationAddIndexLocking,
  migrationAddFkValidation,
  migrationEnumValueRemoved,
  migrationRelationChange,
  // Not in the catalogue: Prisma itself writes broken SQL for an enum value mapped to a name with a quote.
  migrationEnumMapQuote,
];

/** Active advisories for BASELINE → CURRENT, in text order of the current schema (spans point into it). */
export function runMigrationSafety(baseline: ParsedSchema, current: ParsedSchema, options: MigrationRunOptions = {}): MigrationAdvisory[] {
  return runMigrationRules(baseline, current, MIGRATION_RULES, options).advisories;
}

/** The same, with the advisories `// canvas-ignore` silenced. */
export function runMigrationSafetyWithSuppressed(baseline: ParsedSchema, current: ParsedSchema, options: MigrationRunOptions = {}): MigrationRun {
  return runMigrationRules(baseline, current, MIGRATION_RULES, options);
}

/** Applies a migration advisory's fix to the current schema (canvas ops), or why not. */
export function fixMigration(baseline: ParsedSchema, current: ParsedSchema, advisory: MigrationAdvisory, config?: AdvisoryConfig): OpResult {
  return fixMigrationAdvisory(baseline, current, advisory, MIGRATION_RULES, config);
}

/** The safe multi-step alternatives for an advisory, for the export dialog. */
export function migrationPlans(advisory: MigrationAdvisory): MigrationPlan[] {
  return plansFor(advisory, MIGRATION_RULES);
}

export { MigrationContext } from './context';
export { diffSchemas, type SchemaDiff, type ModelMatch, type FieldMatch, type EnumMatch, type ForeignKeyMatch, type JoinTableMatch } from './diff';
export { classifyTypeChange, columnTypeOf, type ColumnType, type TypeChange, type TypeChangeKind } from './column-types';
export { applyOpCalls, type MigrationPlan, type PlanStep, type OpCall } from './plans';
export { MIGRATION_CATEGORY, type MigrationAdvisory, type MigrationCategory, type MigrationRule } from './types';
export type { MigrationRun, MigrationRunOptions } from './run';

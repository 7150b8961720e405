import type { ParsedSchema } from '../../schema/document';
import type { OpResult } from '../../ops/shared';
import type { Advisory, AdvisoryDraft, RuleOptions, Severity } from '../types';
import type { MigrationContext } from './context';
import type { MigrationPlan } from './plans';

/**
 * Migration-safety rules (catalogue §4.7): they compare the BASELINE schema (what is deployed) with the
 * CURRENT one, statically, and say what the migration Prisma would generate does to existing rows.
 *
 * `Category` in ../types.ts does not list 'migration-safety' yet; until it does these rules and their
 * advisories carry their own category type. A MigrationAdvisory has exactly the shape of an Advisory.
 */
export type MigrationCategory = 'migration-safety';
export const MIGRATION_CATEGORY: MigrationCategory = 'migration-safety';

export interface MigrationAdvisory extends Omit<Advisory, 'category'> {
  category: MigrationCategory;
}

export interface MigrationRule<O extends RuleOptions = RuleOptions> {
  id: string;
  category: MigrationCategory;
  /** Default severity; drafts override it case by case (the catalogue's per-case severities), the config overrides both. */
  severity: Severity;
  title: string;
  why: string;
  /** PostgreSQL lock and cast behaviour: quiet for other providers. */
  postgresOnly: boolean;
  options?: O;
  check(ctx: MigrationContext, options: O): AdvisoryDraft[];
  /**
   * Text patches on the CURRENT schema through the canvas ops; refuses when the advisory no longer
   * applies. The baseline is there to re-check that (and to restore what was dropped).
   */
  fix?(current: ParsedSchema, advisory: MigrationAdvisory, baseline: ParsedSchema, options: O): OpResult;
  /** The safe multi-step alternatives the catalogue gives for this case, for the export dialog. */
  plans?(advisory: MigrationAdvisory): MigrationPlan[];
}

import { expect } from 'vitest';
import { parseSchema, type SchemaFile } from '../lib/schema/document';
import { applyEdits } from '../lib/text/edits';
import { expectValid, pg } from './advisories';
import { applyOpCalls, type MigrationPlan } from '../lib/advisories/migration/plans';
import { fixMigrationAdvisory, runMigrationRules } from '../lib/advisories/migration/run';
import type { MigrationAdvisory, MigrationRule } from '../lib/advisories/migration/types';

/** Test helpers for migration rules: a baseline → current pair of PostgreSQL schemas, check and fix. */

export { pg };

/** The rule's advisories on a pair Prisma 7 accepts on both sides. */
export function checkPair(rule: MigrationRule, baseline: SchemaFile[], current: SchemaFile[]): MigrationAdvisory[] {
  expectValid(baseline);
  expectValid(current);
  return runMigrationRules(parseSchema(baseline), parseSchema(current), [rule]).advisories;
}

/**
 * Applies the advisory's fix to the current schema and returns the new files after checking Prisma 7
 * accepts them and the same advisory (rule and target) is gone.
 */
export function fixPairAndRecheck(rule: MigrationRule, baseline: SchemaFile[], current: SchemaFile[], advisory: MigrationAdvisory): { files: SchemaFile[]; after: MigrationAdvisory[] } {
  const result = fixMigrationAdvisory(parseSchema(baseline), parseSchema(current), advisory, [rule]);
  if (!result.ok) throw new Error(`fix refused: ${result.reason}`);
  const next = applyEdits(current, result.edits);
  expectValid(next);
  const after = runMigrationRules(parseSchema(baseline), parseSchema(next), [rule]).advisories;
  expect(after.filter((a) => JSON.stringify(a.target) === JSON.stringify(advisory.target)).map((a) => a.message)).toEqual([]);
  return { files: next, after };
}

/** The schema each plan step deploys (null for data-only steps), each checked valid for Prisma 7. */
export function planSchemas(current: SchemaFile[], plan: MigrationPlan): Array<SchemaFile[] | null> {
  return plan.steps.map((step) => {
    if (!step.schema) return null;
    if (!step.schema.length) return current;
    const result = applyOpCalls(parseSchema(current), step.schema);
    if (!result.ok) throw new Error(`plan step "${step.title}" refused: ${result.reason}`);
    const files = applyEdits(current, result.edits);
    expectValid(files);
    return files;
  });
}

export function text(files: SchemaFile[]): string {
  return files[0].text;
}

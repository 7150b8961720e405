import { expect } from 'vitest';
import { parseSchema, type SchemaFile } from '../lib/schema/document';
import { applyEdits } from '../lib/text/edits';
import { describeDiagnostics, prismaErrors } from './prisma';
import type { AdvisoryConfig } from '../lib/advisories/config';
import { fixAdvisory, runAdvisories } from '../lib/advisories/run';
import type { Advisory, Rule } from '../lib/advisories/types';

/** Test helpers for rules: a PostgreSQL schema around some models, and the check/fix round trip. */

export const PG_HEADER = `datasource db {
  provider = "postgresql"
}

generator client {
  provider = "prisma-client-js"
}
`;

/** A schema file with a PostgreSQL datasource and the given blocks. */
export function pg(blocks: string, header = PG_HEADER): SchemaFile[] {
  return [{ path: 'schema.prisma', text: `${header}\n${blocks.replace(/^\n/, '')}` }];
}

/**
 * A rule test exercises the rule itself, so it runs under the strict profile (every rule on) unless
 * the test's config names a profile; what the default profile turns on is tested in profiles.test.ts.
 */
function ruleTestConfig(config?: AdvisoryConfig): AdvisoryConfig {
  return { profile: 'strict', ...(config ?? { rules: {} }) };
}

/** The rule's advisories on files Prisma 7 must accept (a test schema Prisma rejects is a broken test). */
export function check(rule: Rule, files: SchemaFile[], config?: AdvisoryConfig): Advisory[] {
  expectValid(files);
  return runAdvisories(parseSchema(files), { rules: [rule], config: ruleTestConfig(config) }).advisories;
}

export function expectValid(files: SchemaFile[]) {
  const errors = prismaErrors('7', files);
  expect(describeDiagnostics(files, errors), 'Prisma 7 accepts the schema').toEqual([]);
}

/**
 * Applies the advisory's fix and returns the new files after checking they are valid for Prisma 7
 * and that the same advisory (same rule and target) is gone.
 */
export function fixAndRecheck(rule: Rule, files: SchemaFile[], advisory: Advisory, config?: AdvisoryConfig): { files: SchemaFile[]; after: Advisory[] } {
  config = ruleTestConfig(config);
  const result = fixAdvisory(parseSchema(files), advisory, config, [rule]);
  if (!result.ok) throw new Error(`fix refused: ${result.reason}`);
  const next = applyEdits(files, result.edits);
  expectValid(next);
  const after = runAdvisories(parseSchema(next), { rules: [rule], config }).advisories;
  expect(after.filter((a) => JSON.stringify(a.target) === JSON.stringify(advisory.target)).map((a) => a.message)).toEqual([]);
  return { files: next, after };
}

/** The text of the first file (what most tests compare). */
export function text(files: SchemaFile[]): string {
  return files[0].text;
}

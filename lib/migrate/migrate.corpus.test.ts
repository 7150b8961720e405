import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { corpusAvailable, corpusProjects } from '../../test-support/corpus';
import { acceptingVersion } from '../../test-support/prisma';
import { parseSchema } from '../schema/document';
import { isPostgres } from '../schema/provider';
import { applySql } from './apply';
import { catalogSnapshot } from './catalog';
import { formatSqlError } from './database';
import type { MigrationEngine } from './engine';
import { loadSchemaEngineNode, startNodeEngine } from './engine-node';
import { fakePostgresAdapter } from './fake-adapter';
import { engineSchemaFiles } from './prepare';
import { verifyBackend } from './verify-backend-node';

/**
 * Every real-world PostgreSQL schema of the corpus that some Prisma version accepts: the from-empty
 * migration is the engine's own output, and it applies cleanly to an empty database — except the
 * projects listed below, for reasons outside the schema (each checked to fail exactly that way).
 */
const backend = await verifyBackend();

/** Projects whose from-empty SQL cannot apply as is, and the error that proves why. */
const EXPECTED_FAILURES: Record<string, { stage: 'diff' | 'apply'; error: RegExp; why: string }> = {
  'trigger-dev-run-ops': { stage: 'diff', error: /The preview feature "metrics" is not known/, why: 'a Prisma 5/6 preview feature the Prisma 7 engine rejects' },
  comp: { stage: 'apply', error: /function generate_prefixed_cuid\(text\) does not exist/, why: 'dbgenerated() defaults call a function its migrations define' },
  formbricks: { stage: 'apply', error: /extension "vector" is not available/, why: 'pgvector is installed neither on this server nor in PGlite' },
  rallly: { stage: 'apply', error: /type "citext" does not exist/, why: '@db.Citext without `extensions = [citext]`: its migrations create the extension' },
};

/** What a project needs before its SQL, when that is all that is missing. */
const PREREQUISITES: Record<string, string> = { rallly: 'CREATE EXTENSION IF NOT EXISTS citext;' };

const projects = corpusAvailable() ? corpusProjects().filter((p) => isPostgres(parseSchema(p.files).model.datasource?.provider) && acceptingVersion(p.files) !== null) : [];

let engine: MigrationEngine;
beforeAll(async () => {
  engine = await startNodeEngine();
});
afterAll(() => engine?.dispose());

describe.skipIf(!projects.length)(`corpus: from-empty migrations apply on ${backend.name}`, () => {
  it('the wrapper returns the engine’s bytes (checked on three projects, called directly)', async () => {
    const bindings = await loadSchemaEngineNode();
    const raw = await bindings.SchemaEngine.new(
      { datamodels: undefined },
      () => {},
      bindMigrationAwareSqlAdapterFactory({ provider: 'postgres', adapterName: 'raw', connect: async () => fakePostgresAdapter(), connectToShadowDb: async () => fakePostgresAdapter() }),
    );
    try {
      for (const p of projects.filter((x) => ['umami', 'papermark', 'ghostfolio'].includes(x.name))) {
        const direct = await raw.diff({
          from: { tag: 'empty' },
          to: { tag: 'schemaDatamodel', files: engineSchemaFiles(p.files).map((f) => ({ path: f.path, content: f.text })) },
          script: true,
          exitCode: null,
          filters: { externalTables: [], externalEnums: [] },
        });
        const ours = await engine.diff({ from: { kind: 'empty' }, to: { kind: 'schema', files: p.files } });
        expect(ours.ok && ours.output, p.name).toBe(direct.stdout);
      }
    } finally {
      raw.free();
    }
  });

  for (const project of projects) {
    const expected = EXPECTED_FAILURES[project.name];
    const title = expected ? `${project.name}: fails at ${expected.stage} (${expected.why})` : `${project.name} (${project.files.length} file${project.files.length > 1 ? 's' : ''})`;
    it(title, async () => {
      const diff = await engine.diff({ from: { kind: 'empty' }, to: { kind: 'schema', files: project.files } });
      if (!diff.ok) {
        expect(expected?.stage, diff.message).toBe('diff');
        expect(diff.message).toMatch(expected!.error);
        return;
      }
      expect(diff.output.startsWith('-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS ')).toBe(true);
      const result = await backend.withDatabase(async (db) => {
        const plain = await applySql(db, diff.output);
        if (plain.ok || !PREREQUISITES[project.name]) return { plain, fixed: null, tables: plain.ok ? Object.keys((await catalogSnapshot(db)).tables).length : 0 };
        await db.exec(PREREQUISITES[project.name]);
        const fixed = await applySql(db, diff.output);
        return { plain, fixed, tables: fixed.ok ? Object.keys((await catalogSnapshot(db)).tables).length : 0 };
      });
      if (expected) {
        expect(expected.stage).toBe('apply');
        expect(result.plain.ok).toBe(false);
        if (!result.plain.ok) expect(result.plain.error.message).toMatch(expected.error);
        if (result.fixed) expect(result.fixed.ok, result.fixed.ok ? '' : formatSqlError(result.fixed.error)).toBe(true);
        return;
      }
      expect(result.plain.ok, result.plain.ok ? '' : formatSqlError(result.plain.error, `${project.name}/migration.sql`)).toBe(true);
      expect(result.tables).toBeGreaterThan(0);
    });
  }
});

import { afterAll, describe, expect, it } from 'vitest';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as bg6 from 'schema-engine-wasm-6/schema_engine_bg';
import { join } from 'node:path';
import { CORPUS_DIR, corpusAvailable, corpusProjects } from '../../test-support/corpus';
import { prismaEngine } from '../../test-support/prisma';
import { applySql } from './apply';
import { formatSqlError } from './database';
import { loadSchemaEngineNode } from './engine-node';
import { acceptsForMigration, chooseMigrationEngine } from './engine-versions';
import { fakePostgresAdapter } from './fake-adapter';
import { nodeDiffEngine, readMigrationsFolder } from './migrate-node';
import { verifyBackend } from './verify-backend-node';

/**
 * Corpus schemas that Prisma 6.19 accepts: exported with the 6.19 schema engine, byte for byte what
 * that engine writes when called directly in Node on the file as written, and applied to PostgreSQL.
 */
const backend = await verifyBackend();
const lint = (v: '7' | '6' | '5', files: Parameters<ReturnType<typeof prismaEngine>['lint']>[0]) => prismaEngine(v).lint(files);
const projects = corpusAvailable() ? corpusProjects().filter((p) => acceptsForMigration(lint, p.files)('6')) : [];

const raw = corpusAvailable()
  ? await (async () => {
      await loadSchemaEngineNode('6');
      return bg6.SchemaEngine.new(
        { datamodels: undefined },
        () => {},
        bindMigrationAwareSqlAdapterFactory({ provider: 'postgres', adapterName: 'raw', connect: async () => fakePostgresAdapter(), connectToShadowDb: async () => fakePostgresAdapter() }),
      );
    })()
  : null;
afterAll(() => raw?.free());

describe.skipIf(!projects.length)(`corpus: Prisma 6.19 migrations (${backend.name})`, () => {
  it('covers the Prisma 6 projects of the corpus', () => {
    expect(projects.length).toBeGreaterThanOrEqual(12);
  });

  it('chooses the 6.19 engine where only Prisma 6 (of those with an engine) accepts the schema', () => {
    const trigger = projects.find((p) => p.name === 'trigger-dev-run-ops')!;
    expect(chooseMigrationEngine(acceptsForMigration(lint, trigger.files))).toEqual({ ok: true, version: '6', note: null });
  });

  for (const project of projects) {
    it(`${project.name}: identical to the 6.19 engine called directly, and applies`, async () => {
      const engine = await nodeDiffEngine('6');
      expect(engine.version()).toBe('2ba551f319ab1df4bc874a89965d8b3641056773');
      const ours = await engine.diff({ from: { kind: 'empty' }, to: { kind: 'schema', files: project.files } });
      if (!ours.ok) throw new Error(ours.message);
      const direct = await raw!.diff({
        from: { tag: 'empty' },
        to: { tag: 'schemaDatamodel', files: project.files.map((f) => ({ path: f.path, content: f.text })) },
        shadowDatabaseUrl: null,
        script: true,
        exitCode: null,
        filters: { externalTables: [], externalEnums: [] },
      });
      expect(ours.output).toBe(direct.stdout);
      const applied = await backend.withDatabase((db) => applySql(db, ours.output));
      expect(applied.ok, applied.ok ? '' : formatSqlError(applied.error, `${project.name}/migration.sql`)).toBe(true);
    });
  }

  it('diffs a Prisma 6 project from its migrations folder with the 6.19 engine (papermark)', async () => {
    const papermark = projects.find((p) => p.name === 'papermark');
    if (!papermark) return;
    const folder = readMigrationsFolder(join(CORPUS_DIR, 'papermark', 'migrations'));
    const engine = await nodeDiffEngine('6');
    const result = await engine.diff({ from: { kind: 'migrations', folder }, to: { kind: 'schema', files: papermark.files } });
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
    // the folder's 107 migrations replayed on a shadow database reach exactly the schema
    expect(result.ok && result.output).toContain('This is an empty migration.');
  });
});

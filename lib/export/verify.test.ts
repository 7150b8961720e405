import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import type { MigrationEngine } from '../migrate/engine';
import { startNodeEngine } from '../migrate/engine-node';
import { createPgliteNode, PGLITE_EXTENSIONS } from '../migrate/pglite-node';
import { PG_HEADER } from '../../test-support/advisories';
import { contribModulesFor, verifyContribModules, verifyMigration } from './verify';

const before = [{ path: 'schema.prisma', text: `${PG_HEADER}\nmodel User {\n  id    Int    @id\n  email String @unique\n}\n` }];
const after = [{ path: 'schema.prisma', text: `${PG_HEADER}\nmodel User {\n  id    Int     @id\n  email String  @unique\n  name  String?\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n\n  @@index([authorId])\n}\n` }];

describe('verifyMigration (PGlite)', () => {
  let engine: MigrationEngine;
  const dbs: PGlite[] = [];
  const fresh = async () => {
    const db = await createPgliteNode();
    dbs.push(db);
    return db;
  };
  beforeAll(async () => {
    engine = await startNodeEngine();
  });
  afterAll(async () => {
    engine.dispose();
    for (const db of dbs) await db.close();
  });

  it('applies the baseline, the migration and down.sql, and finds the baseline again', async () => {
    const sql = await engine.diff({ from: { kind: 'schema', files: before }, to: { kind: 'schema', files: after } });
    const down = await engine.diff({ from: { kind: 'schema', files: after }, to: { kind: 'schema', files: before } });
    if (!sql.ok || !down.ok) throw new Error('engine refused');
    const result = await verifyMigration(engine, await fresh(), { baseline: { kind: 'schema', files: before }, migrationSql: sql.output, downSql: down.output });
    expect(result.steps.map((s) => [s.title, s.ok])).toEqual([
      ['Apply the baseline schema', true],
      ['Apply migration.sql', true],
      ['Apply down.sql', true],
      ['Compare the database with the baseline', true],
    ]);
    expect(result.ok).toBe(true);
  });

  it('reports the exact PostgreSQL error and the failing statement', async () => {
    const broken = '-- AlterTable\nALTER TABLE "User" ADD COLUMN "age" INTEGER;\n\n-- AlterTable\nALTER TABLE "Nope" ADD COLUMN "x" INTEGER;\n';
    const result = await verifyMigration(engine, await fresh(), { baseline: { kind: 'schema', files: before }, migrationSql: broken, downSql: null });
    expect(result.ok).toBe(false);
    const failed = result.steps.find((s) => !s.ok)!;
    expect(failed.title).toBe('Apply migration.sql');
    expect(failed.error?.message).toBe('relation "Nope" does not exist');
    expect(failed.error?.statement?.text).toBe('ALTER TABLE "Nope" ADD COLUMN "x" INTEGER;');
  });

  it('notices when down.sql does not restore the baseline', async () => {
    const sql = await engine.diff({ from: { kind: 'schema', files: before }, to: { kind: 'schema', files: after } });
    if (!sql.ok) throw new Error('engine refused');
    const result = await verifyMigration(engine, await fresh(), { baseline: { kind: 'schema', files: before }, migrationSql: sql.output, downSql: 'DROP TABLE "Post";' });
    expect(result.ok).toBe(false);
    expect(result.steps[result.steps.length - 1].detail?.join('\n')).toMatch(/name/);
  });

  it('starts PGlite with the contrib extensions the migration needs (pg_trgm, citext) and verifies it', async () => {
    const header = PG_HEADER.replace('provider = "postgresql"', 'provider   = "postgresql"\n  extensions = [citext]').replace(
      'provider = "prisma-client-js"',
      'provider        = "prisma-client-js"\n  previewFeatures = ["postgresqlExtensions"]',
    );
    const base = [{ path: 'schema.prisma', text: `${header}\nmodel User {\n  id    Int    @id\n  email String @unique @db.Citext\n  name  String\n}\n` }];
    const next = [{ path: 'schema.prisma', text: base[0].text.replace('extensions = [citext]', 'extensions = [citext, pg_trgm]').replace('  name  String\n}', '  name  String\n\n  @@index([name(ops: raw("gin_trgm_ops"))], type: Gin)\n}') }];
    const sql = await engine.diff({ from: { kind: 'schema', files: base }, to: { kind: 'schema', files: next } });
    const down = await engine.diff({ from: { kind: 'schema', files: next }, to: { kind: 'schema', files: base } });
    if (!sql.ok || !down.ok) throw new Error('engine refused');
    expect(sql.output).toContain('CREATE EXTENSION IF NOT EXISTS "pg_trgm"');
    const input = { baseline: { kind: 'schema' as const, files: base }, migrationSql: sql.output, downSql: down.output };
    const { modules, missing } = verifyContribModules(input);
    expect(modules).toEqual(['citext', 'pg_trgm']);
    expect(missing).toEqual([]);
    const db = await createPgliteNode({ extensions: Object.fromEntries(modules.map((m) => [m, PGLITE_EXTENSIONS[m]])) });
    dbs.push(db);
    const result = await verifyMigration(engine, db, input);
    // Baseline (citext), migration (pg_trgm and a trigram index) and down.sql all apply; Prisma's down.sql
    // keeps the extension it created, which the comparison reports.
    expect(result.steps.filter((s) => !s.ok).map((s) => `${s.title}: ${s.error?.message ?? s.detail?.join(' ')}`)).toEqual([
      'Compare the database with the baseline: extension pg_trgm: only in after down.sql',
    ]);
    expect(result.steps.map((s) => s.title).slice(0, 3)).toEqual(['Apply the baseline schema', 'Apply migration.sql', 'Apply down.sql']);
  });

  it('names the extensions PGlite does not ship', () => {
    expect(verifyContribModules({ baseline: { kind: 'empty' }, migrationSql: 'CREATE EXTENSION IF NOT EXISTS "vector";\nCREATE EXTENSION IF NOT EXISTS "uuid-ossp";', downSql: null })).toEqual({
      modules: ['uuid_ossp'],
      missing: ['vector'],
    });
  });
});

describe('contribModulesFor', () => {
  it('reads a migration history and schema sources, as a shadow database for a diff needs them', () => {
    const folder = { migrations: [{ name: '0_init', sql: 'CREATE EXTENSION IF NOT EXISTS "citext";\nCREATE EXTENSION IF NOT EXISTS "postgis";' }], lockfile: null };
    const schema = [{ path: 'schema.prisma', text: `${PG_HEADER}\nmodel A {\n  id   Int    @id\n  name String\n\n  @@index([name(ops: raw("gin_trgm_ops"))], type: Gin)\n}\n` }];
    expect(contribModulesFor([{ kind: 'migrations', folder }, { kind: 'schema', files: schema }])).toEqual({ modules: ['citext', 'pg_trgm'], missing: ['postgis'] });
  });
});

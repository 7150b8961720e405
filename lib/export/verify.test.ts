import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PGlite } from '@electric-sql/pglite';
import type { MigrationEngine } from '../migrate/engine';
import { startNodeEngine } from '../migrate/engine-node';
import { createPgliteNode } from '../migrate/pglite-node';
import { PG_HEADER } from '../../test-support/advisories';
import { verifyMigration } from './verify';

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
});

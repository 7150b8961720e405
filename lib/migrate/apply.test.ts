import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addEnumValue, addField, addModel, addRelation, composeOps, renameField, toggleOptional } from '../ops';
import { EXAMPLE_SCHEMA } from '../samples/example';
import { parseSchema, type SchemaFile } from '../schema/document';
import { syntheticSchema } from '../../test-support/synthetic';
import { applyEdits } from '../text/edits';
import { applySql } from './apply';
import { catalogSnapshot, compareCatalogs, formatDifferences, type CatalogSnapshot } from './catalog';
import { formatSqlError, type SqlDatabase } from './database';
import type { MigrationEngine } from './engine';
import { startNodeEngine } from './engine-node';
import { verifyBackend } from './verify-backend-node';

// The real PostgreSQL server when it answers (a fresh database per use), else PGlite (announced with console.warn).
const backend = await verifyBackend();
let engine: MigrationEngine;
beforeAll(async () => {
  engine = await startNodeEngine();
});
afterAll(() => engine?.dispose());

const fixture = (name: string): SchemaFile[] => [{ path: 'schema.prisma', text: readFileSync(new URL(`../advisories/fixtures/${name}`, import.meta.url), 'utf8') }];

async function upFromEmpty(files: readonly SchemaFile[]): Promise<string> {
  const r = await engine.diff({ from: { kind: 'empty' }, to: { kind: 'schema', files } });
  if (!r.ok) throw new Error(r.message);
  return r.output;
}

async function mustApply(db: SqlDatabase, sql: string, name: string): Promise<void> {
  const r = await applySql(db, sql);
  if (!r.ok) throw new Error(formatSqlError(r.error, name));
}

describe(`from-empty migrations apply cleanly on ${backend.name}`, () => {
  const cases: Array<[string, () => SchemaFile[], number]> = [
    ['the example schema', () => [{ path: 'schema.prisma', text: EXAMPLE_SCHEMA }], 6],
    ['seed 002 (advisory catalogue)', () => fixture('seed-002.prisma'), -1],
    ['synthetic, 30 models', () => syntheticSchema(30).files, -1],
  ];
  for (const [name, files, tables] of cases) {
    it(name, async () => {
      const sql = await upFromEmpty(files());
      const catalog = await backend.withDatabase(async (db) => {
        await mustApply(db, sql, 'migration.sql');
        return catalogSnapshot(db);
      });
      const models = parseSchema(files()).model.models.filter((m) => !m.ignored).length;
      // One table per model (+ implicit m:n join tables).
      expect(Object.keys(catalog.tables).length).toBeGreaterThanOrEqual(tables > 0 ? tables : models);
    });
  }

  it('catalogue-second: Prisma accepts it, PostgreSQL refuses its text → uuid foreign key (what relation-fk-native-type-mismatch warns about)', async () => {
    const sql = await upFromEmpty(fixture('catalogue-second.prisma'));
    const r = await backend.withDatabase((db) => applySql(db, sql));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({
      code: '42804',
      message: 'foreign key constraint "Document_tenantId_fkey" cannot be implemented',
    });
    // PostgreSQL 18 (PGlite) words the detail a little differently from 15.
    expect(r.error.detail).toMatch(/^Key columns "tenantId" (of the referencing table )?and "id" (of the referenced table )?are of incompatible types: text and uuid\.$/);
    expect(r.error.statement?.text).toMatch(/^ALTER TABLE "Document" ADD CONSTRAINT "Document_tenantId_fkey" FOREIGN KEY/);
  });
});

describe(`baseline → canvas ops → current, and down.sql back (${backend.name})`, () => {
  const baseline: SchemaFile[] = [{ path: 'schema.prisma', text: EXAMPLE_SCHEMA }];
  const change = composeOps(parseSchema(baseline), [
    (s) => addField(s, { model: 'Post', name: 'subtitle', type: 'String?' }),
    (s) => addField(s, { model: 'User', name: 'nickname', type: 'String', attributes: '@default("")' }),
    (s) => renameField(s, { model: 'Tag', field: 'label', newName: 'name' }),
    (s) => toggleOptional(s, { model: 'Post', field: 'body' }),
    (s) => addEnumValue(s, { enum: 'Role', value: 'OWNER' }),
    (s) => addModel(s, { name: 'Category' }),
    (s) => addRelation(s, { from: 'Post', to: 'Category', kind: '1:n', optional: true }),
  ]);
  if (!change.ok) throw new Error(change.reason);
  const current = applyEdits(baseline, change.edits);

  it('the up migration applies on the baseline and gives the catalog of a fresh database at current; down.sql restores the baseline', async () => {
    const up = await engine.diff({ from: { kind: 'schema', files: baseline }, to: { kind: 'schema', files: current } });
    const down = await engine.rollback({ baseline: { kind: 'schema', files: baseline }, current: { kind: 'schema', files: current } });
    if (!up.ok || !down.ok) throw new Error(up.ok ? (down as { message: string }).message : up.message);
    expect(up.output).toContain('ALTER TABLE "Post" ADD COLUMN     "categoryId" INTEGER');
    expect(up.output).toContain(`ALTER TYPE "Role" ADD VALUE 'OWNER';`);
    expect(down.output).toContain('CREATE TYPE "Role_new" AS ENUM');

    const fresh = await backend.withDatabase(async (db) => {
      await mustApply(db, await upFromEmpty(current), 'current.sql');
      return catalogSnapshot(db);
    });
    const { atBaseline, afterUp, afterDown } = await backend.withDatabase(async (db) => {
      await mustApply(db, await upFromEmpty(baseline), 'baseline.sql');
      const atBaseline = await catalogSnapshot(db);
      await mustApply(db, up.output, 'up.sql');
      const afterUp = await catalogSnapshot(db);
      await mustApply(db, down.output, 'down.sql');
      return { atBaseline, afterUp, afterDown: await catalogSnapshot(db) };
    });
    const labels = (a: string, b: string) => ({ a, b });
    expect(formatDifferences(compareCatalogs(afterUp, fresh), labels('baseline + up', 'fresh current'))).toEqual([]);
    expect(formatDifferences(compareCatalogs(afterDown, atBaseline), labels('after down', 'baseline'))).toEqual([]);
    expect(formatDifferences(compareCatalogs(afterUp, atBaseline), labels('after up', 'baseline')).length).toBeGreaterThan(0);
    // Here even the column order comes back: the renamed column (Tag.label) was the table's last one.
    expect(formatDifferences(compareCatalogs(afterDown, atBaseline, { columnOrder: true }), labels('after down', 'baseline'))).toEqual([]);
  });
});

describe(`apply errors (${backend.name})`, () => {
  it('returns PostgreSQL’s exact error and the failing statement', async () => {
    const A = 'datasource db {\n  provider = "postgresql"\n}\nmodel User {\n  id   Int     @id @default(autoincrement())\n  name String?\n}\n';
    const B = A.replace('name String?', 'name String');
    const up = await engine.diff({ from: { kind: 'schema', files: [{ path: 'schema.prisma', text: A }] }, to: { kind: 'schema', files: [{ path: 'schema.prisma', text: B }] } });
    if (!up.ok) throw new Error(up.message);
    const r = await backend.withDatabase(async (db) => {
      await mustApply(db, await upFromEmpty([{ path: 'schema.prisma', text: A }]), 'a.sql');
      await db.exec(`INSERT INTO "User" ("name") VALUES (NULL)`);
      return applySql(db, up.output);
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toBe('column "name" of relation "User" contains null values');
    expect(r.error.code).toBe('23502');
    expect(r.error.statement).toMatchObject({ index: 0, line: 2, text: 'ALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL;' });
    expect(formatSqlError(r.error, 'up.sql')).toBe(
      'ERROR:  column "name" of relation "User" contains null values (SQLSTATE 23502)\nat up.sql:2 (statement 1):\n    ALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL;',
    );
  });

  it('a syntax error points at its line and column', async () => {
    const r = await backend.withDatabase((db) => applySql(db, 'CREATE TABLE a (id int);\nCREATE TABLE b (id int,);\n'));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message).toBe('syntax error at or near ")"');
    expect(r.error.position).toEqual({ line: 2, column: 24 });
    expect(r.error.statement?.index).toBe(1);
  });

  it('a failed script leaves nothing applied (one implicit transaction)', async () => {
    const tables = await backend.withDatabase(async (db) => {
      await applySql(db, 'CREATE TABLE a (id int);\nSELECT * FROM nope;');
      return (await catalogSnapshot(db)).tables;
    });
    expect(tables).toEqual({});
  });
});

describe('compareCatalogs', () => {
  const snap = (over: Partial<CatalogSnapshot['tables'][string]> = {}): CatalogSnapshot => ({
    tables: {
      'public.T': {
        columns: [
          { name: 'id', type: 'integer', notNull: true, default: null, identity: null, generated: null, collation: null },
          { name: 'x', type: 'text', notNull: false, default: null, identity: null, generated: null, collation: null },
        ],
        constraints: { T_pkey: { type: 'primary key', definition: 'PRIMARY KEY (id)' } },
        indexes: { T_pkey: 'CREATE UNIQUE INDEX "T_pkey" ON public."T" USING btree (id)' },
        ...over,
      },
    },
    enums: { 'public.E': ['A', 'B'] },
    extensions: [],
    views: [],
  });
  it('reports columns, constraints, indexes and enums that differ; column order only on request', () => {
    const a = snap();
    const b = snap({
      columns: [
        { name: 'x', type: 'text', notNull: true, default: "''::text", identity: null, generated: null, collation: null },
        { name: 'id', type: 'integer', notNull: true, default: null, identity: null, generated: null, collation: null },
      ],
      indexes: {},
    });
    b.enums['public.E'] = ['A', 'B', 'C'];
    expect(formatDifferences(compareCatalogs(a, b), { a: 'history', b: 'fresh' })).toEqual([
      "column public.T.x: text NULL (history) ≠ text NOT NULL DEFAULT ''::text (fresh)",
      'index public.T.T_pkey: only in history (CREATE UNIQUE INDEX "T_pkey" ON public."T" USING btree (id))',
      'enum public.E: A, B (history) ≠ A, B, C (fresh)',
    ]);
    expect(compareCatalogs(a, b, { columnOrder: true }).map((d) => d.kind)).toContain('column order');
    expect(compareCatalogs(a, snap())).toEqual([]);
  });
});

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, corpusAvailable } from '../../test-support/corpus';
import { applyMigrationEffects, cloneCatalog, emptyCatalog, type MigrationStep, type NameCatalog } from '../../test-support/migration-effects';
import { applySql } from '../migrate/apply';
import { formatSqlError } from '../migrate/database';
import type { MigrationEngine } from '../migrate/engine';
import { startNodeEngine } from '../migrate/engine-node';
import { createPgliteNode } from '../migrate/pglite-node';
import { emptyDatabase } from '../migrate/verify-backend-node';
import { parseSchema } from '../schema/document';
import type { SchemaModel } from '../schema/model';
import { diffSchemas, type SchemaDiff } from './diff';

/**
 * Consecutive versions of real schemas diff to the changes their migrations made. Version k is the
 * database after migrations 1..k, introspected by Prisma's schema engine; what migration k did is
 * read from its SQL alone (test-support/migration-effects). Compared exactly, by database name:
 * tables and enums added/removed, columns added/removed (renames as one of each), enum values
 * added/removed. Not compared: relation fields (introspection derives them from foreign keys and
 * renames them to stay unique), and the details of a changed field or block (types, defaults,
 * indexes); but a block may only show as changed when the migration's SQL named it, or when the
 * change is to relation fields alone or to a column typed with an enum the SQL named.
 */
/** formbricks stops before its 98th migration, which needs pgvector (not available in PGlite). */
const PROJECTS: Array<{ name: string; limit: number }> = [
  { name: 'umami', limit: Infinity },
  { name: 'papermark', limit: Infinity },
  { name: 'formbricks', limit: 97 },
];

function migrations(project: string, limit: number): Array<{ name: string; sql: string }> {
  const dir = join(CORPUS_DIR, project, 'migrations');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => existsSync(join(dir, d, 'migration.sql')))
    .sort()
    .slice(0, limit)
    .map((d) => ({ name: d, sql: readFileSync(join(dir, d, 'migration.sql'), 'utf8') }));
}

/** `+table X`, `-column X.c`, `+value E.v` … from the name-level catalogs before and after a migration. */
function expectedChanges(before: NameCatalog, after: NameCatalog): string[] {
  const out: string[] = [];
  const sides = (a: Map<string, string[]>, b: Map<string, string[]>, block: string, part: string, sign: string) => {
    for (const [name, parts] of b) {
      const old = a.get(name);
      if (!old) out.push(`${sign}${block} ${name}`);
      for (const p of parts) if (!old?.includes(p)) out.push(`${sign}${part} ${name}.${p}`);
    }
  };
  sides(before.tables, after.tables, 'table', 'column', '+');
  sides(after.tables, before.tables, 'table', 'column', '-');
  sides(before.enums, after.enums, 'enum', 'value', '+');
  sides(after.enums, before.enums, 'enum', 'value', '-');
  return out.sort();
}

/** The same description read off the diff of the two introspected versions, plus changed blocks the SQL does not account for. */
function observedChanges(diff: SchemaDiff, before: SchemaModel, after: SchemaModel, step: MigrationStep): { changes: string[]; unexplained: string[] } {
  const changes: string[] = [];
  const unexplained: string[] = [];
  const enumsTouched = new Set([...before.enums, ...after.enums].filter((e) => step.touched.has(e.dbName ?? e.name)).map((e) => e.name));
  for (const block of diff.blocks) {
    const sign = block.change === 'removed' ? '-' : '+';
    if (block.kind === 'enum') {
      const e = (block.change === 'removed' ? before : after).enums.find((x) => x.name === block.name)!;
      const old = before.enums.find((x) => x.name === block.name);
      const table = e.dbName ?? e.name;
      if (block.change !== 'changed') changes.push(`${sign}enum ${table}`);
      else if (!step.touched.has(table)) unexplained.push(`enum ${table}`);
      for (const f of block.fields) {
        if (f.change === 'changed') continue;
        const v = (f.change === 'removed' ? old! : e).values.find((x) => x.name === f.name)!;
        changes.push(`${f.change === 'removed' ? '-' : '+'}value ${table}.${v.dbName ?? v.name}`);
      }
      continue;
    }
    const model = (block.change === 'removed' ? before : after).models.find((m) => m.name === block.name)!;
    const old = before.models.find((m) => m.name === block.name);
    const table = model.dbName ?? model.name;
    if (block.change !== 'changed') changes.push(`${sign}table ${table}`);
    let explained = block.change !== 'changed' || step.touched.has(table) || block.properties.length === 0;
    for (const f of block.fields) {
      const field = (f.change === 'removed' ? old! : model).fields.find((x) => x.name === f.name)!;
      const previous = old?.fields.find((x) => x.name === f.name);
      if (field.kind === 'object') continue;
      if (f.change === 'changed') {
        const enumRetyped = enumsTouched.has(field.type) || (previous !== undefined && enumsTouched.has(previous.type));
        if (!step.touched.has(table) && !enumRetyped) explained = false;
        continue;
      }
      if (!step.touched.has(table)) explained = false;
      changes.push(`${f.change === 'removed' ? '-' : '+'}column ${table}.${field.dbName ?? field.name}`);
    }
    if (!explained) unexplained.push(`table ${table}: ${JSON.stringify(block.fields.map((f) => `${f.change} ${f.name}`).concat(block.properties.map((p) => p.property)))}`);
  }
  return { changes: changes.sort(), unexplained };
}

let db: PGlite;
let engine: MigrationEngine;
beforeAll(async () => {
  if (!corpusAvailable()) return;
  db = await createPgliteNode();
  engine = await startNodeEngine({ database: db });
});
afterAll(async () => {
  engine?.dispose();
  await db?.close();
});

describe.skipIf(!corpusAvailable())('corpus: consecutive versions diff to the changes the migrations made', () => {
  for (const { name, limit } of PROJECTS) {
    const steps = corpusAvailable() ? migrations(name, limit) : [];
    it(`${name}: ${steps.length} migrations`, async () => {
      expect(steps.length).toBeGreaterThan(0);
      await emptyDatabase(db);
      const catalog = emptyCatalog();
      let before = parseSchema([]).model;
      const mismatches: string[] = [];
      let compared = 0;
      for (const migration of steps) {
        const applied = await applySql(db, migration.sql);
        if (!applied.ok) throw new Error(`${name}/${migration.name}: ${formatSqlError(applied.error)}`);
        const introspected = await engine.introspect(['public']);
        if (!introspected.ok) throw new Error(`${name}/${migration.name}: ${introspected.message}`);
        const after = parseSchema([{ path: 'schema.prisma', text: introspected.schema }]).model;
        const previous = cloneCatalog(catalog);
        const step = applyMigrationEffects(catalog, migration.sql);
        const expected = expectedChanges(previous, catalog);
        const observed = observedChanges(diffSchemas(before, after), before, after, step);
        compared += expected.length;
        const missing = expected.filter((c) => !observed.changes.includes(c));
        const extra = observed.changes.filter((c) => !expected.includes(c));
        if (missing.length || extra.length || observed.unexplained.length || step.unrecognized.length) {
          mismatches.push(`${migration.name}: missing ${JSON.stringify(missing)}, extra ${JSON.stringify(extra)}, unexplained ${JSON.stringify(observed.unexplained)}, unrecognized SQL ${JSON.stringify(step.unrecognized)}`);
        }
        before = after;
      }
      expect(mismatches).toEqual([]);
      if (process.env.DIFF_HISTORY_VERBOSE) console.info(`${name}: ${steps.length} migrations, ${compared} table/column/enum changes compared`);
      expect(compared).toBeGreaterThan(steps.length);
      // The symbolic catalog and the last introspected version name the same tables.
      expect(before.models.map((m) => m.dbName ?? m.name).sort()).toEqual([...catalog.tables.keys()].sort());
    });
  }
});

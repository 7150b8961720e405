import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_SCHEMA } from '../samples/example';
import type { SchemaFile } from '../schema/document';
import { syntheticSchema } from '../../test-support/synthetic';
import { applySql } from './apply';
import { checkDataLoss } from './data-loss';
import type { MigrationEngine } from './engine';
import { startNodeEngine } from './engine-node';
import { createPgliteNode } from './pglite-node';
import { seedSampleRows } from './seed';
import { emptyDatabase } from './verify-backend-node';

const HEADER = 'datasource db {\n  provider = "postgresql"\n}\n';
const A = `${HEADER}
enum Role {
  MEMBER
  ADMIN
}

model User {
  id    Int     @id @default(autoincrement())
  name  String?
  age   Int?
  role  Role    @default(MEMBER)
  posts Post[]
}

model Post {
  id       Int  @id @default(autoincrement())
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}
`;
const files = (text: string): SchemaFile[] => [{ path: 'schema.prisma', text }];

// One scratch PGlite with an engine connected to it, emptied before every check.
let db: PGlite;
let engine: MigrationEngine;
beforeAll(async () => {
  db = await createPgliteNode();
  engine = await startNodeEngine({ database: db });
});
afterAll(async () => {
  engine?.dispose();
  await db?.close();
});

async function check(baseline: string, current: string) {
  await emptyDatabase(db);
  return checkDataLoss({ db, engine }, { baseline: { kind: 'schema', files: files(baseline) }, current: files(current) });
}

describe('checkDataLoss (schemaPush without force on a seeded scratch database)', () => {
  it('reports what the change would do to rows, and applies nothing', async () => {
    const B = A.replace('  age   Int?\n', '  nick  String\n')
      .replace('name  String?', 'name  String ')
      .replace('  ADMIN\n', '')
      .replace(/\nmodel Post \{[\s\S]*?\n\}\n/, '\n')
      .replace('  posts Post[]\n', '');
    const r = await check(A, B);
    if (!r.ok) throw new Error(r.message);
    expect(r.seeded.rows).toEqual({ 'public.Post': 2, 'public.User': 2 });
    expect(r.seeded.failures).toEqual([]);
    expect(r.executedSteps).toBe(0);
    expect(r.unexecutable).toEqual([
      'Added the required column `nick` to the `User` table without a default value. There are 2 rows in this table, it is not possible to execute this step.',
      'Made the column `name` on table `User` required, but there are 1 existing NULL values.',
    ]);
    expect(r.warnings).toEqual([
      'The values [ADMIN] on the enum `Role` will be removed. If these variants are still used in the database, this will fail.',
      'You are about to drop the column `age` on the `User` table, which still contains 1 non-null values.',
      'You are about to drop the `Post` table, which is not empty (2 rows).',
    ]);
    // Nothing was applied: the scratch database is still at the baseline.
    expect((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Post"`)).rows[0].n).toBe(2);
  });

  it('a harmless change has no warnings (and the engine applies it to the scratch database)', async () => {
    const r = await check(A, A.replace('  age   Int?\n', '  age   Int?\n  bio   String?\n'));
    expect(r).toMatchObject({ ok: true, warnings: [], unexecutable: [], executedSteps: 1 });
  });

  it('an invalid current schema is an error, not a crash', async () => {
    const r = await check(A, A.replace('age   Int?', 'age   Strin'));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toContain('Type "Strin" is neither a built-in type');
  });
});

describe('seedSampleRows', () => {
  for (const [name, text] of [
    ['the example schema (uuid ids, enums, self-relation, m:n)', EXAMPLE_SCHEMA],
    ['synthetic, 30 models (cuid ids, Decimal, Bytes, lists, 1:1, self-relations)', syntheticSchema(30).files[0].text],
  ] as const) {
    it(`fills every table of ${name}`, async () => {
      await emptyDatabase(db);
      const up = await engine.diff({ from: { kind: 'empty' }, to: { kind: 'schema', files: files(text) } });
      if (!up.ok) throw new Error(up.message);
      expect((await applySql(db, up.output)).ok).toBe(true);
      const seeded = await seedSampleRows(db, 2);
      expect(seeded.failures).toEqual([]);
      expect(Object.values(seeded.rows).every((n) => n === 2)).toBe(true);
      // Foreign keys point at existing rows (checks were off while seeding; verify them now).
      const fks = await db.query<{ table: string; def: string }>(
        `SELECT conrelid::regclass::text AS table, pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE contype = 'f'`,
      );
      for (const fk of fks.rows) {
        const m = /^FOREIGN KEY \((.+?)\) REFERENCES (.+?)\((.+?)\)/.exec(fk.def)!;
        const [cols, ref, refCols] = [m[1].split(', '), m[2], m[3].split(', ')];
        const join = cols.map((c, i) => `r.${refCols[i]} = t.${c}`).join(' AND ');
        const orphans = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM ${fk.table} t WHERE ${cols.map((c) => `t.${c} IS NOT NULL`).join(' AND ')} AND NOT EXISTS (SELECT 1 FROM ${ref} r WHERE ${join})`,
        );
        expect(orphans.rows[0].n, `${fk.table}: ${fk.def}`).toBe(0);
      }
    });
  }
});

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { EXAMPLE_SCHEMA } from '../samples/example';
import { syntheticSchema } from '../../test-support/synthetic';
import type { SchemaFile } from '../schema/document';
import { MigrationEngine, type SchemaEngineBindings } from './engine';
import { loadSchemaEngineNode, startNodeEngine } from './engine-node';
import { fakePostgresAdapter } from './fake-adapter';

const HEADER = 'datasource db {\n  provider = "postgresql"\n}\n';
const A = `${HEADER}
model User {
  id   Int     @id @default(autoincrement())
  name String?
  age  Int?
}
`;
const B = A.replace('  age  Int?\n', '  nick String\n').replace('name String?', 'name String');
const schema = (text: string, path = 'schema.prisma'): { kind: 'schema'; files: SchemaFile[] } => ({ kind: 'schema', files: [{ path, text }] });

let bindings: SchemaEngineBindings;
let engine: MigrationEngine;

/** The engine's own answer, called directly (no wrapper), to check the wrapper changes no byte. */
async function rawDiff(files: SchemaFile[]): Promise<string> {
  const raw = await bindings.SchemaEngine.new(
    { datamodels: undefined },
    () => {},
    bindMigrationAwareSqlAdapterFactory({ provider: 'postgres', adapterName: 'raw', connect: async () => fakePostgresAdapter(), connectToShadowDb: async () => fakePostgresAdapter() }),
  );
  try {
    const r = await raw.diff({
      from: { tag: 'empty' },
      to: { tag: 'schemaDatamodel', files: files.map((f) => ({ path: f.path, content: f.text })) },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return r.stdout!;
  } finally {
    raw.free();
  }
}

beforeAll(async () => {
  bindings = await loadSchemaEngineNode();
  engine = await startNodeEngine();
});
afterAll(() => engine?.dispose());

describe('MigrationEngine.diff (no database)', () => {
  it('from empty: the engine’s SQL byte for byte', async () => {
    for (const files of [[{ path: 'schema.prisma', text: EXAMPLE_SCHEMA }], syntheticSchema(30).files]) {
      const r = await engine.diff({ from: { kind: 'empty' }, to: { kind: 'schema', files } });
      if (!r.ok) throw new Error(r.message);
      expect(r.output).toBe(await rawDiff(files));
      expect(r.changed).toBe(true);
      expect(r.output.startsWith('-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "public";\n')).toBe(true);
      // What this engine build returns: the last statement's `;` and one newline, nothing trimmed or added.
      expect(r.output.endsWith(';\n')).toBe(true);
    }
  });

  it('schema → schema, and the human summary with script: false', async () => {
    const sql = await engine.diff({ from: schema(A), to: schema(B) });
    expect(sql).toEqual({
      ok: true,
      changed: true,
      output: '-- AlterTable\nALTER TABLE "User" DROP COLUMN "age",\nADD COLUMN     "nick" TEXT NOT NULL,\nALTER COLUMN "name" SET NOT NULL;\n',
    });
    const summary = await engine.diff({ from: schema(A), to: schema(B), script: false });
    expect(summary.ok && summary.output).toBe(
      '\n[*] Changed the `User` table\n  [-] Removed column `age`\n  [+] Added column `nick`\n  [*] Altered column `name` (changed from Nullable to Required)\n',
    );
    const created = await engine.diff({ from: { kind: 'empty' }, to: schema(A), script: false });
    expect(created.ok && created.output).toContain('[+] Added tables\n  - User\n');
  });

  it('no changes: changed is false and the output is the engine’s empty migration', async () => {
    const r = await engine.diff({ from: schema(A), to: schema(A) });
    expect(r).toEqual({ ok: true, changed: false, output: '-- This is an empty migration.\n' });
  });

  it('an invalid schema returns Prisma’s validation message (P1012)', async () => {
    const r = await engine.diff({ from: { kind: 'empty' }, to: schema(A.replace('age  Int?', 'age  Strin')) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('P1012');
    expect(r.message).toContain('Type "Strin" is neither a built-in type, nor refers to another model, composite type, or enum.');
    expect(r.message).toContain('-->  schema.prisma:8');
  });

  it('datasource url/directUrl are blanked for the engine; line numbers in errors still match the user’s file', async () => {
    const withUrl = A.replace('provider = "postgresql"\n', 'provider = "postgresql"\n  url      = env("DATABASE_URL")\n  directUrl = env("DIRECT")\n');
    const ok = await engine.diff({ from: { kind: 'empty' }, to: schema(withUrl) });
    expect(ok.ok && ok.output).toBe((await engine.diff({ from: { kind: 'empty' }, to: schema(A) })).ok && (await rawDiff([{ path: 'schema.prisma', text: A }])));
    const broken = await engine.diff({ from: { kind: 'empty' }, to: schema(withUrl.replace('age  Int?', 'age  Strin')) });
    const line = withUrl.split('\n').findIndex((l) => l.includes('age')) + 1;
    expect(!broken.ok && broken.message).toContain(`-->  schema.prisma:${line}`);
  });

  it('multi-file schemas', async () => {
    const files = [
      { path: 'schema.prisma', text: HEADER },
      { path: 'models/user.prisma', text: 'model User {\n  id    Int    @id\n  posts Post[]\n}\n' },
      { path: 'models/post.prisma', text: 'model Post {\n  id     Int  @id\n  userId Int\n  user   User @relation(fields: [userId], references: [id])\n}\n' },
    ];
    const r = await engine.diff({ from: { kind: 'empty' }, to: { kind: 'schema', files } });
    expect(r.ok && r.output).toContain('ALTER TABLE "Post" ADD CONSTRAINT "Post_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id")');
  });

  it('rollback (down.sql) is the diff current → baseline', async () => {
    const down = await engine.rollback({ baseline: schema(A), current: schema(B) });
    expect(down).toEqual(await engine.diff({ from: schema(B), to: schema(A) }));
    expect(down.ok && down.output).toContain('ADD COLUMN     "age" INTEGER');
    const toEmpty = await engine.rollback({ baseline: { kind: 'empty' }, current: schema(A) });
    expect(toEmpty.ok && toEmpty.output).toBe('-- DropTable\nDROP TABLE "public"."User";\n');
  });
});

describe('MigrationEngine.diff from a migrations folder (PGlite shadow database)', () => {
  it('replays the history and diffs to the schema; a failing migration reports PostgreSQL’s error and line', async () => {
    const init = await engine.diff({ from: { kind: 'empty' }, to: schema(A) });
    if (!init.ok) throw new Error(init.message);
    const folder = { migrations: [{ name: '20240101000000_init', sql: init.output }] };
    const fromHistory = await engine.diff({ from: { kind: 'migrations', folder }, to: schema(B) });
    expect(fromHistory).toEqual(await engine.diff({ from: schema(A), to: schema(B) }));

    const broken = {
      migrations: [...folder.migrations, { name: '20240102000000_broken', sql: 'INSERT INTO "User" ("name") VALUES (NULL);\nALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL;\n' }],
    };
    const failed = await engine.diff({ from: { kind: 'migrations', folder: broken }, to: schema(B) });
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.code).toBe('P3006');
    expect(failed.message).toContain('Migration `20240102000000_broken` failed to apply cleanly to the shadow database.');
    expect(failed.message).toContain('ERROR: column "name" of relation "User" contains null values (SQLSTATE 23502)');
    expect(failed.message).toContain('at line 2 of migration.sql: ALTER TABLE "User" ALTER COLUMN "name" SET NOT NULL;');
  });
});

describe('engine without a shadow database', () => {
  it('says so instead of failing obscurely', async () => {
    const bare = await MigrationEngine.start(bindings);
    try {
      const r = await bare.diff({ from: { kind: 'migrations', folder: { migrations: [{ name: '1_init', sql: 'CREATE TABLE "User" (id int);' }] } }, to: schema(A) });
      expect(r.ok).toBe(false);
      expect(!r.ok && r.message).toMatch(/shadow database/);
    } finally {
      bare.dispose();
    }
  });
});

describe('version', () => {
  it('is the prisma-engines commit of the installed package', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../node_modules/@prisma/schema-engine-wasm/package.json', import.meta.url), 'utf8')) as { version: string };
    expect(pkg.version.endsWith(engine.version())).toBe(true);
  });
});

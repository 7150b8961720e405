import { readFileSync } from 'node:fs';
import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prismaErrors } from '../../test-support/prisma';
import { applySql } from './apply';
import { catalogSnapshot, compareCatalogs, formatDifferences } from './catalog';
import { formatSqlError } from './database';
import type { MigrationEngine } from './engine';
import { startNodeEngine } from './engine-node';
import { importSql, prepareDdl, type ImportSqlResult } from './import-sql';
import { createPgliteNode } from './pglite-node';
import { emptyDatabase, verifyBackend } from './verify-backend-node';

const SEED_004 = readFileSync(new URL('./fixtures/seed-004.sql', import.meta.url), 'utf8');
const backend = await verifyBackend();

// One PGlite and one engine connected to it for the whole file, emptied before each import.
let db: PGlite;
let engine: MigrationEngine;
let diffEngine: MigrationEngine;
beforeAll(async () => {
  db = await createPgliteNode();
  [engine, diffEngine] = await Promise.all([startNodeEngine({ database: db }), startNodeEngine()]);
});
afterAll(async () => {
  engine?.dispose();
  diffEngine?.dispose();
  await db?.close();
});

async function run(ddl: string): Promise<ImportSqlResult> {
  await emptyDatabase(db);
  return importSql(ddl, { db, engine });
}

async function imported(ddl: string): Promise<Extract<ImportSqlResult, { ok: true }>> {
  const r = await run(ddl);
  if (!r.ok) throw new Error(r.error ? formatSqlError(r.error) : r.message);
  return r;
}

describe('import-sql: seed 004 (SQLAlchemy models as DDL)', () => {
  it('becomes a Prisma schema Prisma 7 accepts, with enums, relations and named indexes', async () => {
    const r = await imported(SEED_004);
    expect(prismaErrors('7', [{ path: 'schema.prisma', text: r.schema }])).toEqual([]);
    expect(r.schemas).toEqual(['public']);
    for (const model of ['projects', 'tasks', 'sessions', 'context_snapshots', 'decisions', 'conflicts']) expect(r.schema).toContain(`model ${model} {`);
    expect(r.schema).toContain('enum project_status {\n  pending\n  running\n  completed\n  failed\n}');
    expect(r.schema).toMatch(/status\s+project_status\n/);
    expect(r.schema).toMatch(/config\s+Json\s+@db\.Json\n/);
    expect(r.schema).toMatch(/created_at\s+DateTime\s+@default\(now\(\)\) @db\.Timestamptz\(6\)\n/);
    expect(r.schema).toContain('@@index([started_at(sort: Desc)], map: "ix_sessions_started_at")');
    expect(r.schema).toMatch(/projects\s+projects\s+@relation\(fields: \[project_id\], references: \[id\], onDelete: Cascade, onUpdate: NoAction\)/);
    // Two relations between conflicts and sessions get names.
    expect(r.schema).toContain('@relation("conflicts_session_a_idTosessions", fields: [session_a_id], references: [id], onDelete: Cascade, onUpdate: NoAction)');
    // The full-text GIN index cannot be expressed: the engine warns, and the result says which one.
    expect(r.warnings).toContain('constraint: "ix_decisions_content_gin"');
    expect(r.notes.map((n) => `${n.kind} ${n.name}`)).toEqual(['expression index ix_decisions_content_gin']);
    expect(r.skipped).toEqual([]);
  });

  it(`round trip on ${backend.name}: DDL → Prisma schema → from-empty SQL gives the DDL's catalog, but for the GIN index and equivalent spellings`, async () => {
    const { schema } = await imported(SEED_004);
    const up = await diffEngine.diff({ from: { kind: 'empty' }, to: { kind: 'schema', files: [{ path: 'schema.prisma', text: schema }] } });
    if (!up.ok) throw new Error(up.message);
    const snapshot = (sql: string) =>
      backend.withDatabase(async (target) => {
        const r = await applySql(target, sql);
        if (!r.ok) throw new Error(formatSqlError(r.error));
        return catalogSnapshot(target);
      });
    const [original, roundTrip] = [await snapshot(SEED_004), await snapshot(up.output)];
    const labels = { a: 'DDL', b: 'round trip' };
    // Reported as they are: Prisma writes timestamptz with its default precision spelled out, and
    // `@default(now())` as CURRENT_TIMESTAMP — the same column, stored with different text.
    const timestamps = ['conflicts.created_at', 'context_snapshots.created_at', 'decisions.created_at', 'projects.created_at', 'projects.updated_at', 'sessions.started_at', 'tasks.created_at'];
    const nullable = ['conflicts.resolved_at', 'sessions.completed_at'];
    const expected = [
      ...timestamps.map((c) => `column public.${c}: timestamp with time zone NOT NULL DEFAULT now() (DDL) ≠ timestamp(6) with time zone NOT NULL DEFAULT CURRENT_TIMESTAMP (round trip)`),
      ...nullable.map((c) => `column public.${c}: timestamp with time zone NULL (DDL) ≠ timestamp(6) with time zone NULL (round trip)`),
      `index public.decisions.ix_decisions_content_gin: only in DDL (${original.tables['public.decisions'].indexes.ix_decisions_content_gin})`,
    ];
    expect(formatDifferences(compareCatalogs(original, roundTrip, { columnOrder: true }), labels).sort()).toEqual(expected.sort());
    expect(formatDifferences(compareCatalogs(original, roundTrip, { equivalent: true }), labels)).toEqual([expected[expected.length - 1]]);
  });
});

describe('import-sql: pg_dump output and errors', () => {
  const DUMP = [
    '--',
    '-- PostgreSQL database dump',
    '--',
    '\\restrict 6KXn0eQJbZ',
    "SET statement_timeout = 0;",
    "SET client_encoding = 'UTF8';",
    "SELECT pg_catalog.set_config('search_path', '', false);",
    'CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;',
    'CREATE SCHEMA auth;',
    'ALTER SCHEMA auth OWNER TO supabase_admin;',
    'CREATE TABLE auth.users (',
    '    id integer NOT NULL,',
    '    email public.citext NOT NULL,',
    '    age integer,',
    '    CONSTRAINT users_age_check CHECK ((age >= 0))',
    ');',
    'ALTER TABLE auth.users OWNER TO supabase_admin;',
    'CREATE TABLE public.posts (id integer NOT NULL, user_id integer NOT NULL, title text);',
    'COPY public.posts (id, user_id, title) FROM stdin;',
    '1\t1\thello; world',
    '\\.',
    '',
    'ALTER TABLE ONLY auth.users ADD CONSTRAINT users_pkey PRIMARY KEY (id);',
    'ALTER TABLE ONLY public.posts ADD CONSTRAINT posts_pkey PRIMARY KEY (id);',
    'ALTER TABLE ONLY public.posts ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES auth.users(id);',
    'GRANT ALL ON TABLE public.posts TO anon;',
    '\\unrestrict 6KXn0eQJbZ',
    '',
  ].join('\n');

  it('skips psql meta-commands, COPY data, ownership and grants; reads every schema; notes what Prisma cannot say', async () => {
    expect(prepareDdl(DUMP).skipped.map((s) => `${s.line}: ${s.text}`)).toEqual([
      '4: \\restrict 6KXn0eQJbZ',
      '10: ALTER SCHEMA auth OWNER TO supabase_admin;',
      '17: ALTER TABLE auth.users OWNER TO supabase_admin;',
      '19: COPY public.posts (id, user_id, title) FROM stdin;',
      '20: (1 row of COPY data)',
      '26: GRANT ALL ON TABLE public.posts TO anon;',
      '27: \\unrestrict 6KXn0eQJbZ',
    ]);
    const r = await imported(DUMP);
    expect(r.schemas).toEqual(['public', 'auth']);
    expect(r.schema).toContain('schemas  = ["public", "auth"]');
    expect(r.schema).toMatch(/email\s+String\s+@db\.Citext/);
    expect(r.schema).toContain('@@schema("auth")');
    expect(r.notes.map((n) => `${n.kind} ${n.name}`)).toEqual(['check constraint users_age_check', 'extension citext']);
    expect(prismaErrors('7', [{ path: 'schema.prisma', text: r.schema }])).toEqual([]);
  });

  it('a failing statement comes back with PostgreSQL’s message and its line in the file', async () => {
    // PostgreSQL gives no position for a missing table in REFERENCES: the statement's first line is the location.
    const ddl = 'CREATE TABLE a (id int PRIMARY KEY);\n\n-- the next one is wrong\nCREATE TABLE b (\n  id int PRIMARY KEY,\n  a_id int REFERENCES nope(id)\n);\n';
    const r = await run(ddl);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ message: 'relation "nope" does not exist', code: '42P01' });
    expect(r.error?.statement).toMatchObject({ line: 4, index: 1 });
    expect(formatSqlError(r.error!, 'schema.sql')).toBe(
      'ERROR:  relation "nope" does not exist (SQLSTATE 42P01)\nat schema.sql:4 (statement 2):\n    CREATE TABLE b (\n      id int PRIMARY KEY,\n      a_id int REFERENCES nope(id)\n    );',
    );
  });

  it('SQL that creates nothing has nothing to introspect', async () => {
    const r = await run('SET statement_timeout = 0;\n');
    expect(r).toMatchObject({ ok: false, error: null, message: 'The SQL creates no tables, views or enums: there is nothing to introspect' });
  });
});

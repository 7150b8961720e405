import type { PGlite } from '@electric-sql/pglite';
import type { SqlDatabase } from './database';
import { createPgliteNode } from './pglite-node';
import { postgresUnavailable, postgresVersion, withTempDatabase } from './postgres-node';

/**
 * Where tests and scripts check that SQL applies: the real PostgreSQL server when it answers (a new
 * database per use, dropped afterwards), else PGlite — one instance per process, emptied between
 * uses (PGlite starts in seconds; emptying takes milliseconds). The fallback is announced once with
 * console.warn, and `name` says which one ran (put it in test titles).
 */
export interface VerifyBackend {
  kind: 'postgres' | 'pglite';
  /** e.g. `PostgreSQL 15.20` or `PGlite (PostgreSQL 18, fallback: …)`. */
  name: string;
  /** Runs `fn` on an empty database. */
  withDatabase<T>(fn: (db: SqlDatabase) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

let backend: Promise<VerifyBackend> | null = null;

export function verifyBackend(): Promise<VerifyBackend> {
  backend ??= (async () => {
    const unavailable = process.env.SCHEMA_CANVAS_VERIFY === 'pglite' ? 'SCHEMA_CANVAS_VERIFY=pglite' : await postgresUnavailable();
    if (!unavailable) {
      const version = (await postgresVersion()).match(/^PostgreSQL [\d.]+/)?.[0] ?? 'PostgreSQL';
      return { kind: 'postgres', name: version, withDatabase: (fn) => withTempDatabase((db) => fn(db)), close: async () => {} };
    }
    console.warn(`[schema-canvas] Verifying on PGlite instead of a PostgreSQL server: ${unavailable}`);
    let pg: Promise<PGlite> | null = null;
    let queue: Promise<unknown> = Promise.resolve();
    return {
      kind: 'pglite',
      name: `PGlite (PostgreSQL 18, fallback: ${unavailable})`,
      withDatabase<T>(fn: (db: SqlDatabase) => Promise<T>): Promise<T> {
        // One PGlite, one user at a time: each gets it empty.
        const run = queue.then(async () => {
          pg ??= createPgliteNode();
          const db = await pg;
          await emptyDatabase(db);
          return fn(db);
        });
        queue = run.catch(() => {});
        return run;
      },
      async close() {
        if (pg) await (await pg).close();
      },
    } satisfies VerifyBackend;
  })();
  return backend;
}

/**
 * Drops every user schema (with its tables, types, functions) and extension, and recreates an empty
 * `public`. Large schemas are dropped table by table first: one DROP SCHEMA … CASCADE over ~1000
 * tables exceeds PGlite's lock table ("out of shared memory", max_locks_per_transaction).
 */
export async function emptyDatabase(db: SqlDatabase): Promise<void> {
  await db.exec('ROLLBACK').catch(() => {});
  await db.exec('RESET ALL');
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const userSchemas = `nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'`;
  const tables = (
    await db.query<{ schema: string; name: string }>(
      `SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND ${userSchemas}`,
    )
  ).rows;
  for (let i = 0; tables.length > 200 && i < tables.length; i += 100) {
    await db.exec(`DROP TABLE IF EXISTS ${tables.slice(i, i + 100).map((t) => `${q(t.schema)}.${q(t.name)}`).join(', ')} CASCADE;`).catch(async () => {
      for (const t of tables.slice(i, i + 100)) await db.exec(`DROP TABLE IF EXISTS ${q(t.schema)}.${q(t.name)} CASCADE;`).catch(() => {});
    });
  }
  const schemas = (await db.query<{ name: string }>(`SELECT nspname AS name FROM pg_namespace WHERE ${userSchemas}`)).rows.map((r) => r.name);
  const extensions = (await db.query<{ name: string }>(`SELECT extname AS name FROM pg_extension WHERE extname <> 'plpgsql'`)).rows.map((r) => r.name);
  await db.exec(
    [...extensions.map((e) => `DROP EXTENSION IF EXISTS ${q(e)} CASCADE;`), ...schemas.map((s) => `DROP SCHEMA IF EXISTS ${q(s)} CASCADE;`), 'CREATE SCHEMA public;'].join('\n'),
  );
}

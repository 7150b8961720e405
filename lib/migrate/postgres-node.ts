import pg from 'pg';
import type { SqlDatabase } from './database';

/**
 * A real PostgreSQL server for verification (tests, scripts/migration-history-check.ts): every use
 * gets a database of its own, created empty and dropped afterwards. SCHEMA_CANVAS_PG_URL names the
 * server (a maintenance database on it, with the right to create databases); the default is this
 * machine kind's PostgreSQL 15 with trust auth.
 */
export const POSTGRES_URL = process.env.SCHEMA_CANVAS_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export type PgClient = pg.Client;

/** A `pg` client as a SqlDatabase (its `query` without parameters runs several statements, like PGlite's `exec`). */
export function pgClientDatabase(client: pg.Client): SqlDatabase {
  return {
    exec: (sql) => client.query(sql),
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await client.query(sql, params)).rows as T[] }),
  };
}

let reachable: Promise<string | null> | null = null;

/** Null when the server answers, else why not (cached per process; 3 s timeout). */
export function postgresUnavailable(): Promise<string | null> {
  reachable ??= (async () => {
    const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return null;
    } catch (e) {
      return `PostgreSQL at ${redact(POSTGRES_URL)} is not reachable: ${(e as Error).message}`;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return reachable;
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

let counter = 0;

/** Creates an empty database, runs `fn` on it, and drops it (also when `fn` throws). */
export async function withTempDatabase<T>(fn: (db: SqlDatabase, info: { name: string; client: pg.Client }) => Promise<T>): Promise<T> {
  const name = `schema_canvas_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 5000 });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${name}`;
    const client = new pg.Client({ connectionString: url.toString() });
    // A server-side error arriving while idle must not crash the process.
    client.on('error', () => {});
    await client.connect();
    try {
      return await fn(pgClientDatabase(client), { name, client });
    } finally {
      await client.end().catch(() => {});
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
    await admin.end().catch(() => {});
  }
}

/** The server's version string, e.g. `PostgreSQL 15.20 …`. */
export async function postgresVersion(): Promise<string> {
  const client = new pg.Client({ connectionString: POSTGRES_URL, connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return (await client.query<{ version: string }>('SELECT version()')).rows[0].version;
  } finally {
    await client.end();
  }
}

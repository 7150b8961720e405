import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import type { SchemaFile } from '../schema/document';
import { applySql, type ApplyResult } from './apply';
import { catalogSnapshot, type CatalogSnapshot } from './catalog';
import { checkDataLoss, type DataLossResult } from './data-loss';
import type { DiffSource, MigrationEngine, MigrationsFolder } from './engine';
import { startNodeEngine } from './engine-node';
import type { MigrationEngineVersion } from './engine-versions';
import { importSql, type ImportSqlResult } from './import-sql';
import { createPgliteNode } from './pglite-node';

/** Node conveniences over the pure core: read a migrations folder, and run things on a throwaway PGlite. */

export const LOCKFILE_NAME = 'migration_lock.toml';

/** A folder of Prisma migrations: `migration_lock.toml` and/or sub-folders holding `migration.sql`. */
export function isMigrationsFolder(dir: string): boolean {
  try {
    if (!statSync(dir).isDirectory()) return false;
    if (existsSync(join(dir, LOCKFILE_NAME))) return true;
    return readdirSync(dir, { withFileTypes: true }).some((e) => e.isDirectory() && existsSync(join(dir, e.name, 'migration.sql')));
  } catch {
    return false;
  }
}

/**
 * Reads a migrations folder: every sub-folder with a `migration.sql` (in name order) and the lock
 * file. Sub-folders without one (some projects keep data migrations in TypeScript beside them) are
 * listed in `ignored`.
 */
export function readMigrationsFolder(dir: string): MigrationsFolder & { ignored: string[] } {
  const migrations: MigrationsFolder['migrations'] = [];
  const ignored: string[] = [];
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  for (const name of names) {
    const file = join(dir, name, 'migration.sql');
    if (existsSync(file)) migrations.push({ name, sql: readFileSync(file, 'utf8') });
    else ignored.push(name);
  }
  const lock = join(dir, LOCKFILE_NAME);
  return { migrations, lockfile: existsSync(lock) ? readFileSync(lock, 'utf8') : null, ignored };
}

const diffEngines = new Map<MigrationEngineVersion, Promise<MigrationEngine>>();

/** One diff-only engine per process and Prisma version (fake adapter; PGlite shadow databases on demand). */
export function nodeDiffEngine(version: MigrationEngineVersion = '7'): Promise<MigrationEngine> {
  let engine = diffEngines.get(version);
  if (!engine) diffEngines.set(version, (engine = startNodeEngine({ version })));
  return engine;
}

/** Runs `fn` with a fresh PGlite and closes it afterwards. */
export async function withFreshPglite<T>(fn: (db: PGlite) => Promise<T>): Promise<T> {
  const db = await createPgliteNode();
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** Applies SQL to a fresh PGlite: success with the resulting catalog, or the exact PostgreSQL error and failing statement. */
export async function applyOnFreshPglite(sql: string): Promise<ApplyResult & { catalog: CatalogSnapshot | null }> {
  return withFreshPglite(async (db) => {
    const result = await applySql(db, sql);
    return { ...result, catalog: result.ok ? await catalogSnapshot(db) : null };
  });
}

/** SQL → Prisma schema on a throwaway PGlite. */
export async function importSqlNode(ddl: string): Promise<ImportSqlResult> {
  return withFreshPglite(async (db) => {
    const engine = await startNodeEngine({ database: db });
    try {
      return await importSql(ddl, { db, engine });
    } finally {
      engine.dispose();
    }
  });
}

/** How long an SQL import may run by default before it is stopped (a statement that never ends). */
export const DEFAULT_IMPORT_TIMEOUT_MS = 60_000;

export type ImportSqlRun = ImportSqlResult | { ok: false; message: string; error: null; skipped: []; stopped: 'timeout' | 'cancelled' };

/**
 * `importSqlNode` in a child process that is killed after `timeoutMs` (default 60 s) or when
 * `signal` aborts: SQL that never ends (`DO $$ BEGIN LOOP END LOOP; END $$;`) blocks PGlite's thread
 * for good, so only ending the process stops it. Later imports start a new process, unaffected.
 */
export function importSqlNodeWithTimeout(ddl: string, options: { timeoutMs?: number; signal?: AbortSignal } = {}): Promise<ImportSqlRun> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_IMPORT_TIMEOUT_MS;
  const cancelled = 'The SQL import was cancelled. Nothing was imported.';
  if (options.signal?.aborted) return Promise.resolve({ ok: false, stopped: 'cancelled', error: null, skipped: [], message: cancelled });
  return new Promise((resolve) => {
    const child = fork(new URL('./import-sql-process.ts', import.meta.url), [], { execArgv: ['--import', tsxLoader()], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let stderr = '';
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    let settled = false;
    const finish = (value: ImportSqlRun) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      resolve(value);
    };
    const stop = (why: 'timeout' | 'cancelled') =>
      finish({
        ok: false,
        stopped: why,
        error: null,
        skipped: [],
        message:
          why === 'timeout'
            ? `The SQL was still running after ${formatSeconds(timeoutMs)} and was stopped (a statement that never ends, such as an endless loop?). Nothing was imported.`
            : cancelled,
      });
    const timer = setTimeout(() => stop('timeout'), timeoutMs);
    const onAbort = () => stop('cancelled');
    options.signal?.addEventListener('abort', onAbort, { once: true });
    child.on('message', (m: { result?: ImportSqlResult; error?: string }) =>
      finish(m.result ?? { ok: false, message: m.error ?? 'The SQL import failed', error: null, skipped: [] }),
    );
    child.on('exit', (code) => finish({ ok: false, message: `The SQL import process ended unexpectedly (exit ${code})${stderr ? `: ${stderr.trim().split('\n').slice(-3).join(' ')}` : ''}`, error: null, skipped: [] }));
    child.send({ ddl });
  });
}

/**
 * tsx's loader as a file URL: `--import tsx` would be resolved from the working directory, which for
 * the installed command is the user's project, not ours.
 */
function tsxLoader(): string {
  const packageJson = createRequire(import.meta.url).resolve('tsx/package.json');
  return pathToFileURL(join(packageJson, '..', 'dist', 'loader.mjs')).href;
}

function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** The data-loss check on a throwaway PGlite. */
export async function checkDataLossNode(args: { baseline: DiffSource; current: readonly SchemaFile[]; rowsPerTable?: number }): Promise<DataLossResult> {
  return withFreshPglite(async (db) => {
    const engine = await startNodeEngine({ database: db });
    try {
      return await checkDataLoss({ db, engine }, args);
    } finally {
      engine.dispose();
    }
  });
}

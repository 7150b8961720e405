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

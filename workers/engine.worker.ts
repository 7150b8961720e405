/// <reference lib="webworker" />
// Prisma's schema engine and PGlite off the main thread. The engine (5 MB of wasm) loads on the first
// request and diffs without any database; PGlite (15 MB, ~3 s to start) loads only to verify a
// migration, replay a migration history or import SQL.
import { PGlite, type Extension } from '@electric-sql/pglite';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import * as bg6 from 'schema-engine-wasm-6/schema_engine_bg';
import { installPanicRegistry, MigrationEngine, type SchemaEngineBindings } from '../lib/migrate/engine';
import { migrationEngineWasmUrl, type MigrationEngineVersion } from '../lib/migrate/engine-versions';
import { pgliteEngineDatabase } from '../lib/migrate/pglite-adapter';
import { importSql } from '../lib/migrate/import-sql';
import { contribModulesFor, verifyContribModules, verifyMigration } from '../lib/export/verify';
import type { EngineApi, ImportSqlOutcome } from '../lib/export/engine-protocol';
import { serveRpc } from '../lib/workers/rpc';

const scope = self as unknown as DedicatedWorkerGlobalScope;

const GLUE = { '7': bg, '6': bg6 } as const;
const bindings = new Map<MigrationEngineVersion, Promise<SchemaEngineBindings>>();
/** The schema engine of a Prisma version (7 by default; 6.19 for documents only Prisma 6 accepts), loaded on first use. */
function loadBindings(version: MigrationEngineVersion = '7'): Promise<SchemaEngineBindings> {
  let loading = bindings.get(version);
  if (!loading) {
    loading = (async () => {
      installPanicRegistry();
      const glue = GLUE[version];
      const { instance } = await WebAssembly.instantiateStreaming(fetch(migrationEngineWasmUrl(version)), { './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports });
      glue.__wbg_set_wasm(instance.exports);
      (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
      return glue as unknown as SchemaEngineBindings;
    })();
    bindings.set(version, loading);
  }
  return loading;
}

let assets: Promise<{ pgliteWasmModule: WebAssembly.Module; initdbWasmModule: WebAssembly.Module; fsBundle: Blob }> | null = null;
/** The contrib extensions verification may need, loaded only when a migration uses them. */
const CONTRIB: Record<string, () => Promise<Extension>> = {
  citext: () => import('@electric-sql/pglite/contrib/citext').then((m) => m.citext),
  pg_trgm: () => import('@electric-sql/pglite/contrib/pg_trgm').then((m) => m.pg_trgm),
  pgcrypto: () => import('@electric-sql/pglite/contrib/pgcrypto').then((m) => m.pgcrypto),
  uuid_ossp: () => import('@electric-sql/pglite/contrib/uuid_ossp').then((m) => m.uuid_ossp),
  btree_gin: () => import('@electric-sql/pglite/contrib/btree_gin').then((m) => m.btree_gin),
  btree_gist: () => import('@electric-sql/pglite/contrib/btree_gist').then((m) => m.btree_gist),
  hstore: () => import('@electric-sql/pglite/contrib/hstore').then((m) => m.hstore),
  ltree: () => import('@electric-sql/pglite/contrib/ltree').then((m) => m.ltree),
  cube: () => import('@electric-sql/pglite/contrib/cube').then((m) => m.cube),
  fuzzystrmatch: () => import('@electric-sql/pglite/contrib/fuzzystrmatch').then((m) => m.fuzzystrmatch),
  unaccent: () => import('@electric-sql/pglite/contrib/unaccent').then((m) => m.unaccent),
};

/** A new in-memory PostgreSQL with the named contrib extensions available; the binaries are fetched and compiled once. */
async function newDatabase(contrib: readonly string[] = []): Promise<PGlite> {
  assets ??= (async () => ({
    pgliteWasmModule: await WebAssembly.compileStreaming(fetch('/wasm/pglite.wasm')),
    initdbWasmModule: await WebAssembly.compileStreaming(fetch('/wasm/initdb.wasm')),
    fsBundle: await (await fetch('/wasm/pglite.data')).blob(),
  }))();
  const names = contrib.filter((name) => name in CONTRIB);
  const extensions = Object.fromEntries(await Promise.all(names.map(async (name) => [name, await CONTRIB[name]()] as const)));
  return PGlite.create({ ...(await assets), ...(names.length ? { extensions } : {}) });
}

const diffEngines = new Map<MigrationEngineVersion, Promise<MigrationEngine>>();
/** The contrib extensions the current diff's migration history creates: its shadow databases start with them. */
let shadowContrib: string[] = [];
/** The engine for diffs: a fake connection (no database), and a fresh PGlite as shadow database for migration histories. */
function engine(version: MigrationEngineVersion = '7'): Promise<MigrationEngine> {
  let started = diffEngines.get(version);
  if (!started) {
    started = loadBindings(version).then((b) => MigrationEngine.start(b, pgliteEngineDatabase({ createShadow: () => newDatabase(shadowContrib) }), version));
    diffEngines.set(version, started);
  }
  return started;
}

/** Runs DDL in a fresh PGlite and introspects it (the same steps as `schema-canvas import-sql`). */
async function importSqlInBrowser(sql: string): Promise<ImportSqlOutcome> {
  const db = await newDatabase();
  try {
    const introspector = await MigrationEngine.start(await loadBindings(), pgliteEngineDatabase({ database: db }));
    try {
      const r = await importSql(sql, { db, engine: introspector });
      const skipped = r.skipped.map((x) => `line ${x.line}: ${x.text} (${x.reason})`);
      if (!r.ok) return { ok: false, message: r.message, ...(r.error ? { error: r.error } : {}) };
      const notes = [r.warnings ?? '', ...r.notes.map((n) => n.message)].filter(Boolean).join('\n');
      return { ok: true, schema: r.schema, warnings: notes || null, skipped };
    } finally {
      introspector.dispose();
    }
  } finally {
    await db.close();
  }
}

serveRpc<EngineApi>(scope, {
  diff: async (request) => {
    shadowContrib = contribModulesFor([request.from, request.to]).modules;
    return (await engine(request.prismaVersion)).diff({ from: request.from, to: request.to, script: request.script });
  },
  verify: async (request) => {
    const db = await newDatabase(verifyContribModules(request).modules);
    try {
      return await verifyMigration(await engine(request.prismaVersion), db, request);
    } finally {
      await db.close();
    }
  },
  'import-sql': (request) => importSqlInBrowser(request.sql),
});

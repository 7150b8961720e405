/// <reference lib="webworker" />
// Prisma's schema engine and PGlite off the main thread. The engine (5 MB of wasm) loads on the first
// request and diffs without any database; PGlite (15 MB, ~3 s to start) loads only to verify a
// migration, replay a migration history or import SQL.
import { PGlite } from '@electric-sql/pglite';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import * as bg6 from 'schema-engine-wasm-6/schema_engine_bg';
import { installPanicRegistry, MigrationEngine, type SchemaEngineBindings } from '../lib/migrate/engine';
import { migrationEngineWasmUrl, type MigrationEngineVersion } from '../lib/migrate/engine-versions';
import { pgliteEngineDatabase } from '../lib/migrate/pglite-adapter';
import { importSql } from '../lib/migrate/import-sql';
import { verifyMigration } from '../lib/export/verify';
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
/** A new in-memory PostgreSQL; the binaries are fetched and compiled once. */
async function newDatabase(): Promise<PGlite> {
  assets ??= (async () => ({
    pgliteWasmModule: await WebAssembly.compileStreaming(fetch('/wasm/pglite.wasm')),
    initdbWasmModule: await WebAssembly.compileStreaming(fetch('/wasm/initdb.wasm')),
    fsBundle: await (await fetch('/wasm/pglite.data')).blob(),
  }))();
  return PGlite.create({ ...(await assets) });
}

const diffEngines = new Map<MigrationEngineVersion, Promise<MigrationEngine>>();
/** The engine for diffs: a fake connection (no database), and a fresh PGlite as shadow database for migration histories. */
function engine(version: MigrationEngineVersion = '7'): Promise<MigrationEngine> {
  let started = diffEngines.get(version);
  if (!started) {
    started = loadBindings(version).then((b) => MigrationEngine.start(b, pgliteEngineDatabase({ createShadow: newDatabase }), version));
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
  diff: async (request) => (await engine(request.prismaVersion)).diff({ from: request.from, to: request.to, script: request.script }),
  verify: async (request) => {
    const db = await newDatabase();
    try {
      return await verifyMigration(await engine(request.prismaVersion), db, request);
    } finally {
      await db.close();
    }
  },
  'import-sql': (request) => importSqlInBrowser(request.sql),
});

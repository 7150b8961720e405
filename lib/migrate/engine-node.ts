import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PGlite } from '@electric-sql/pglite';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import * as bg6 from 'schema-engine-wasm-6/schema_engine_bg';
import { installPanicRegistry, MigrationEngine, type SchemaEngineBindings } from './engine';
import { MIGRATION_ENGINES, type MigrationEngineVersion } from './engine-versions';
import { pgliteEngineDatabase } from './pglite-adapter';
import { createPgliteNode } from './pglite-node';

const require = createRequire(import.meta.url);

const loading = new Map<MigrationEngineVersion, Promise<SchemaEngineBindings>>();
const GLUE = { '7': bg, '6': bg6 } as const;

/**
 * Loads the schema engine of a Prisma version (`@prisma/schema-engine-wasm` for 7, the
 * `schema-engine-wasm-6` alias for 6.19) in Node, once per process and version (≈40 ms): the same manual
 * instantiation a browser worker does with `fetch`, here from the package's own .wasm file.
 *
 * The browser worker needs instead: `schema_engine_bg.wasm` served (copy it into `public/wasm/`),
 * `import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg'`, then
 * `WebAssembly.instantiateStreaming(fetch('/wasm/schema_engine_bg.wasm'), { './schema_engine_bg.js': bg })`,
 * `bg.__wbg_set_wasm(instance.exports)` and `instance.exports.__wbindgen_start()` — then
 * `MigrationEngine.start(bg, …)` as here.
 */
export function loadSchemaEngineNode(version: MigrationEngineVersion = '7'): Promise<SchemaEngineBindings> {
  let promise = loading.get(version);
  if (!promise) {
    promise = (async () => {
      installPanicRegistry();
      const glue = GLUE[version];
      const packageName = MIGRATION_ENGINES.find((e) => e.id === version)!.packageName;
      const wasmPath = require.resolve(`${packageName}/schema_engine_bg`).replace(/\.js$/, '.wasm');
      const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { './schema_engine_bg.js': glue as unknown as WebAssembly.ModuleImports });
      glue.__wbg_set_wasm(instance.exports);
      (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
      return glue as unknown as SchemaEngineBindings;
    })();
    loading.set(version, promise);
  }
  return promise;
}

/**
 * A schema engine in Node. Without `database` it diffs without any database (a migrations folder
 * still gets a fresh PGlite shadow database per diff); with one it can also introspect and push.
 */
export async function startNodeEngine(options: { database?: PGlite; version?: MigrationEngineVersion } = {}): Promise<MigrationEngine> {
  const bindings = await loadSchemaEngineNode(options.version);
  return MigrationEngine.start(bindings, pgliteEngineDatabase({ database: options.database, createShadow: () => createPgliteNode() }), options.version ?? '7');
}

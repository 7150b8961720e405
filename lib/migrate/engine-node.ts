import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PGlite } from '@electric-sql/pglite';
import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg';
import { installPanicRegistry, MigrationEngine, type SchemaEngineBindings } from './engine';
import { pgliteEngineDatabase } from './pglite-adapter';
import { createPgliteNode } from './pglite-node';

const require = createRequire(import.meta.url);

let loading: Promise<SchemaEngineBindings> | null = null;

/**
 * Loads `@prisma/schema-engine-wasm` in Node, once per process (≈40 ms): the same manual
 * instantiation a browser worker does with `fetch`, here from the package's own .wasm file.
 *
 * The browser worker needs instead: `schema_engine_bg.wasm` served (copy it into `public/wasm/`),
 * `import * as bg from '@prisma/schema-engine-wasm/schema_engine_bg'`, then
 * `WebAssembly.instantiateStreaming(fetch('/wasm/schema_engine_bg.wasm'), { './schema_engine_bg.js': bg })`,
 * `bg.__wbg_set_wasm(instance.exports)` and `instance.exports.__wbindgen_start()` — then
 * `MigrationEngine.start(bg, …)` as here.
 */
export function loadSchemaEngineNode(): Promise<SchemaEngineBindings> {
  loading ??= (async () => {
    installPanicRegistry();
    const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), { './schema_engine_bg.js': bg as unknown as WebAssembly.ModuleImports });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
    return bg as unknown as SchemaEngineBindings;
  })();
  return loading;
}

/**
 * A schema engine in Node. Without `database` it diffs without any database (a migrations folder
 * still gets a fresh PGlite shadow database per diff); with one it can also introspect and push.
 */
export async function startNodeEngine(options: { database?: PGlite } = {}): Promise<MigrationEngine> {
  const bindings = await loadSchemaEngineNode();
  return MigrationEngine.start(bindings, pgliteEngineDatabase({ database: options.database, createShadow: () => createPgliteNode() }));
}

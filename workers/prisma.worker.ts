/// <reference lib="webworker" />
// Prisma's schema engine (prisma-fmt wasm) off the main thread: lint, format, completion, hover, code actions.
import { PrismaSchemaEngine } from '../lib/prisma/engine';
import { loadPrismaSchemaWasmBrowser } from '../lib/prisma/load-browser';
import { handlePrismaRequest, type PrismaRequest } from '../lib/prisma/worker-protocol';
import type { PrismaVersionId } from '../lib/prisma/versions';

const engines = new Map<PrismaVersionId, Promise<PrismaSchemaEngine>>();

function engineFor(version: PrismaVersionId): Promise<PrismaSchemaEngine> {
  let engine = engines.get(version);
  if (!engine) {
    engine = loadPrismaSchemaWasmBrowser(version).then((api) => new PrismaSchemaEngine(api));
    engine.catch(() => engines.delete(version));
    engines.set(version, engine);
  }
  return engine;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.addEventListener('message', async (event: MessageEvent<PrismaRequest>) => {
  scope.postMessage(await handlePrismaRequest(event.data, engineFor));
});

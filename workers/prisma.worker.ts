/// <reference lib="webworker" />
// Prisma's schema engine (prisma-fmt wasm) off the main thread: lint, format, completion, hover, code actions.
import { PrismaSchemaEngine } from '../lib/prisma/engine';
import { loadPrismaSchemaWasmBrowser } from '../lib/prisma/load-browser';
import { prismaHandlers, type PrismaApi } from '../lib/prisma/worker-protocol';
import type { PrismaVersionId } from '../lib/prisma/versions';
import { serveRpc } from '../lib/workers/rpc';

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

serveRpc<PrismaApi>(self as unknown as DedicatedWorkerGlobalScope, prismaHandlers(engineFor));

import { createRequire } from 'node:module';
import type { PrismaSchemaWasm } from './api';
import { PRISMA_VERSIONS, type PrismaVersionId } from './versions';

const require = createRequire(import.meta.url);
const cache = new Map<PrismaVersionId, PrismaSchemaWasm>();

/** Loads a Prisma version's schema wasm in Node (tests, benchmark, CLI). */
export function loadPrismaSchemaWasmNode(version: PrismaVersionId): PrismaSchemaWasm {
  let api = cache.get(version);
  if (!api) {
    const g = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(m: string): void } };
    g.PRISMA_WASM_PANIC_REGISTRY ??= { set_message: () => {} };
    const pkg = PRISMA_VERSIONS.find((v) => v.id === version)!.packageName;
    api = require(pkg) as PrismaSchemaWasm;
    cache.set(version, api);
  }
  return api;
}

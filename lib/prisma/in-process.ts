import type { SchemaFile } from '../schema/document';
import { PrismaSchemaEngine } from './engine';
import { loadPrismaSchemaWasmNode } from './load-node';
import type { PrismaVersionId } from './versions';
import { handlePrismaRequest, type PrismaRequest, type WithoutId } from './worker-protocol';

const engines = new Map<PrismaVersionId, PrismaSchemaEngine>();

function engineFor(version: PrismaVersionId): PrismaSchemaEngine {
  let engine = engines.get(version);
  if (!engine) engines.set(version, (engine = new PrismaSchemaEngine(loadPrismaSchemaWasmNode(version))));
  return engine;
}

/**
 * Prisma's validator in the same process (Node: the CLI and tests), answering the same requests as the
 * app's Prisma worker with the same results.
 */
export class InProcessPrisma {
  async request<T>(req: WithoutId<PrismaRequest>): Promise<T> {
    const res = await handlePrismaRequest({ ...req, id: 0 } as PrismaRequest, async (v) => engineFor(v));
    if (!res.ok) throw new Error(res.error);
    return res.result as T;
  }

  lint(version: PrismaVersionId, files: SchemaFile[], revision: number, done: (revision: number, result: unknown, error?: string) => void): void {
    this.request({ type: 'lint', version, files }).then(
      (r) => done(revision, r),
      (e: Error) => done(revision, [], e.message),
    );
  }
}

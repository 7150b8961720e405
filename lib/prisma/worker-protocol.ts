import type { SchemaFile } from '../schema/document';
import type { LspDiagnostic, LspRange, PrismaSchemaEngine } from './engine';
import type { PrismaVersionId } from './versions';

/** Requests the editor sends to the Prisma worker; every one names the Prisma version to validate with. */
export type PrismaRequest =
  | { id: number; type: 'lint'; version: PrismaVersionId; files: SchemaFile[] }
  | { id: number; type: 'format'; version: PrismaVersionId; files: SchemaFile[] }
  | { id: number; type: 'completion'; version: PrismaVersionId; files: SchemaFile[]; path: string; line: number; character: number }
  | { id: number; type: 'hover'; version: PrismaVersionId; files: SchemaFile[]; path: string; line: number; character: number }
  | { id: number; type: 'codeActions'; version: PrismaVersionId; files: SchemaFile[]; path: string; range: LspRange; diagnostics: LspDiagnostic[] }
  | { id: number; type: 'nativeTypes'; version: PrismaVersionId; text: string };

export type PrismaResponse = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

/** Distributes a union over its members so `Omit` keeps each request's own fields. */
export type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** Runs one request against the engine of its Prisma version. Shared by the web worker and Node tests. */
export async function handlePrismaRequest(req: PrismaRequest, engineFor: (v: PrismaVersionId) => Promise<PrismaSchemaEngine>): Promise<PrismaResponse> {
  try {
    const engine = await engineFor(req.version);
    switch (req.type) {
      case 'lint':
        return { id: req.id, ok: true, result: engine.lint(req.files) };
      case 'format':
        return { id: req.id, ok: true, result: engine.format(req.files) };
      case 'completion':
        return { id: req.id, ok: true, result: engine.completion(req.files, req.path, req.line, req.character) };
      case 'hover':
        return { id: req.id, ok: true, result: engine.hover(req.files, req.path, req.line, req.character) };
      case 'codeActions':
        return { id: req.id, ok: true, result: engine.codeActions(req.files, req.path, req.range, req.diagnostics) };
      case 'nativeTypes':
        return { id: req.id, ok: true, result: engine.nativeTypes(req.text) };
    }
  } catch (e) {
    const panic = (globalThis as { __prismaWasmLastPanic?: string }).__prismaWasmLastPanic;
    return { id: req.id, ok: false, error: panic ?? (e instanceof Error ? e.message : String(e)) };
  }
}

interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: { data: PrismaResponse }) => void): void;
}

/** Main-thread side: request/response over postMessage, plus "latest wins" linting. */
export class PrismaWorkerClient {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  private lintInFlight = false;
  private queuedLint: { version: PrismaVersionId; files: SchemaFile[]; revision: number; done(revision: number, r: unknown, error?: string): void } | null = null;

  constructor(private readonly worker: WorkerLike) {
    worker.addEventListener('message', (event) => {
      const res = event.data;
      const p = this.pending.get(res.id);
      if (!p) return;
      this.pending.delete(res.id);
      if (res.ok) p.resolve(res.result);
      else p.reject(new Error(res.error));
    });
  }

  request<T>(req: WithoutId<PrismaRequest>): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ ...req, id });
    });
  }

  /**
   * Lints, but never queues more than one request: while one runs, newer texts replace each other and
   * only the newest is linted next. `done` receives the revision the result belongs to.
   */
  lint(version: PrismaVersionId, files: SchemaFile[], revision: number, done: (revision: number, result: unknown, error?: string) => void): void {
    this.queuedLint = { version, files, revision, done };
    if (!this.lintInFlight) void this.drainLint();
  }

  private async drainLint(): Promise<void> {
    while (this.queuedLint) {
      const job = this.queuedLint;
      this.queuedLint = null;
      this.lintInFlight = true;
      try {
        const result = await this.request({ type: 'lint', version: job.version, files: job.files });
        job.done(job.revision, result);
      } catch (e) {
        job.done(job.revision, [], e instanceof Error ? e.message : String(e));
      } finally {
        this.lintInFlight = false;
      }
    }
  }
}

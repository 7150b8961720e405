import type { SchemaFile } from '../schema/document';
import type { PrismaDiagnostic } from '../prisma/engine';
import type { AdvisoryConfig } from './config';
import type { AdvisoryRun } from './run';

/** A rule run requested of the advisories worker (everything plain data, structured-clone safe). */
export interface AdvisoryRequest {
  id: number;
  files: SchemaFile[];
  config: AdvisoryConfig;
  prisma: PrismaDiagnostic[];
  /** Block names and `Model.field` entries at open (see designer-store baselineNames). */
  baseline: string[];
  /** The migration baseline's schema, when it has one: the migration-safety rules compare against it. */
  migrationBaseline: SchemaFile[] | null;
}

export type AdvisoryResponse = { id: number; ok: true; run: AdvisoryRun } | { id: number; ok: false; error: string };

/**
 * Talks to the advisories worker: the rules cost more than a frame on large schemas, so they run off
 * the main thread. Only the newest request matters: one in flight at a time, and a newer request
 * replaces one that is still waiting.
 */
export class AdvisoryWorkerClient {
  private nextId = 1;
  private inFlight: { id: number; done: (r: AdvisoryResponse) => void } | null = null;
  private waiting: { request: Omit<AdvisoryRequest, 'id'>; done: (r: AdvisoryResponse) => void } | null = null;

  constructor(private readonly worker: Pick<Worker, 'postMessage' | 'addEventListener'>) {
    worker.addEventListener('message', (event: Event) => {
      const response = (event as MessageEvent<AdvisoryResponse>).data;
      if (!this.inFlight || response.id !== this.inFlight.id) return;
      const { done } = this.inFlight;
      this.inFlight = null;
      done(response);
      this.sendWaiting();
    });
  }

  run(request: Omit<AdvisoryRequest, 'id'>, done: (r: AdvisoryResponse) => void): void {
    if (this.waiting) this.waiting.done({ id: 0, ok: false, error: 'superseded' });
    this.waiting = { request, done };
    if (!this.inFlight) this.sendWaiting();
  }

  private sendWaiting(): void {
    if (!this.waiting) return;
    const { request, done } = this.waiting;
    this.waiting = null;
    const id = this.nextId++;
    this.inFlight = { id, done };
    this.worker.postMessage({ ...request, id } satisfies AdvisoryRequest);
  }
}

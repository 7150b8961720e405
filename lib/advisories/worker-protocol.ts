import type { SchemaFile } from '../schema/document';
import type { PrismaDiagnostic } from '../prisma/engine';
import { createRpcClient, LatestWins, type RpcCallOptions, type RpcClient, type RpcEndpoint } from '../workers/rpc';
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

/** How a run ended; `error: 'superseded'` when a newer run replaced it before it started. */
export type AdvisoryResponse = { id: number; ok: true; run: AdvisoryRun } | { id: number; ok: false; error: string };

/** What the advisories worker serves (see lib/workers/rpc.ts). */
export interface AdvisoryApi {
  run(request: Omit<AdvisoryRequest, 'id'>): AdvisoryRun;
}

interface Job {
  request: Omit<AdvisoryRequest, 'id'>;
  /** The RPC id it was sent with. */
  id: number;
}

/**
 * Talks to the advisories worker: the rules cost more than a frame on large schemas, so they run off
 * the main thread. Only the newest request matters: one in flight at a time, and a newer request
 * replaces one that is still waiting.
 */
export class AdvisoryWorkerClient {
  /** The typed RPC client underneath (`rpc.reconnect(worker)` after a restart). */
  readonly rpc: RpcClient<AdvisoryApi>;
  private readonly runs: LatestWins<Job, AdvisoryRun>;

  constructor(worker: RpcEndpoint, options?: RpcCallOptions) {
    this.rpc = createRpcClient<AdvisoryApi>(worker, options);
    this.runs = new LatestWins((job, settle) => {
      job.id = this.rpc.send('run', [job.request], settle);
    });
  }

  run(request: Omit<AdvisoryRequest, 'id'>, done: (r: AdvisoryResponse) => void): void {
    const job: Job = { request, id: 0 };
    this.runs.submit(job, (outcome) => {
      if (outcome.status === 'done') done({ id: job.id, ok: true, run: outcome.result });
      else done({ id: job.id, ok: false, error: outcome.status === 'superseded' ? 'superseded' : outcome.error });
    });
  }
}

import type { SqlError } from '../migrate/database';
import type { DiffOutcome, DiffSource } from '../migrate/engine';
import type { MigrationEngineVersion } from '../migrate/engine-versions';
import { workerRestarter, type TerminableEndpoint, type WorkerRestarter } from '../workers/restart';
import { createRpcClient, type RpcCallOptions, type RpcClient, type RpcEndpoint } from '../workers/rpc';
import type { VerifyResult } from './verify';

/** Messages to the engine worker (schema engine + PGlite); all plain data. */
export type EngineRequest =
  /** `prismaVersion`: the schema engine to use (lib/migrate/engine-versions.ts `chooseMigrationEngine`); 7 when absent. */
  | { type: 'diff'; from: DiffSource; to: DiffSource; script?: boolean; prismaVersion?: MigrationEngineVersion }
  | { type: 'verify'; baseline: DiffSource; migrationSql: string; downSql: string | null; prismaVersion?: MigrationEngineVersion }
  | { type: 'import-sql'; sql: string };

export type ImportSqlOutcome =
  | { ok: true; schema: string; warnings: string | null; skipped: string[] }
  | { ok: false; message: string; error?: SqlError };

export type EngineResult<R extends EngineRequest> = R extends { type: 'diff' } ? DiffOutcome : R extends { type: 'verify' } ? VerifyResult : ImportSqlOutcome;

/** What the engine worker serves (see lib/workers/rpc.ts): one method per request type, called with the request. */
export interface EngineApi {
  diff(request: Extract<EngineRequest, { type: 'diff' }>): Promise<DiffOutcome>;
  verify(request: Extract<EngineRequest, { type: 'verify' }>): Promise<VerifyResult>;
  'import-sql'(request: Extract<EngineRequest, { type: 'import-sql' }>): Promise<ImportSqlOutcome>;
}

/** How long "Import SQL" may run before the engine worker is stopped and restarted (a statement that never ends). */
export const IMPORT_SQL_TIMEOUT_MS = 60_000;

/** Calls into the engine worker. The worker loads the engine (and PGlite) on first use. */
export class EngineWorkerClient {
  /** The typed RPC client underneath (`rpc.reconnect(worker)` after a restart). */
  readonly rpc: RpcClient<EngineApi>;

  /** Set when the client can replace a hung worker (`respawn`). */
  readonly restarter: WorkerRestarter<TerminableEndpoint> | null = null;

  /**
   * With `respawn`, a call that times out terminates the worker and the client moves to a fresh one
   * that `respawn` starts (calls without `timeoutMs` never time out).
   */
  constructor(worker: RpcEndpoint, options: RpcCallOptions & { respawn?: () => TerminableEndpoint } = {}) {
    const { respawn, ...defaults } = options;
    const restarter = respawn && 'terminate' in worker ? workerRestarter(worker as TerminableEndpoint, respawn, () => this.rpc) : null;
    this.rpc = createRpcClient<EngineApi>(worker, restarter ? { onTimeout: () => restarter.restart(), ...defaults } : defaults);
    this.restarter = restarter;
  }

  /** Stops the worker (the current one, after restarts). */
  dispose(): void {
    this.rpc.close();
    this.restarter?.dispose();
  }

  /** Rejects with the worker's error message (an `RpcError`). */
  request<R extends EngineRequest>(request: R, options?: RpcCallOptions): Promise<EngineResult<R>> {
    return this.rpc.call(request.type, [request] as never, options) as Promise<EngineResult<R>>;
  }
}

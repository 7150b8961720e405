import type { SqlError } from '../migrate/database';
import type { DiffOutcome, DiffSource } from '../migrate/engine';
import type { MigrationEngineVersion } from '../migrate/engine-versions';
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

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void };

/** Calls into the engine worker by request id. The worker loads the engine (and PGlite) on first use. */
export class EngineWorkerClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  constructor(private readonly worker: Pick<Worker, 'postMessage' | 'addEventListener'>) {
    worker.addEventListener('message', (event: Event) => {
      const { id, ok, result, error } = (event as MessageEvent<{ id: number; ok: boolean; result?: unknown; error?: string }>).data;
      const p = this.pending.get(id);
      if (!p) return;
      this.pending.delete(id);
      if (ok) p.resolve(result);
      else p.reject(new Error(error ?? 'The engine worker failed'));
    });
  }

  request<R extends EngineRequest>(request: R): Promise<EngineResult<R>> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, request });
    });
  }
}

import type { RpcApi, RpcClient, RpcEndpoint } from './rpc';

/** A worker the main thread can stop (a `Worker`, or a test fake). */
export interface TerminableEndpoint extends RpcEndpoint {
  terminate(): void;
}

export interface WorkerRestarter<W extends TerminableEndpoint> {
  /** The worker calls go to now. */
  readonly current: W;
  /** How many times the worker was replaced. */
  readonly restarts: number;
  /** Terminates the current worker, starts a fresh one and moves the client to it (pending calls fail as 'closed'). */
  restart(): void;
  /** Terminates the current worker for good. */
  dispose(): void;
}

/**
 * Keeps an RPC client on a live worker: `restart` (e.g. the `onTimeout` of a call that never ends)
 * terminates the hung worker and reconnects the client to one `create` makes.
 */
export function workerRestarter<Api extends RpcApi<Api>, W extends TerminableEndpoint>(first: W, create: () => W, client: () => RpcClient<Api>): WorkerRestarter<W> {
  let current = first;
  let restarts = 0;
  return {
    get current() {
      return current;
    },
    get restarts() {
      return restarts;
    },
    restart() {
      current.terminate();
      current = create();
      restarts++;
      client().reconnect(current);
    },
    dispose() {
      current.terminate();
    },
  };
}

import { createRpcClient, type RpcCallOptions, type RpcClient, type RpcEndpoint } from '../workers/rpc';
import type { AutoLayoutResult, LayoutGraph } from './elk-layout';

/** ELK (good, seconds on large schemas) or the quick layered layout (milliseconds). */
export type LayoutEngine = 'elk' | 'quick';

/** What the layout worker serves (see lib/workers/rpc.ts). */
export interface LayoutApi {
  layout(graph: LayoutGraph, engine: LayoutEngine): Promise<AutoLayoutResult>;
}

/** Calls the layout worker (workers/layout.worker.ts): a whole diagram laid out off the main thread. */
export class LayoutWorkerClient {
  /** The typed RPC client underneath (`rpc.reconnect(worker)` after a restart). */
  readonly rpc: RpcClient<LayoutApi>;

  constructor(worker: RpcEndpoint, options?: RpcCallOptions) {
    this.rpc = createRpcClient<LayoutApi>(worker, options);
  }

  /** Every node's top-left corner (and every group's frame); rejects with the worker's error message (an `RpcError`). */
  layout(graph: LayoutGraph, engine: LayoutEngine, options?: RpcCallOptions): Promise<AutoLayoutResult> {
    return this.rpc.call('layout', [graph, engine], options);
  }
}

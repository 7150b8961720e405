/// <reference lib="webworker" />
// Auto layout off the main thread: ELK on a 300-model schema takes seconds.
import ELK from 'elkjs/lib/elk.bundled.js';
import { autoLayout, type LayoutGraph } from '../lib/layout/elk-layout';
import { quickLayered } from '../lib/layout/quick-layered';
import type { LayoutApi } from '../lib/layout/worker-client';
import { handleRpcRequest, serveRpc, type RpcHandlers } from '../lib/workers/rpc';

const elk = new ELK();
const scope = self as unknown as DedicatedWorkerGlobalScope;

const handlers: RpcHandlers<LayoutApi> = {
  layout: (graph, engine) => autoLayout(graph, engine === 'quick' ? quickLayered : elk),
};

serveRpc<LayoutApi>(scope, handlers);

// The pre-RPC message `{ id, graph, engine }` (components/diagram/layout-service.ts posts it until it
// moves to LayoutWorkerClient); its response already had the RPC shape. Remove with that caller.
scope.addEventListener('message', (event: MessageEvent<{ id?: unknown; method?: unknown; graph?: LayoutGraph; engine?: 'elk' | 'quick' }>) => {
  const { id, method, graph, engine } = event.data ?? {};
  if (typeof id !== 'number' || method !== undefined || !graph) return;
  void handleRpcRequest(handlers, { id, method: 'layout', args: [graph, engine ?? 'elk'] }).then((response) => scope.postMessage(response));
});

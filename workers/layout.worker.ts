/// <reference lib="webworker" />
// Auto layout off the main thread: ELK on a 300-model schema takes seconds.
import ELK from 'elkjs/lib/elk.bundled.js';
import { autoLayout } from '../lib/layout/elk-layout';
import { quickLayered } from '../lib/layout/quick-layered';
import type { LayoutApi } from '../lib/layout/worker-client';
import { serveRpc, type RpcHandlers } from '../lib/workers/rpc';

const elk = new ELK();
const scope = self as unknown as DedicatedWorkerGlobalScope;

const handlers: RpcHandlers<LayoutApi> = {
  layout: (graph, engine) => autoLayout(graph, engine === 'quick' ? quickLayered : elk),
};

serveRpc<LayoutApi>(scope, handlers);


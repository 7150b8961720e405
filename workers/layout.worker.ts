/// <reference lib="webworker" />
// Auto layout off the main thread: ELK on a 300-model schema takes seconds.
import ELK from 'elkjs/lib/elk.bundled.js';
import { autoLayout, type LayoutGraph } from '../lib/layout/elk-layout';
import { quickLayered } from '../lib/layout/quick-layered';

const elk = new ELK();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', async (event: MessageEvent<{ id: number; graph: LayoutGraph; engine?: 'elk' | 'quick' }>) => {
  const { id, graph, engine } = event.data;
  try {
    const result = await autoLayout(graph, engine === 'quick' ? quickLayered : elk);
    scope.postMessage({ id, ok: true, result });
  } catch (e) {
    scope.postMessage({ id, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
});

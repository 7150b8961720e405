/// <reference lib="webworker" />
// ELK auto layout off the main thread: a 300-model layout takes longer than a frame.
import ELK from 'elkjs/lib/elk.bundled.js';
import { autoLayout, type LayoutGraph } from '../lib/layout/elk-layout';

const elk = new ELK();
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.addEventListener('message', async (event: MessageEvent<{ id: number; graph: LayoutGraph }>) => {
  const { id, graph } = event.data;
  try {
    const result = await autoLayout(graph, elk);
    scope.postMessage({ id, ok: true, result });
  } catch (e) {
    scope.postMessage({ id, ok: false, error: e instanceof Error ? e.message : String(e) });
  }
});

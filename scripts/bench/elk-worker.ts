/**
 * ELK auto layout in a child process (the app runs it in a web worker), so the benchmark can stop a
 * layout that runs too long instead of waiting for it. Receives one LayoutGraph, answers once.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { autoLayout, type LayoutGraph } from '../../lib/layout/elk-layout';

const elk = new ELK();

process.once('message', async (graph: LayoutGraph) => {
  const t0 = performance.now();
  try {
    const result = await autoLayout(graph, elk);
    process.send?.({ ok: true, ms: performance.now() - t0, placed: Object.keys(result.positions).length });
  } catch (e) {
    process.send?.({ ok: false, error: e instanceof Error ? e.message : String(e) });
  }
});

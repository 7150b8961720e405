import ELK from 'elkjs/lib/elk.bundled.js';
import { afterEach, describe, expect, it } from 'vitest';
import { serveRpc } from '../workers/rpc';
import { autoLayout, type LayoutGraph } from './elk-layout';
import { quickLayered } from './quick-layered';
import { LayoutWorkerClient, type LayoutApi } from './worker-client';

const graph: LayoutGraph = {
  nodes: [
    { id: 'User', width: 200, height: 120 },
    { id: 'Post', width: 200, height: 160 },
    { id: 'Role', width: 160, height: 80 },
  ],
  edges: [
    { id: 'r1', source: 'Post', target: 'User' },
    { id: 'r2', source: 'User', target: 'Role' },
  ],
};

/** The layout worker's handler behind a MessageChannel, as workers/layout.worker.ts serves it. */
function worker() {
  const { port1, port2 } = new MessageChannel();
  const elk = new ELK();
  const engines: string[] = [];
  serveRpc<LayoutApi>(port2, {
    layout: (g, engine) => {
      engines.push(engine);
      if (!g.nodes.length) throw new Error('Nothing to lay out');
      return autoLayout(g, engine === 'quick' ? quickLayered : elk);
    },
  });
  return { client: new LayoutWorkerClient(port1), engines, close: () => (port1.close(), port2.close()) };
}

describe('LayoutWorkerClient', () => {
  let close = () => {};
  afterEach(() => close());

  it('returns the positions the layout computes, with the engine asked for', async () => {
    const w = worker();
    close = w.close;
    const quick = await w.client.layout(graph, 'quick');
    expect(quick.positions).toEqual((await autoLayout(graph, quickLayered)).positions);
    const elk = await w.client.layout(graph, 'elk');
    expect(Object.keys(elk.positions).sort()).toEqual(['Post', 'Role', 'User']);
    expect(w.engines).toEqual(['quick', 'elk']);
  });

  it('rejects with the worker’s message', async () => {
    const w = worker();
    close = w.close;
    await expect(w.client.layout({ nodes: [], edges: [] }, 'elk')).rejects.toThrow('Nothing to lay out');
  });
});

import { describe, expect, it } from 'vitest';
import { autoLayout } from './elk-layout';
import { layoutNow, quickLayered } from './quick-layered';
import { rectsOverlap, LAYOUT_SPACING } from './place';
import { syntheticSchema } from '../../test-support/synthetic';
import { parseSchema } from '../schema/document';
import { toDiagram } from '../diagram/to-flow';
import { emptyLayout } from './layout-document';

describe('quickLayered', () => {
  it('puts linked boxes in successive layers, left to right', () => {
    const { children } = layoutNow({
      children: [
        { id: 'a', width: 100, height: 50 },
        { id: 'b', width: 100, height: 50 },
        { id: 'c', width: 100, height: 50 },
      ],
      edges: [
        { sources: ['a'], targets: ['b'] },
        { sources: ['b'], targets: ['c'] },
        { sources: ['c'], targets: ['a'] }, // a cycle is broken, not followed forever
      ],
    });
    const x = Object.fromEntries(children.map((c) => [c.id, c.x]));
    expect(x.a).toBeLessThan(x.b);
    expect(x.b).toBeLessThan(x.c);
  });

  it('lays out a 300-model schema through autoLayout without overlaps, quickly', async () => {
    const parsed = parseSchema(syntheticSchema(300).files);
    const graph = toDiagram(parsed, parsed.model, emptyLayout());
    const nodes = [...graph.nodes, ...graph.unplaced].map((n) => ({ id: n.id, width: n.width, height: n.height }));
    const edges = parsed.model.relations.map((r) => ({ id: r.id, source: r.from.model, target: r.to.model }));
    const { positions } = await autoLayout({ nodes, edges }, quickLayered);
    expect(Object.keys(positions)).toHaveLength(nodes.length);
    const rects = nodes.map((n) => ({ ...positions[n.id], width: n.width, height: n.height }));
    let overlaps = 0;
    for (let i = 0; i < rects.length; i++) for (let j = i + 1; j < rects.length; j++) if (rectsOverlap(rects[i], rects[j], LAYOUT_SPACING.minGap - 1)) overlaps++;
    expect(overlaps).toBe(0);
    const xs = rects.map((r) => r.x + r.width);
    const ys = rects.map((r) => r.y + r.height);
    const aspect = Math.max(...xs) / Math.max(...ys);
    expect(aspect).toBeGreaterThan(0.5);
    expect(aspect).toBeLessThan(4);
  });
});

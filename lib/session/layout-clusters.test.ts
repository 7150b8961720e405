import { describe, expect, it } from 'vitest';
import { syntheticSchema } from '@/test-support/synthetic';
import { clustersOf } from '../diagram/clusters';
import { boundsOf } from '../diagram/semantic-zoom';
import { toDiagram } from '../diagram/to-flow';
import { autoLayout } from '../layout/elk-layout';
import { emptyLayout } from '../layout/layout-document';
import { quickLayered } from '../layout/quick-layered';
import { parseSchema } from '../schema/document';
import { layoutEdges, layoutInput } from './layout';

/** A large schema without files or @@schema: auto layout groups it by relation clusters. */
describe('auto layout of a large diagram by clusters', () => {
  const parsed = parseSchema(syntheticSchema(300).files);
  const graph = toDiagram(parsed, parsed.model, emptyLayout());
  const nodes = [...graph.nodes, ...graph.unplaced];
  const edges = layoutEdges(parsed.model);

  it('groups every node by its cluster and packs the clusters', () => {
    const input = layoutInput(nodes, edges);
    expect(input.packGroups).toBe(true);
    const clusters = clustersOf({ nodes, edges }, null);
    for (const c of clusters) for (const m of c.members) expect(input.nodes.find((n) => n.id === m)!.group).toBe(c.key);
  });

  it('gives each cluster its own region, in a landscape block rather than a strip', async () => {
    const input = layoutInput(nodes, edges);
    const result = await autoLayout(input, quickLayered);
    const placed = input.nodes.map((n) => ({ id: n.id, group: n.group!, position: result.positions[n.id], width: n.width, height: n.height }));
    const all = boundsOf(placed);
    expect(all.width / all.height).toBeGreaterThan(0.7);
    expect(all.width / all.height).toBeLessThan(3);
    // Cluster boxes do not overlap one another.
    const boxes = [...new Set(placed.map((p) => p.group))].map((g) => boundsOf(placed.filter((p) => p.group === g)));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i];
        const b = boxes[j];
        const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
        expect(overlap).toBe(false);
      }
    }
  });

  it('leaves small diagrams and grouped ones as they are', () => {
    const few = nodes.slice(0, 20);
    expect(layoutInput(few, edges).packGroups).toBe(false);
    const grouped = nodes.map((n) => ({ ...n, group: 'schema.prisma' }));
    expect(layoutInput(grouped, edges).nodes.every((n) => n.group === 'schema.prisma')).toBe(true);
    expect(layoutInput(grouped, edges).packGroups).toBe(true);
  });
});

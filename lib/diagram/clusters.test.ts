import { describe, expect, it } from 'vitest';
import { syntheticSchema } from '@/test-support/synthetic';
import { parseSchema } from '../schema/document';
import { clustersOf, UNRELATED } from './clusters';

/** Two dense triangles joined by one edge, plus an isolated model. */
const nodes = ['A', 'B', 'C', 'X', 'Y', 'Z', 'Lonely'].map((id) => ({ id, group: null }));
const edges = [
  { source: 'A', target: 'B' }, { source: 'B', target: 'C' }, { source: 'C', target: 'A' }, { source: 'A', target: 'B' },
  { source: 'X', target: 'Y' }, { source: 'Y', target: 'Z' }, { source: 'Z', target: 'X' },
  { source: 'C', target: 'X' },
];

describe('clustersOf', () => {
  it('finds the communities of the relation graph and names each after its best-connected model', () => {
    const clusters = clustersOf({ nodes, edges }, null);
    const sets = clusters.map((c) => [...c.members].sort().join(','));
    expect(sets).toContain('A,B,C');
    expect(sets).toContain('X,Y,Z');
    const last = clusters[clusters.length - 1];
    expect(last.key).toBe(UNRELATED);
    expect(last.members).toEqual(['Lonely']);
    expect(clusters.find((c) => c.members.includes('A'))!.label).toMatch(/^[ABC] and related$/);
  });

  it('is deterministic', () => {
    expect(clustersOf({ nodes, edges }, null)).toEqual(clustersOf({ nodes, edges }, null));
  });

  it('uses the file or @@schema grouping when the schema has one', () => {
    const grouped = nodes.map((n, i) => ({ ...n, group: i < 3 ? 'auth.prisma' : 'billing.prisma' }));
    const clusters = clustersOf({ nodes: grouped, edges }, 'file');
    expect(clusters.map((c) => [c.label, c.members.length])).toEqual([['billing.prisma', 4], ['auth.prisma', 3]]);
  });

  it('puts every model of a 300-model schema in exactly one cluster, in a readable number of clusters', () => {
    const { files } = syntheticSchema(300);
    const parsed = parseSchema(files);
    const model = parsed.model;
    const clusterNodes = [...model.models, ...model.enums].map((m) => ({ id: m.name, group: null }));
    const relationEdges = model.relations.map((r) => ({ source: r.from.model, target: r.to.model }));
    const clusters = clustersOf({ nodes: clusterNodes, edges: relationEdges }, null);
    const all = clusters.flatMap((c) => c.members);
    expect(all.length).toBe(clusterNodes.length);
    expect(new Set(all).size).toBe(clusterNodes.length);
    expect(clusters.length).toBeGreaterThan(3);
    expect(clusters.length).toBeLessThan(60);
  });
});

import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import { seededRandom } from '../seeded-random';

/**
 * The groups a large diagram's overview shows: the file or `@@schema` grouping when the schema has
 * one, otherwise communities detected on the relation graph (Louvain modularity, seeded, so the
 * same schema always gives the same clusters). Each group is named after its best-connected model.
 */
export interface Cluster {
  key: string;
  label: string;
  /** Node ids, in the order given. */
  members: string[];
  /** The member with the most relations inside the cluster (the cluster's name). */
  hub: string;
}

export interface ClusterInput {
  nodes: ReadonlyArray<{ id: string; group: string | null; type?: string }>;
  edges: ReadonlyArray<{ source: string; target: string }>;
}

/** Isolated models (no relations) and tiny communities are put together under this key. */
export const UNRELATED = '(unrelated)';
/** Communities smaller than this join the unrelated ones rather than cluttering the overview. */
const MIN_CLUSTER = 2;

function degreesWithin(members: readonly string[], edges: ClusterInput['edges']): Map<string, number> {
  const inside = new Set(members);
  const degree = new Map<string, number>(members.map((m) => [m, 0]));
  for (const e of edges) {
    if (e.source === e.target || !inside.has(e.source) || !inside.has(e.target)) continue;
    degree.set(e.source, degree.get(e.source)! + 1);
    degree.set(e.target, degree.get(e.target)! + 1);
  }
  return degree;
}

function hubOf(members: readonly string[], edges: ClusterInput['edges']): string {
  const degree = degreesWithin(members, edges);
  return members.reduce((best, m) => (degree.get(m)! > degree.get(best)! ? m : best), members[0]);
}

/** Groups by the schema's own file/`@@schema` grouping when every node has one. */
function byGroup(input: ClusterInput): Map<string, string[]> | null {
  if (!input.nodes.length || input.nodes.some((n) => n.group === null)) return null;
  const groups = new Map<string, string[]>();
  for (const n of input.nodes) groups.set(n.group!, [...(groups.get(n.group!) ?? []), n.id]);
  return groups;
}

/** Louvain communities on the relation graph (enums join the cluster of the models that use them). */
function byCommunity(input: ClusterInput): Map<string, string[]> {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const n of input.nodes) graph.addNode(n.id);
  for (const e of input.edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    if (graph.hasEdge(e.source, e.target)) graph.updateEdgeAttribute(e.source, e.target, 'weight', (w: number | undefined) => (w ?? 1) + 1);
    else graph.addEdge(e.source, e.target, { weight: 1 });
  }
  const communities = graph.size ? louvain(graph, { rng: seededRandom(42), getEdgeWeight: 'weight' }) : {};
  const groups = new Map<string, string[]>();
  for (const n of input.nodes) {
    const c = graph.degree(n.id) > 0 && n.id in communities ? `c${communities[n.id]}` : UNRELATED;
    groups.set(c, [...(groups.get(c) ?? []), n.id]);
  }
  for (const [key, members] of [...groups]) {
    if (key !== UNRELATED && members.length < MIN_CLUSTER) {
      groups.delete(key);
      groups.set(UNRELATED, [...(groups.get(UNRELATED) ?? []), ...members]);
    }
  }
  return groups;
}

export function clustersOf(input: ClusterInput, by: 'file' | 'schema' | null): Cluster[] {
  const grouped = (by && byGroup(input)) || byCommunity(input);
  const clusters = [...grouped.entries()].map(([key, members]) => {
    const hub = hubOf(members, input.edges);
    const label = by === 'file' ? key : by === 'schema' ? `schema ${key}` : key === UNRELATED ? 'Models without relations' : `${hub} and related`;
    return { key: by ? key : key === UNRELATED ? UNRELATED : `cluster:${hub}`, label, members, hub };
  });
  // Largest first, the unrelated ones last: the order a reader scans the overview's list in.
  return clusters.sort((a, b) => Number(a.key === UNRELATED) - Number(b.key === UNRELATED) || b.members.length - a.members.length || a.label.localeCompare(b.label));
}

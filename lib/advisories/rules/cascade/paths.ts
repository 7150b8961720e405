/**
 * Internally disjoint paths between two nodes: paths that share no node but their ends. Two paths
 * that split at `from` and meet first at `to` are one fact; paths that only differ further up or down
 * (through a common node) are the same fact seen from elsewhere.
 *
 * Max flow with unit node capacities (each inner node split into in → out), Edmonds–Karp. Returns the
 * paths as node lists, shortest first; parallel edges between the same two nodes count once.
 */
export function disjointPaths(from: string, to: string, next: (node: string) => readonly string[]): string[][] {
  const IN = (n: string) => `${n}\u0000in`;
  const OUT = (n: string) => `${n}\u0000out`;
  const capacity = new Map<string, Map<string, number>>();
  const add = (u: string, v: string) => {
    if (!capacity.has(u)) capacity.set(u, new Map());
    if (!capacity.has(v)) capacity.set(v, new Map());
    capacity.get(u)!.set(v, 1);
    if (!capacity.get(v)!.has(u)) capacity.get(v)!.set(u, 0);
  };
  // The part of the graph reachable from `from` without passing through `to`.
  const seen = new Set([from]);
  const queue = [from];
  for (let i = 0; i < queue.length; i++) {
    const u = queue[i];
    if (u !== from) add(IN(u), OUT(u));
    for (const v of next(u)) {
      if (v === u || v === from) continue;
      add(OUT(u), v === to ? to : IN(v));
      if (v !== to && !seen.has(v)) {
        seen.add(v);
        queue.push(v);
      }
    }
  }
  const source = OUT(from);
  if (!capacity.has(source) || !capacity.has(to)) return [];
  // Augment along shortest residual paths until none is left.
  for (;;) {
    const prev = new Map<string, string>([[source, source]]);
    const q = [source];
    for (let i = 0; i < q.length && !prev.has(to); i++) {
      for (const [v, c] of capacity.get(q[i])!) {
        if (c > 0 && !prev.has(v)) {
          prev.set(v, q[i]);
          q.push(v);
        }
      }
    }
    if (!prev.has(to)) break;
    for (let v = to; v !== source; v = prev.get(v)!) {
      const u = prev.get(v)!;
      capacity.get(u)!.set(v, capacity.get(u)!.get(v)! - 1);
      capacity.get(v)!.set(u, capacity.get(v)!.get(u)! + 1);
    }
  }
  // Read the paths off the saturated edges (an edge carries flow when its reverse gained capacity).
  const used = (u: string, v: string) => (capacity.get(v)?.get(u) ?? 0) > 0 && u.endsWith('\u0000out') && (v === to || v.endsWith('\u0000in'));
  const paths: string[][] = [];
  for (const [v] of capacity.get(source)!) {
    if (!used(source, v)) continue;
    const path = [from];
    let at = v;
    while (at !== to) {
      const node = at.slice(0, -'\u0000in'.length);
      path.push(node);
      const out = OUT(node);
      at = [...capacity.get(out)!.keys()].find((w) => used(out, w))!;
    }
    path.push(to);
    paths.push(path);
  }
  return paths.sort((a, b) => a.length - b.length);
}

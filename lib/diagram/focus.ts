import type { SchemaModel } from '../schema/model';

/**
 * The models within `hops` relations of `start` (enums used by them count as one hop away), for
 * focus mode on large schemas. Map from name to distance; `start` itself is at 0.
 */
export function neighbourhood(model: SchemaModel, start: string, hops: number): Map<string, number> {
  const adjacent = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (!adjacent.has(a)) adjacent.set(a, new Set());
    if (!adjacent.has(b)) adjacent.set(b, new Set());
    adjacent.get(a)!.add(b);
    adjacent.get(b)!.add(a);
  };
  for (const r of model.relations) link(r.from.model, r.to.model);
  const enums = new Set(model.enums.map((e) => e.name));
  for (const m of [...model.models, ...model.views, ...model.composites]) {
    for (const f of m.fields) if (enums.has(f.type) || (f.kind === 'object' && model.composites.some((c) => c.name === f.type))) link(m.name, f.type);
  }
  const distance = new Map<string, number>([[start, 0]]);
  let frontier = [start];
  for (let d = 1; d <= hops && frontier.length; d++) {
    const next: string[] = [];
    for (const name of frontier) {
      for (const other of adjacent.get(name) ?? []) {
        if (distance.has(other)) continue;
        distance.set(other, d);
        next.push(other);
      }
    }
    frontier = next;
  }
  return distance;
}

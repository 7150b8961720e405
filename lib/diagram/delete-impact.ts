import { CascadeGraph, describeDeleteImpact } from '../advisories/cascade-graph';
import type { SchemaModel } from '../schema/model';

export type ImpactRole = 'origin' | 'cascade' | 'set-null' | 'blocked';

/** What "Show delete impact" paints: each involved model and relation with its part, and the summary sentence. */
export interface DeleteImpactView {
  model: string;
  nodes: Map<string, { role: ImpactRole; depth: number }>;
  /** By relation id (the diagram's edge id). */
  edges: Map<string, ImpactRole>;
  summary: string;
}

export function deleteImpactView(model: SchemaModel, name: string): DeleteImpactView | null {
  if (!model.models.some((m) => m.name === name)) return null;
  const impact = new CascadeGraph(model).deleteImpact(name);
  const nodes = new Map<string, { role: ImpactRole; depth: number }>([[name, { role: 'origin', depth: 0 }]]);
  const edges = new Map<string, ImpactRole>();
  for (const [child, { depth, via }] of impact.cascaded) {
    // Implicit join tables (`_AToB`) have no node: their rows go with the m:n edge.
    if (!via.joinTable) nodes.set(child, { role: 'cascade', depth });
    edges.set(via.relation.id, 'cascade');
  }
  // Every cascade edge between deleted models is part of the delete, not only the first path found.
  const gone = new Set([name, ...impact.cascaded.keys()]);
  for (const target of gone) {
    for (const r of model.relations) {
      if (r.kind === 'm:n' && (r.from.model === target || r.to.model === target)) edges.set(r.id, 'cascade');
      else if (r.to.model === target && gone.has(r.from.model) && r.onDelete.action === 'Cascade') edges.set(r.id, 'cascade');
    }
  }
  for (const e of impact.setNull) {
    if (!nodes.has(e.child)) nodes.set(e.child, { role: 'set-null', depth: 0 });
    edges.set(e.relation.id, 'set-null');
  }
  for (const e of impact.blockedBy) {
    if (!nodes.has(e.child)) nodes.set(e.child, { role: 'blocked', depth: 0 });
    edges.set(e.relation.id, 'blocked');
  }
  return { model: name, nodes, edges, summary: describeDeleteImpact(impact) };
}

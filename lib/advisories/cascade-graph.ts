import type { RelationInfo, SchemaModel } from '../schema/model';
import { stronglyConnected } from './graph';

/**
 * The delete graph of a schema: one edge per foreign key, from the referenced (parent) model to the
 * model holding the key (child), with the action PostgreSQL will run when a parent row is deleted.
 * Implicit many-to-many relations add their hidden join table `_<Name>` with two Cascade edges.
 */
export interface DeleteEdge {
  parent: string;
  child: string;
  /** The effective action (written, or Prisma's default). */
  onDelete: string;
  onUpdate: string;
  explicit: boolean;
  /** The relation behind the edge (for an implicit join table, the m:n relation). */
  relation: RelationInfo;
  /** The FK field on the child (`Post.author`); null for a join table edge. */
  field: string | null;
  /** The FK scalars (`authorId`); the join table's `A`/`B` column otherwise. */
  columns: string[];
  /** Every FK scalar is required (a row cannot exist without its parent). */
  allRequired: boolean;
  joinTable: boolean;
}

export interface DeleteImpact {
  model: string;
  /** Models whose rows a delete removes, with the cascade depth (1 = direct child) and the path that reaches them. */
  cascaded: Map<string, { depth: number; via: DeleteEdge }>;
  /** Edges whose child rows are kept with the key set to NULL (or to its default): from the model or a cascaded one, into a table that is not cascaded. */
  setNull: DeleteEdge[];
  /**
   * Edges that make the delete fail while child rows exist: Restrict/NoAction into the model or into a
   * cascaded one. When the edge's child is itself deleted (the model or a cascaded one, see
   * `isMixedBlock`), it blocks only when rows outside this delete reference the deleted ones.
   */
  blockedBy: DeleteEdge[];
  /** Cascade edges that lead back into the model (a self-relation or a cycle): other rows of its own table go too. */
  recursive: DeleteEdge[];
}

export class CascadeGraph {
  readonly edges: DeleteEdge[] = [];
  private readonly byParent = new Map<string, DeleteEdge[]>();
  private readonly byChild = new Map<string, DeleteEdge[]>();
  private readonly impacts = new Map<string, DeleteImpact>();
  readonly nodes: string[];

  constructor(model: SchemaModel) {
    const names = new Set(model.models.map((m) => m.name));
    const byName = new Map(model.models.map((m) => [m.name, m]));
    for (const r of model.relations) {
      if (!names.has(r.from.model) || !names.has(r.to.model)) continue;
      if (r.kind === 'm:n') {
        const table = `_${r.name ?? [r.from.model, r.to.model].sort().join('To')}`;
        names.add(table);
        for (const [side, column] of [
          [r.from.model, 'A'],
          [r.to.model, 'B'],
        ] as const) {
          this.add({ parent: side, child: table, onDelete: 'Cascade', onUpdate: 'Cascade', explicit: true, relation: r, field: null, columns: [column], allRequired: true, joinTable: true });
        }
        continue;
      }
      if (!r.from.fields.length) continue;
      const child = byName.get(r.from.model);
      const scalars = r.from.fields.map((f) => child?.fields.find((x) => x.name === f));
      this.add({
        parent: r.to.model,
        child: r.from.model,
        onDelete: String(r.onDelete.action),
        onUpdate: String(r.onUpdate.action),
        explicit: r.onDelete.explicit,
        relation: r,
        field: r.from.field,
        columns: r.from.fields,
        allRequired: scalars.every((f) => !!f && !f.optional),
        joinTable: false,
      });
    }
    this.nodes = [...names];
  }

  private add(edge: DeleteEdge) {
    this.edges.push(edge);
    push(this.byParent, edge.parent, edge);
    push(this.byChild, edge.child, edge);
  }

  children(model: string): readonly DeleteEdge[] {
    return this.byParent.get(model) ?? [];
  }

  parents(model: string): readonly DeleteEdge[] {
    return this.byChild.get(model) ?? [];
  }

  /** What deleting one row of `model` does, breadth first over Cascade edges. Cached per graph. */
  deleteImpact(model: string): DeleteImpact {
    const cached = this.impacts.get(model);
    if (cached) return cached;
    const cascaded = new Map<string, { depth: number; via: DeleteEdge }>();
    const order = [model];
    for (let i = 0; i < order.length; i++) {
      const name = order[i];
      const depth = cascaded.get(name)?.depth ?? 0;
      for (const e of this.children(name)) {
        if (e.onDelete !== 'Cascade' || e.child === model || cascaded.has(e.child)) continue;
        cascaded.set(e.child, { depth: depth + 1, via: e });
        order.push(e.child);
      }
    }
    const setNull: DeleteEdge[] = [];
    const blockedBy: DeleteEdge[] = [];
    const recursive: DeleteEdge[] = [];
    // Every table the delete removes rows from (the model first), and what their other children do.
    for (const name of order) {
      for (const e of this.children(name)) {
        if (e.onDelete === 'Cascade') {
          if (e.child === model) recursive.push(e);
        } else if (e.onDelete === 'SetNull' || e.onDelete === 'SetDefault') {
          // Into the model itself too: deleting a tree node nulls its children's parent key. Into a
          // cascaded table, the rows mostly go anyway, so it is not listed.
          if (!cascaded.has(e.child)) setNull.push(e);
        } else if (e.onDelete === 'Restrict' || e.onDelete === 'NoAction') {
          blockedBy.push(e);
        }
      }
    }
    const impact: DeleteImpact = { model, cascaded, setNull, blockedBy, recursive };
    this.impacts.set(model, impact);
    return impact;
  }

  /** The models whose delete cascades into `model` (every A with `model` in A's cascaded set), nearest first. */
  cascadeAncestors(model: string): string[] {
    const out: string[] = [];
    const seen = new Set([model]);
    for (let i = -1; i < out.length; i++) {
      const name = i < 0 ? model : out[i];
      for (const e of this.parents(name)) {
        if (e.onDelete !== 'Cascade' || seen.has(e.parent)) continue;
        seen.add(e.parent);
        out.push(e.parent);
      }
    }
    return out;
  }

  /** Groups of models that reach each other over edges passing `keep`; self-loops are groups of one with `self: true`. */
  cycles(keep: (edge: DeleteEdge) => boolean): Array<{ models: string[]; self: boolean; edges: DeleteEdge[] }> {
    const next = (n: string) => this.children(n).filter(keep).map((e) => e.child);
    const out: Array<{ models: string[]; self: boolean; edges: DeleteEdge[] }> = [];
    for (const component of stronglyConnected(this.nodes, next)) {
      const inside = new Set(component);
      const edges = component.flatMap((n) => this.children(n).filter((e) => keep(e) && inside.has(e.child)));
      if (component.length > 1) out.push({ models: component, self: false, edges });
      else if (edges.length) out.push({ models: component, self: true, edges });
    }
    return out;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The delete removes the blocking edge's child rows too (its model or a cascaded one): it fails only for rows outside it. */
export function isMixedBlock(impact: DeleteImpact, edge: DeleteEdge): boolean {
  return edge.child === impact.model || impact.cascaded.has(edge.child);
}

/** The chain of models the cascade takes from the deleted model to `target` (`['Workspace', 'Task', 'TaskTag']`); empty when not reached. */
export function cascadeChain(impact: DeleteImpact, target: string): string[] {
  const chain: string[] = [];
  for (let name = target; impact.cascaded.has(name); name = impact.cascaded.get(name)!.via.parent) chain.unshift(name);
  return chain.length ? [impact.model, ...chain] : [];
}

/** The greatest cascade depth (1 = only direct children; 0 when nothing cascades). */
export function maxDepth(impact: DeleteImpact): number {
  let max = 0;
  for (const { depth } of impact.cascaded.values()) max = Math.max(max, depth);
  return max;
}

/**
 * "Deleting one Workspace deletes rows in 5 tables: …; sets Task.assigneeId to NULL; blocked while
 * rows exist in Invoice.projectId (Restrict)."
 */
export function describeDeleteImpact(impact: DeleteImpact): string {
  const parts: string[] = [];
  const names = [...impact.cascaded.keys()];
  parts.push(
    names.length
      ? `Deleting one ${impact.model} deletes rows in ${names.length} ${names.length === 1 ? 'table' : 'tables'}: ${names.join(', ')}`
      : `Deleting one ${impact.model} deletes no other rows`,
  );
  if (impact.recursive.length) parts.push(`also deletes other ${impact.model} rows through ${impact.recursive.map(edgeLabel).join(', ')}, recursively`);
  const toNull = impact.setNull.filter((e) => e.onDelete === 'SetNull');
  const toDefault = impact.setNull.filter((e) => e.onDelete !== 'SetNull');
  if (toNull.length) parts.push(`sets ${toNull.map(edgeLabel).join(', ')} to NULL`);
  if (toDefault.length) parts.push(`sets ${toDefault.map(edgeLabel).join(', ')} to ${toDefault.length === 1 ? 'its' : 'their'} default`);
  const action = (e: DeleteEdge) => `${edgeLabel(e)} (${e.onDelete}${e.explicit ? '' : ', Prisma default'})`;
  const hard = impact.blockedBy.filter((e) => !isMixedBlock(impact, e));
  const mixed = impact.blockedBy.filter((e) => isMixedBlock(impact, e));
  if (hard.length) parts.push(`blocked while rows exist in ${hard.map(action).join(', ')}`);
  if (mixed.length) parts.push(`blocked when rows outside this delete reference deleted rows through ${mixed.map(action).join(', ')}`);
  return parts.join('; ') + '.';
}

export function edgeLabel(e: DeleteEdge): string {
  return `${e.child}.${e.columns.join('+')}`;
}

import { layoutNow } from '../layout/quick-layered';
import { placeNewNodes, type PlacedRect } from '../layout/place';
import type { LayoutDocument, Point } from '../layout/layout-document';
import { NODE_METRICS, nodeWidth } from '../diagram/metrics';
import { typeLabel } from '../diagram/to-flow';
import type { EnumInfo, ModelInfo, RelationInfo, SchemaModel } from '../schema/model';
import { diffSchemas, type BlockDiff, type Change, type PropertyChange, type SchemaDiff } from './diff';

/**
 * "Compare versions" draws one diagram holding both versions: every model, view, composite type and
 * enum of either, each marked added, removed, changed or unchanged; fields and enum values likewise,
 * with before → after per changed property; relations added, removed or changed. Pure: two semantic
 * models (and their layouts) in, nodes and edges with positions out, for any renderer.
 */
export type Status = Change | 'unchanged';

export interface UnionField {
  name: string;
  status: Status;
  /** The type as drawn (`String?`, `Post[]`; for an enum value, its `@map` or ''), from the newer side when it has the field. */
  type: string;
  /** For `changed`: what differs, e.g. `type String → Int`. */
  properties: PropertyChange[];
}

export interface UnionNode {
  id: string;
  kind: 'model' | 'view' | 'type' | 'enum';
  status: Status;
  fields: UnionField[];
  /** Block-level changes (`@@index`, `@@map`, …) of a changed block. */
  properties: PropertyChange[];
  position: Point;
  width: number;
  height: number;
  /** `Model User: changed`; an unchanged block keeps the designer's own name, `Model User`. */
  ariaLabel: string;
}

export interface UnionEdge {
  id: string;
  source: string;
  target: string;
  status: Status;
  /** `1:n · Cascade`, the newer side's when the relation exists there. */
  label: string;
  /** The sides facing each other (a self-relation loops on the right). */
  sourceSide: 'L' | 'R';
  targetSide: 'L' | 'R';
  ariaLabel: string;
}

export interface UnionDiagram {
  nodes: UnionNode[];
  edges: UnionEdge[];
  diff: SchemaDiff;
}

export interface UnionInput {
  before: SchemaModel;
  after: SchemaModel;
  /** Computed from the two models when not given. */
  diff?: SchemaDiff;
  beforeLayout?: LayoutDocument | null;
  afterLayout?: LayoutDocument | null;
}

const KIND_NAME = { model: 'Model', view: 'View', type: 'Type', enum: 'Enum' } as const;

/** One line per changed property under a changed field (and under the header for block changes). */
export const DETAIL_HEIGHT = 18;

type Block = ModelInfo | EnumInfo;
const blocksOf = (s: SchemaModel): Block[] => [...s.models, ...s.views, ...s.composites, ...s.enums];
const kindOf = (b: Block): UnionNode['kind'] => ('kind' in b ? b.kind : 'enum');

function rowsOf(b: Block): Array<{ name: string; type: string }> {
  return 'fields' in b ? b.fields.map((f) => ({ name: f.name, type: typeLabel(f) })) : b.values.map((v) => ({ name: v.name, type: v.dbName ? `"${v.dbName}"` : '' }));
}

/** Rows of both sides in the newer order, each removed row right after the row it followed before. */
function unionFields(before: Block | undefined, after: Block | undefined, diff: BlockDiff | undefined, status: Status): UnionField[] {
  const changes = new Map((diff?.fields ?? []).map((f) => [f.name, f]));
  const fieldStatus = (name: string): Status => (status === 'added' || status === 'removed' ? status : (changes.get(name)?.change ?? 'unchanged'));
  const old = before ? rowsOf(before) : [];
  const now = after ? rowsOf(after) : [];
  const out: UnionField[] = now.map((r) => ({ name: r.name, status: fieldStatus(r.name), type: r.type, properties: changes.get(r.name)?.properties ?? [] }));
  const present = new Set(now.map((r) => r.name));
  if (!after) return old.map((r) => ({ name: r.name, status: 'removed', type: r.type, properties: [] }));
  let at = 0;
  for (const r of old) {
    if (present.has(r.name)) {
      at = out.findIndex((f) => f.name === r.name) + 1;
      continue;
    }
    out.splice(at++, 0, { name: r.name, status: 'removed', type: r.type, properties: [] });
  }
  return out;
}

const detailLines = (n: Pick<UnionNode, 'fields' | 'properties'>) => n.fields.filter((f) => f.properties.length).length + (n.properties.length ? 1 : 0);

function sizeOf(id: string, kind: UnionNode['kind'], fields: UnionField[], properties: PropertyChange[]): { width: number; height: number } {
  const rows = fields.map((f) => ({ name: f.name, type: f.type, markers: 1 }));
  const details = [...fields.flatMap((f) => (f.properties.length ? [formatChanges(f.properties)] : [])), formatChanges(properties)];
  const widest = Math.max(0, ...details.map((d) => d.length * 6.2 + 24));
  const width = Math.round(Math.min(NODE_METRICS.maxWidth, Math.max(nodeWidth(id, kind === 'model' ? '' : kind, rows), widest)));
  const m = NODE_METRICS;
  return { width, height: m.headerHeight + Math.max(fields.length, 1) * m.rowHeight + detailLines({ fields, properties }) * DETAIL_HEIGHT + m.bottomPadding };
}

/** `type String → Int · default — → 0`. */
export function formatChanges(properties: readonly PropertyChange[]): string {
  return properties.map((p) => `${p.property} ${p.before || '—'} → ${p.after || '—'}`).join(' · ');
}

const has = (positions: Record<string, Point> | undefined, name: string) => !!positions && Object.prototype.hasOwnProperty.call(positions, name);

/** Positions from the newer layout, else the older one; the rest placed beside their neighbours (or laid out from scratch). */
function placeNodes(nodes: UnionNode[], edges: UnionEdge[], beforeLayout: LayoutDocument | null | undefined, afterLayout: LayoutDocument | null | undefined): void {
  const placed: Record<string, PlacedRect> = Object.create(null) as Record<string, PlacedRect>;
  const missing: UnionNode[] = [];
  for (const n of nodes) {
    const p = n.status !== 'removed' && has(afterLayout?.positions, n.id) ? afterLayout!.positions[n.id] : has(beforeLayout?.positions, n.id) ? beforeLayout!.positions[n.id] : has(afterLayout?.positions, n.id) ? afterLayout!.positions[n.id] : null;
    if (p) {
      n.position = { x: p.x, y: p.y };
      placed[n.id] = { x: p.x, y: p.y, width: n.width, height: n.height };
    } else missing.push(n);
  }
  if (!missing.length) return;
  const layoutEdges = edges.map((e) => ({ id: e.id, source: e.source, target: e.target }));
  if (missing.length === nodes.length) {
    const { children } = layoutNow({ children: nodes.map((n) => ({ id: n.id, width: n.width, height: n.height })), edges: edges.map((e) => ({ sources: [e.source], targets: [e.target] })) });
    const at = new Map(children.map((c) => [c.id, c]));
    for (const n of nodes) n.position = { x: at.get(n.id)?.x ?? 0, y: at.get(n.id)?.y ?? 0 };
    return;
  }
  const positions = placeNewNodes(placed, missing.map((n) => ({ id: n.id, width: n.width, height: n.height })), layoutEdges);
  for (const n of missing) n.position = positions[n.id] ?? { x: 0, y: 0 };
}

const actionText = (r: RelationInfo) => (r.kind === 'm:n' ? 'm:n' : `${r.kind} · ${r.onDelete.action}${r.onDelete.explicit ? '' : ' (default)'}`);
const relationSig = (r: RelationInfo) => [r.kind, r.from.model, r.from.fields.join(','), r.to.model, r.to.fields.join(','), r.onDelete.action, r.onUpdate.action, String(r.required)].join('|');

function unionEdges(before: SchemaModel, after: SchemaModel): UnionEdge[] {
  const old = new Map(before.relations.map((r) => [r.id, r]));
  const now = new Map(after.relations.map((r) => [r.id, r]));
  const out: UnionEdge[] = [];
  const add = (r: RelationInfo, status: Status) => {
    const base = `Relation ${r.from.model}.${r.from.field} to ${r.to.model}${r.to.field ? `.${r.to.field}` : ''}, ${actionText(r).replace(' · ', ', on delete ')}`;
    out.push({ id: r.id, source: r.from.model, target: r.to.model, status, label: actionText(r), sourceSide: 'R', targetSide: 'L', ariaLabel: status === 'unchanged' ? base : `${base}: ${status}` });
  };
  for (const r of after.relations) {
    const o = old.get(r.id);
    add(r, !o ? 'added' : relationSig(o) === relationSig(r) ? 'unchanged' : 'changed');
  }
  for (const r of before.relations) if (!now.has(r.id)) add(r, 'removed');
  return out;
}

function orientEdges(nodes: UnionNode[], edges: UnionEdge[]): void {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const e of edges) {
    const s = byId.get(e.source);
    const t = byId.get(e.target);
    if (!s || !t) continue;
    const leftToRight = s.position.x + s.width / 2 <= t.position.x + t.width / 2;
    [e.sourceSide, e.targetSide] = s === t ? ['R', 'R'] : leftToRight ? ['R', 'L'] : ['L', 'R'];
  }
}

/** The union diagram of two versions (blocks of the newer version in its order, then the removed ones). */
export function unionDiagram(input: UnionInput): UnionDiagram {
  const { before, after } = input;
  const diff = input.diff ?? diffSchemas(before, after);
  const changes = new Map(diff.blocks.map((b) => [b.name, b]));
  const old = new Map(blocksOf(before).map((b) => [b.name, b]));
  const now = new Map(blocksOf(after).map((b) => [b.name, b]));
  const names = [...now.keys(), ...[...old.keys()].filter((n) => !now.has(n))];
  const nodes: UnionNode[] = names.map((id) => {
    const a = old.get(id);
    const b = now.get(id);
    const change = changes.get(id);
    const status: Status = !a ? 'added' : !b ? 'removed' : (change?.change ?? 'unchanged');
    const kind = kindOf((b ?? a)!);
    const fields = unionFields(a, b, change, status);
    const properties = status === 'changed' ? (change?.properties ?? []) : [];
    const label = `${KIND_NAME[kind]} ${id}`;
    return { id, kind, status, fields, properties, position: { x: 0, y: 0 }, ...sizeOf(id, kind, fields, properties), ariaLabel: status === 'unchanged' ? label : `${label}: ${status}` };
  });
  const present = new Set(names);
  const edges = unionEdges(before, after).filter((e) => present.has(e.source) && present.has(e.target));
  placeNodes(nodes, edges, input.beforeLayout, input.afterLayout);
  orientEdges(nodes, edges);
  return { nodes, edges, diff };
}

/** Names linked to `name` by a relation, or by a field typed with it (enums, composite types). */
function neighbours(u: UnionDiagram): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const link = (a: string, b: string) => {
    if (a === b) return;
    (out.get(a) ?? out.set(a, new Set()).get(a)!).add(b);
    (out.get(b) ?? out.set(b, new Set()).get(b)!).add(a);
  };
  for (const e of u.edges) link(e.source, e.target);
  const ids = new Set(u.nodes.map((n) => n.id));
  for (const n of u.nodes) {
    for (const f of n.fields) {
      const type = f.type.replace(/[[\]?]/g, '');
      if (type !== n.id && ids.has(type)) link(n.id, type);
    }
  }
  return out;
}

/** "Changes and neighbours only": the blocks that changed and those one link away from one, and the edges among them. */
export function changesAndNeighbours(u: UnionDiagram): UnionDiagram {
  const keep = new Set(u.nodes.filter((n) => n.status !== 'unchanged').map((n) => n.id));
  const links = neighbours(u);
  for (const id of [...keep]) for (const other of links.get(id) ?? []) keep.add(other);
  return { ...u, nodes: u.nodes.filter((n) => keep.has(n.id)), edges: u.edges.filter((e) => keep.has(e.source) && keep.has(e.target)) };
}

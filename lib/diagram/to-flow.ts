import type { LayoutDocument } from '../layout/layout-document';
import type { ParsedSchema } from '../schema/document';
import type { EffectiveAction, EnumInfo, FieldInfo, ModelInfo, RelationInfo, SchemaModel } from '../schema/model';
import { groupKeyFor, groupingOf, type Grouping } from './groups';
import { nodeHeight, nodeWidth } from './metrics';

/** Marks on a field row: primary key, foreign key, unique, default, @updatedAt, @ignore. */
export type FieldMarker = 'pk' | 'fk' | 'unique' | 'default' | 'updatedAt' | 'ignored';

export interface FieldRow {
  name: string;
  /** As written: `String?`, `Post[]`, `Unsupported("circle")`. */
  type: string;
  kind: FieldInfo['kind'];
  markers: FieldMarker[];
  defaultText: string | null;
  dbName: string | null;
  nativeType: string | null;
  docs: string;
  /** A relation edge ends at this row, so it needs connection points (most rows do not: fewer DOM nodes). */
  anchor?: boolean;
}

export interface ModelNodeData extends Record<string, unknown> {
  kind: 'model' | 'view' | 'type';
  name: string;
  dbName: string | null;
  schema: string | null;
  file: string;
  docs: string;
  ignored: boolean;
  rows: FieldRow[];
  /** Drawn with its key fields only (primary, foreign and unique keys); how many fields are hidden. */
  collapsed?: { hidden: number };
}

/** The handle an edge uses when its field is hidden in a collapsed node: the header. */
export const HEADER_HANDLE = '@header';

export interface EnumNodeData extends Record<string, unknown> {
  kind: 'enum';
  name: string;
  dbName: string | null;
  schema: string | null;
  file: string;
  docs: string;
  values: Array<{ name: string; dbName: string | null }>;
}

export interface DiagramNode {
  id: string;
  type: 'model' | 'enum';
  position: { x: number; y: number };
  width: number;
  height: number;
  data: ModelNodeData | EnumNodeData;
  ariaLabel: string;
  /** The group frame the node is drawn in (file or @@schema), if any. */
  group: string | null;
  /** Changes whenever anything the node draws changes; equal signatures mean the node can be reused. */
  sig: string;
}

export interface RelationEdgeData extends Record<string, unknown> {
  kind: RelationInfo['kind'];
  name: string | null;
  label: string;
  onDelete: EffectiveAction;
  onUpdate: EffectiveAction;
  required: boolean;
  incomplete: string | null;
  from: string;
  to: string;
}

export interface DiagramEdge {
  id: string;
  source: string;
  target: string;
  sourceHandle: string;
  targetHandle: string;
  type: 'relation';
  data: RelationEdgeData;
  ariaLabel: string;
  sig: string;
}

export interface DiagramGraph {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
  /** Names that have no position yet (new models): the caller places them. */
  unplaced: DiagramNode[];
  grouping: Grouping;
}

/** The text of a field's type as written. */
export function typeLabel(f: FieldInfo): string {
  const base = f.unsupported !== null ? `Unsupported(${JSON.stringify(f.unsupported)})` : f.type;
  return base + (f.list ? '[]' : '') + (f.optional ? '?' : '');
}

function row(model: ModelInfo, f: FieldInfo): FieldRow {
  const markers: FieldMarker[] = [];
  if (model.primaryKey?.includes(f.name)) markers.push('pk');
  if (f.isForeignKey) markers.push('fk');
  if (f.isUnique || model.uniques.some((u) => u.fields.length === 1 && u.fields[0] === f.name)) markers.push('unique');
  if (f.default !== null) markers.push('default');
  if (f.isUpdatedAt) markers.push('updatedAt');
  if (f.ignored) markers.push('ignored');
  return { name: f.name, type: typeLabel(f), kind: f.kind, markers, defaultText: f.default, dbName: f.dbName, nativeType: f.nativeType, docs: f.docs };
}

function modelNodeData(m: ModelInfo, collapsed: boolean, anchors: ReadonlySet<string> | undefined): ModelNodeData {
  const rows = m.fields.map((f) => (anchors?.has(f.name) ? { ...row(m, f), anchor: true } : row(m, f)));
  const data: ModelNodeData = { kind: m.kind, name: m.name, dbName: m.dbName, schema: m.schema, file: m.file, docs: m.docs, ignored: m.ignored, rows };
  if (!collapsed) return data;
  const keys = rows.filter((r) => r.markers.some((k) => k === 'pk' || k === 'fk' || k === 'unique'));
  return { ...data, rows: keys, collapsed: { hidden: rows.length - keys.length } };
}

function enumNodeData(e: EnumInfo): EnumNodeData {
  return { kind: 'enum', name: e.name, dbName: e.dbName, schema: e.schema, file: e.file, docs: e.docs, values: e.values.map((v) => ({ name: v.name, dbName: v.dbName })) };
}

/** Width and height of a node as drawn (see metrics.ts). */
export function nodeSize(data: ModelNodeData | EnumNodeData): { width: number; height: number } {
  const subtitle = data.dbName ?? '';
  const hasDocs = !!data.docs;
  if (data.kind === 'enum') {
    const rows = data.values.map((v) => ({ name: v.name, type: v.dbName ? `"${v.dbName}"` : '', markers: 0 }));
    return { width: nodeWidth(data.name, subtitle + ' enum', rows), height: nodeHeight(rows.length, hasDocs) };
  }
  const rows = data.rows.map((r) => ({ name: r.name + (r.dbName ? ` ${r.dbName}` : ''), type: r.type, markers: r.markers.length }));
  const kindLabel = data.kind === 'model' ? '' : ` ${data.kind}`;
  // A collapsed node has one more line saying how many fields are hidden.
  const lines = rows.length + (data.collapsed ? 1 : 0);
  return { width: nodeWidth(data.name, subtitle + kindLabel, rows), height: nodeHeight(lines, hasDocs) };
}

const ACCESSIBLE_KIND = { model: 'Model', view: 'View', type: 'Type', enum: 'Enum' } as const;

/**
 * Turns the schema into diagram nodes and edges. Pure; `previous` lets unchanged nodes and edges keep
 * their object identity so the canvas only re-renders what changed.
 */
export function toDiagram(parsed: ParsedSchema, model: SchemaModel, layout: LayoutDocument, previous?: DiagramGraph | null): DiagramGraph {
  const grouping = groupingOf(parsed, model);
  const prevNodes = new Map((previous?.nodes ?? []).map((n) => [n.id, n]));
  const prevUnplaced = new Map((previous?.unplaced ?? []).map((n) => [n.id, n]));
  const texts = new Map(parsed.files.map((f) => [f.path, f.text]));
  const nodes: DiagramNode[] = [];
  const unplaced: DiagramNode[] = [];

  const collapsedNames = new Set(layout.collapsed ?? []);
  const anchors = anchorFields(model);
  const add = (info: ModelInfo | EnumInfo, type: 'model' | 'enum') => {
    const pos = Object.hasOwn(layout.positions, info.name) ? layout.positions[info.name] : undefined;
    const group = groupKeyFor(grouping, info);
    const blockText = texts.get(info.file)?.slice(info.block.line.start, info.block.line.end) ?? '';
    // field kinds depend on other blocks (e.g. an enum turned into a model recolours the row)
    const kinds = 'fields' in info ? info.fields.map((f) => f.kind).join(',') : '';
    const collapsed = type === 'model' && collapsedNames.has(info.name);
    const anchorKey = [...(anchors.get(info.name) ?? [])].join(',');
    const sig = `${group}\u0000${pos ? `${pos.x},${pos.y}` : '-'}\u0000${blockText}\u0000${kinds}\u0000${collapsed ? 'c' : ''}\u0000${anchorKey}`;
    const prev = prevNodes.get(info.name) ?? prevUnplaced.get(info.name);
    let node: DiagramNode;
    if (prev && prev.sig === sig) node = prev;
    else {
      const data = type === 'enum' ? enumNodeData(info as EnumInfo) : modelNodeData(info as ModelInfo, collapsed, anchors.get(info.name));
      const kind = data.kind;
      node = { id: info.name, type, position: pos ?? { x: 0, y: 0 }, ...nodeSize(data), data, ariaLabel: `${ACCESSIBLE_KIND[kind]} ${info.name}`, group, sig };
    }
    (pos ? nodes : unplaced).push(node);
  };
  for (const m of model.models) add(m, 'model');
  for (const v of model.views) add(v, 'model');
  for (const c of model.composites) add(c, 'model');
  for (const e of model.enums) add(e, 'enum');

  const placed = new Map(nodes.map((n) => [n.id, n]));
  const prevEdges = new Map((previous?.edges ?? []).map((e) => [e.id, e]));
  const edges: DiagramEdge[] = [];
  for (const r of model.relations) {
    const s = placed.get(r.from.model);
    const t = placed.get(r.to.model);
    if (!s || !t) continue;
    const edge = relationEdge(r, s, t);
    const prev = prevEdges.get(edge.id);
    edges.push(prev && prev.sig === edge.sig ? prev : edge);
  }
  return { nodes, edges, unplaced, grouping };
}

/** The fields relation edges attach to, per model: foreign keys, referenced keys, relation fields, primary keys. */
function anchorFields(model: SchemaModel): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (m: string, f: string | null | undefined) => {
    if (!f) return;
    let set = out.get(m);
    if (!set) out.set(m, (set = new Set()));
    set.add(f);
  };
  for (const r of model.relations) {
    add(r.from.model, r.from.fields[0] ?? r.from.field);
    add(r.to.model, r.to.fields[0] ?? r.to.field);
  }
  for (const m of [...model.models, ...model.views, ...model.composites]) for (const k of m.primaryKey ?? []) add(m.name, k);
  return out;
}

function actionLabel(a: EffectiveAction): string {
  return a.explicit ? a.action : `${a.action} (default)`;
}

/** Edges run from the foreign-key field to the referenced field, on the sides facing each other. */
function relationEdge(r: RelationInfo, source: DiagramNode, target: DiagramNode): DiagramEdge {
  const shown = (node: DiagramNode, field: string) => node.data.kind === 'enum' || (node.data as ModelNodeData).rows.some((x) => x.name === field);
  let fromField = r.from.fields[0] ?? r.from.field;
  let toField = r.to.fields[0] ?? r.to.field ?? (target.data.kind === 'enum' ? '' : ((target.data as ModelNodeData).rows.find((x) => x.markers.includes('pk'))?.name ?? ''));
  if (!shown(source, fromField)) fromField = HEADER_HANDLE;
  if (!shown(target, toField)) toField = HEADER_HANDLE;
  const sCenter = source.position.x + source.width / 2;
  const tCenter = target.position.x + target.width / 2;
  let sSide: 'L' | 'R';
  let tSide: 'L' | 'R';
  if (r.self || source === target) {
    sSide = 'R';
    tSide = 'R';
  } else if (sCenter <= tCenter) {
    sSide = 'R';
    tSide = 'L';
  } else {
    sSide = 'L';
    tSide = 'R';
  }
  const label = r.kind === 'm:n' ? 'm:n' : `${r.kind} · ${actionLabel(r.onDelete)}`;
  const ariaLabel =
    `Relation ${r.from.model}.${r.from.field} to ${r.to.model}${r.to.field ? `.${r.to.field}` : ''}, ${r.kind}` +
    (r.kind === 'm:n' ? '' : `, on delete ${actionLabel(r.onDelete)}, on update ${actionLabel(r.onUpdate)}`);
  const data: RelationEdgeData = {
    kind: r.kind,
    name: r.name,
    label,
    onDelete: r.onDelete,
    onUpdate: r.onUpdate,
    required: r.required,
    incomplete: r.incomplete,
    from: `${r.from.model}.${r.from.field}`,
    to: `${r.to.model}${r.to.field ? `.${r.to.field}` : ''}`,
  };
  const sourceHandle = `${fromField}:${sSide}:s`;
  const targetHandle = `${toField}:${tSide}:t`;
  const sig = [sourceHandle, targetHandle, label, ariaLabel, r.incomplete ?? '', String(r.required)].join('\u0000');
  return { id: r.id, source: source.id, target: target.id, sourceHandle, targetHandle, type: 'relation', data, ariaLabel, sig };
}

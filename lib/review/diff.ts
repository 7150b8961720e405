import type { EnumInfo, FieldInfo, IndexInfo, ModelInfo, SchemaModel } from '../schema/model';

/**
 * What changed between two versions of a schema, for "Compare versions": models (and views,
 * composite types) and enums added, removed or changed; within a changed model, each field
 * added, removed or changed with before → after per property (type, optional/list, default,
 * attributes, relation actions). Pure: two semantic models in, a plain description out. Blocks are
 * matched by name, so a rename shows as one removed and one added block.
 */
export type Change = 'added' | 'removed' | 'changed';

export interface PropertyChange {
  property: string;
  before: string;
  after: string;
}

export interface FieldDiff {
  name: string;
  change: Change;
  /** The field as written before/after, e.g. `email String? @unique` (absent when added/removed). */
  before?: string;
  after?: string;
  /** For `changed`: each property that differs. */
  properties: PropertyChange[];
}

export interface BlockDiff {
  kind: 'model' | 'view' | 'type' | 'enum';
  name: string;
  change: Change;
  /** Block-level properties: `@@map`, `@@schema`, primary key, uniques, indexes, `@@ignore`. */
  properties: PropertyChange[];
  /** Fields of a model, or values of an enum (with `before`/`after` as written). */
  fields: FieldDiff[];
}

export interface SchemaDiff {
  blocks: BlockDiff[];
  /** Names of the blocks present in both versions and identical. */
  unchanged: string[];
}

const attr = (on: boolean, text: string) => (on ? [text] : []);

/** The field's attributes other than its default and relation, in a fixed order. */
function attributes(f: FieldInfo): string {
  return [
    ...attr(f.isId, '@id'), ...attr(f.isUnique, '@unique'), ...attr(f.isUpdatedAt, '@updatedAt'),
    ...attr(f.dbName !== null, `@map("${f.dbName}")`), ...attr(f.nativeType !== null, `@db.${f.nativeType}`), ...attr(f.ignored, '@ignore'),
  ].join(' ');
}

const typeOf = (f: FieldInfo) => `${f.type === 'Unsupported' && f.unsupported ? `Unsupported("${f.unsupported}")` : f.type}${f.list ? '[]' : ''}`;
const relationOf = (f: FieldInfo) => {
  const r = f.relation;
  if (!r) return '';
  const parts = [r.name ? `"${r.name}"` : '', r.fields ? `fields: [${r.fields.join(', ')}]` : '', r.references ? `references: [${r.references.join(', ')}]` : ''];
  return parts.filter(Boolean).join(', ');
};

function fieldProperties(f: FieldInfo): Record<string, string> {
  return {
    type: typeOf(f),
    optional: f.optional ? 'optional' : 'required',
    default: f.default ?? '',
    attributes: attributes(f),
    relation: relationOf(f),
    onDelete: f.relation?.onDelete ?? '',
    onUpdate: f.relation?.onUpdate ?? '',
  };
}

/** `email String? @unique @default("x")`-style one-line rendering. */
export function describeField(f: FieldInfo): string {
  const p = fieldProperties(f);
  const rel = f.relation ? `@relation(${[p.relation, p.onDelete && `onDelete: ${p.onDelete}`, p.onUpdate && `onUpdate: ${p.onUpdate}`].filter(Boolean).join(', ')})` : '';
  return [`${f.name} ${p.type}${f.optional ? '?' : ''}`, p.attributes, p.default && `@default(${p.default})`, rel].filter(Boolean).join(' ');
}

function compare(before: Record<string, string>, after: Record<string, string>): PropertyChange[] {
  const out: PropertyChange[] = [];
  for (const property of Object.keys(after)) {
    if ((before[property] ?? '') !== after[property]) out.push({ property, before: before[property] ?? '', after: after[property] });
  }
  return out;
}

const indexText = (i: IndexInfo) => `[${i.fields.join(', ')}]${i.name ? ` ${i.name}` : ''}${i.type ? ` ${i.type}` : ''}`;

function modelProperties(m: ModelInfo): Record<string, string> {
  return {
    map: m.dbName ?? '',
    schema: m.schema ?? '',
    primaryKey: m.primaryKey ? `[${m.primaryKey.join(', ')}]` : '',
    uniques: m.uniques.map(indexText).sort().join('; '),
    indexes: m.indexes.map(indexText).sort().join('; '),
    ignored: m.ignored ? 'ignored' : '',
  };
}

function diffByName<T extends { name: string }>(before: T[], after: T[], diffOne: (a: T, b: T) => Omit<FieldDiff, 'name' | 'change'> | null, show: (t: T) => string): FieldDiff[] {
  const old = new Map(before.map((x) => [x.name, x]));
  const now = new Map(after.map((x) => [x.name, x]));
  const out: FieldDiff[] = [];
  for (const b of after) {
    const a = old.get(b.name);
    if (!a) out.push({ name: b.name, change: 'added', after: show(b), properties: [] });
    else {
      const d = diffOne(a, b);
      if (d) out.push({ name: b.name, change: 'changed', ...d });
    }
  }
  for (const a of before) if (!now.has(a.name)) out.push({ name: a.name, change: 'removed', before: show(a), properties: [] });
  return out;
}

function diffModel(a: ModelInfo, b: ModelInfo): BlockDiff | null {
  const fields = diffByName(a.fields, b.fields, (fa, fb) => {
    const properties = compare(fieldProperties(fa), fieldProperties(fb));
    return properties.length ? { before: describeField(fa), after: describeField(fb), properties } : null;
  }, describeField);
  const properties = compare(modelProperties(a), modelProperties(b));
  return fields.length || properties.length ? { kind: b.kind, name: b.name, change: 'changed', properties, fields } : null;
}

function diffEnum(a: EnumInfo, b: EnumInfo): BlockDiff | null {
  const show = (v: EnumInfo['values'][number]) => (v.dbName ? `${v.name} @map("${v.dbName}")` : v.name);
  const fields = diffByName(a.values, b.values, (va, vb) => {
    const properties = compare({ map: va.dbName ?? '' }, { map: vb.dbName ?? '' });
    return properties.length ? { before: show(va), after: show(vb), properties } : null;
  }, show);
  const properties = compare({ map: a.dbName ?? '', schema: a.schema ?? '' }, { map: b.dbName ?? '', schema: b.schema ?? '' });
  return fields.length || properties.length ? { kind: 'enum', name: b.name, change: 'changed', properties, fields } : null;
}

function wholeBlock(kind: BlockDiff['kind'], name: string, change: 'added' | 'removed', fields: string[]): BlockDiff {
  return { kind, name, change, properties: [], fields: fields.map((f) => ({ name: f.split(' ')[0], change, ...(change === 'added' ? { after: f } : { before: f }), properties: [] })) };
}

/** The differences from `before` to `after` (blocks in `after`'s order, then the removed ones). */
export function diffSchemas(before: SchemaModel, after: SchemaModel): SchemaDiff {
  const blocks: BlockDiff[] = [];
  const unchanged: string[] = [];
  const modelsOf = (s: SchemaModel) => [...s.models, ...s.views, ...s.composites];
  const oldModels = new Map(modelsOf(before).map((m) => [m.name, m]));
  const newModels = new Map(modelsOf(after).map((m) => [m.name, m]));
  for (const m of modelsOf(after)) {
    const old = oldModels.get(m.name);
    if (!old) blocks.push(wholeBlock(m.kind, m.name, 'added', m.fields.map(describeField)));
    else {
      const d = diffModel(old, m);
      if (d) blocks.push(d);
      else unchanged.push(m.name);
    }
  }
  const oldEnums = new Map(before.enums.map((e) => [e.name, e]));
  const newEnums = new Map(after.enums.map((e) => [e.name, e]));
  for (const e of after.enums) {
    const old = oldEnums.get(e.name);
    if (!old) blocks.push(wholeBlock('enum', e.name, 'added', e.values.map((v) => v.name)));
    else {
      const d = diffEnum(old, e);
      if (d) blocks.push(d);
      else unchanged.push(e.name);
    }
  }
  for (const m of modelsOf(before)) if (!newModels.has(m.name)) blocks.push(wholeBlock(m.kind, m.name, 'removed', m.fields.map(describeField)));
  for (const e of before.enums) if (!newEnums.has(e.name)) blocks.push(wholeBlock('enum', e.name, 'removed', e.values.map((v) => v.name)));
  return { blocks, unchanged };
}

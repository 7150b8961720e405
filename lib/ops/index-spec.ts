import type { AttributeNode, BlockAttributeNode, BlockNode, Value } from '../schema/ast';
import type { ParsedSchema } from '../schema/document';
import type { ModelInfo } from '../schema/model';
import { isPostgres } from '../schema/provider';
import { blockAttributeFieldList, quote, type ModelLocation } from './shared';

/** What the index editor edits: one `@@index(…)` or `@@unique(…)`. */
export type IndexKind = 'index' | 'unique';

export const INDEX_TYPES = ['BTree', 'Hash', 'Gist', 'Gin', 'SpGist', 'Brin'] as const;
export type IndexType = (typeof INDEX_TYPES)[number];

export interface IndexFieldSpec {
  name: string;
  sort?: 'Asc' | 'Desc';
  /** MySQL: a prefix length (`String`/`Bytes` only). */
  length?: number;
  /** PostgreSQL operator class as written: `JsonbPathOps` or `raw("gin_trgm_ops")`. */
  ops?: string;
}

export interface IndexSpec {
  kind: IndexKind;
  fields: IndexFieldSpec[];
  type?: IndexType;
  /** The constraint's name in the database. */
  map?: string;
  /** `@@unique` only: the name of the compound unique in Prisma Client. */
  name?: string;
}

// ---------------------------------------------------------------- the text form of a field list

const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*$/;
const IDENT = /^[A-Za-z][A-Za-z0-9_]*$/;
const RAW_OPS = /^raw\(\s*("(?:[^"\\]|\\.)*")\s*\)$/;

/** Splits at commas outside parentheses, brackets and strings. */
function splitTopLevel(text: string): string[] | null {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') {
      if (--depth < 0) return null;
    } else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  if (depth !== 0 || inString) return null;
  parts.push(text.slice(start));
  return parts;
}

/**
 * Parses the form's text for a field list: `a, b(sort: Desc), c(length: 10)`; surrounding `[ ]` are
 * accepted too. Sort values are case-insensitive (`desc` → `Desc`).
 */
export function parseIndexFields(input: string): { ok: true; fields: IndexFieldSpec[] } | { ok: false; error: string } {
  let text = input.trim();
  if (text.startsWith('[') && text.endsWith(']')) text = text.slice(1, -1).trim();
  if (!text) return { ok: false, error: 'List at least one field' };
  const items = splitTopLevel(text);
  if (!items) return { ok: false, error: 'Unbalanced parentheses or quotes in the field list' };
  const fields: IndexFieldSpec[] = [];
  for (const raw of items) {
    const item = raw.trim();
    if (!item) return { ok: false, error: 'An empty item in the field list (two commas in a row?)' };
    const m = /^([^()\s]+)\s*(?:\((.*)\))?$/s.exec(item);
    if (!m || !FIELD_NAME.test(m[1])) return { ok: false, error: `\`${item}\` is not a field: write \`name\` or \`name(sort: Desc)\`` };
    const field: IndexFieldSpec = { name: m[1] };
    if (m[2] !== undefined && m[2].trim()) {
      const args = splitTopLevel(m[2]);
      if (!args) return { ok: false, error: `Cannot read the options of \`${m[1]}\`` };
      for (const arg of args) {
        const a = /^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$/s.exec(arg);
        if (!a) return { ok: false, error: `\`${arg.trim()}\` is not an option: write \`sort: Desc\`, \`length: 10\` or \`ops: …\`` };
        const [, key, value] = a;
        if (key in field) return { ok: false, error: `\`${key}\` is given twice for \`${m[1]}\`` };
        if (key === 'sort') {
          const sort = value.toLowerCase() === 'asc' ? 'Asc' : value.toLowerCase() === 'desc' ? 'Desc' : null;
          if (!sort) return { ok: false, error: `sort is \`Asc\` or \`Desc\`, not \`${value}\`` };
          field.sort = sort;
        } else if (key === 'length') {
          if (!/^[1-9][0-9]*$/.test(value)) return { ok: false, error: `length is a positive whole number, not \`${value}\`` };
          field.length = Number(value);
        } else if (key === 'ops') {
          if (!IDENT.test(value) && !RAW_OPS.test(value)) return { ok: false, error: `ops is an operator class (\`JsonbPathOps\`) or \`raw("…")\`, not \`${value}\`` };
          field.ops = value;
        } else {
          return { ok: false, error: `Unknown option \`${key}\` for \`${m[1]}\`: use sort, length or ops` };
        }
      }
    }
    fields.push(field);
  }
  return { ok: true, fields };
}

/** One field of a list as Prisma writes it: `a`, `b(sort: Desc)`, `c(ops: JsonbPathOps)`. */
export function formatIndexField(field: IndexFieldSpec): string {
  const args = [
    field.sort ? `sort: ${field.sort}` : null,
    field.length !== undefined ? `length: ${field.length}` : null,
    field.ops ? `ops: ${field.ops}` : null,
  ].filter(Boolean);
  return args.length ? `${field.name}(${args.join(', ')})` : field.name;
}

/** The form's text for a field list: `a, b(sort: Desc)`. */
export function formatIndexFields(fields: readonly IndexFieldSpec[]): string {
  return fields.map(formatIndexField).join(', ');
}

/** `@@index([a, b(sort: Desc)], type: Gin, map: "x")`, `@@unique([a, b], name: "ab", map: "x")`. */
export function renderIndex(spec: IndexSpec): string {
  const args = [
    `[${formatIndexFields(spec.fields)}]`,
    spec.kind === 'unique' && spec.name ? `name: ${quote(spec.name)}` : null,
    spec.type ? `type: ${spec.type}` : null,
    spec.map ? `map: ${quote(spec.map)}` : null,
  ].filter(Boolean);
  return `@@${spec.kind}(${args.join(', ')})`;
}

/** `gin` → `Gin`; null when the value is not an index type Prisma knows. */
export function normalizeIndexType(value: string): IndexType | null {
  const v = value.trim().toLowerCase();
  return INDEX_TYPES.find((t) => t.toLowerCase() === v) ?? null;
}

// ---------------------------------------------------------------- reading what is written

function argValue(attribute: AttributeNode, name: string): Value | undefined {
  return (attribute.args ?? []).find((a) => a.name === name)?.value;
}

/** The fields of a list value, each with its `sort`, `length` and `ops` as written. */
export function readIndexFieldItems(text: string, items: readonly Value[]): IndexFieldSpec[] {
  const out: IndexFieldSpec[] = [];
  for (const item of items) {
    if (item.kind === 'string') out.push({ name: item.value });
    if (item.kind !== 'call') continue;
    out.push(readFieldOptions(text, item.name, item.args ?? []));
  }
  return out;
}

function readFieldOptions(text: string, name: string, args: readonly { name: string | null; value: Value }[]): IndexFieldSpec {
  const field: IndexFieldSpec = { name };
  for (const a of args) {
    if (a.name === 'sort' && a.value.kind === 'call' && (a.value.name === 'Asc' || a.value.name === 'Desc')) field.sort = a.value.name;
    else if (a.name === 'length' && a.value.kind === 'number') field.length = Number(a.value.raw);
    else if (a.name === 'ops') field.ops = text.slice(a.value.range.start, a.value.range.end);
  }
  return field;
}

/** The spec of a written `@@index(…)`/`@@unique(…)`; null for other attributes. */
export function readIndexAttribute(text: string, attribute: AttributeNode): IndexSpec | null {
  if (!attribute.block || (attribute.name !== 'index' && attribute.name !== 'unique')) return null;
  const spec: IndexSpec = { kind: attribute.name, fields: readIndexFieldItems(text, blockAttributeFieldList(attribute)?.items ?? []) };
  const type = argValue(attribute, 'type');
  if (type?.kind === 'call' && (INDEX_TYPES as readonly string[]).includes(type.name)) spec.type = type.name as IndexType;
  const map = argValue(attribute, 'map');
  if (map?.kind === 'string') spec.map = map.value;
  // `name:` on `@@index` is a Prisma 2 leftover that Prisma still accepts; only `@@unique`'s counts
  const name = attribute.name === 'unique' ? argValue(attribute, 'name') : undefined;
  if (name?.kind === 'string') spec.name = name.value;
  return spec;
}

/** Sort, length and ops of a field-level `@id(…)`/`@unique(…)`. */
export function readFieldAttributeOptions(text: string, field: string, attribute: AttributeNode): IndexFieldSpec {
  return readFieldOptions(text, field, attribute.args ?? []);
}

/** The model's `@@index`/`@@unique` lines in order: what the `index` argument of the index ops counts. */
export function indexAttributes(block: BlockNode): BlockAttributeNode[] {
  return block.members.filter((m): m is BlockAttributeNode => m.kind === 'blockAttribute' && (m.attribute.name === 'index' || m.attribute.name === 'unique'));
}

// ---------------------------------------------------------------- checks shared by the index ops

/** A fresh spec from a form's values (no checks against a model yet). */
export function buildIndexSpec(input: { kind?: string; fields: string; type?: string; map?: string; name?: string }): IndexSpec | string {
  const kind = input.kind ?? 'index';
  if (kind !== 'index' && kind !== 'unique') return `\`${kind}\` is not an index kind: use index or unique`;
  const parsed = parseIndexFields(input.fields);
  if (!parsed.ok) return parsed.error;
  const spec: IndexSpec = { kind, fields: parsed.fields };
  if (input.type?.trim()) {
    const type = normalizeIndexType(input.type);
    if (!type) return `\`${input.type.trim()}\` is not an index type: use ${INDEX_TYPES.join(', ')}`;
    spec.type = type;
  }
  if (input.map?.trim()) spec.map = input.map.trim();
  if (input.name?.trim()) spec.name = input.name.trim();
  return spec;
}

const GIN_OK = (f: { type: string; list: boolean; kind: string }) => f.list || f.type === 'Json' || f.kind === 'unsupported';
const GIST_OK = (f: { type: string; list: boolean; kind: string }) => f.list || f.type === 'String' || f.kind === 'unsupported';

/**
 * Null when the spec can stand in the model as written (`except`: the attribute it replaces); else
 * why not. Checks what Prisma would reject where it can tell: unknown and relation fields, options the
 * connector lacks, index types that do not fit the fields, and clashes with the model's other indexes.
 */
export function checkIndexSpec(schema: ParsedSchema, loc: ModelLocation, spec: IndexSpec, except?: AttributeNode): string | null {
  const model = loc.info;
  const provider = schema.model.datasource?.provider ?? null;
  const postgres = isPostgres(provider);
  if (!spec.fields.length) return 'List at least one field';
  const seen = new Set<string>();
  for (const f of spec.fields) {
    const base = f.name.split('.')[0];
    const field = model.fields.find((x) => x.name === base);
    if (!field) return `\`${model.name}\` has no field called \`${base}\``;
    if (field.kind === 'object') return `\`${base}\` is a relation field; index its foreign key instead`;
    if (f.name !== base && field.kind !== 'composite') return `\`${base}\` is not a composite type; \`${f.name}\` does not exist`;
    if (seen.has(f.name)) return `\`${f.name}\` is listed twice`;
    if (spec.kind === 'unique' && spec.fields.length > 1 && field.kind === 'composite') return `Prisma does not support composite types in compound unique constraints; leave out \`${f.name}\``;
    seen.add(f.name);
    if (f.length !== undefined) {
      if (provider !== 'mysql') return 'length: is only supported on MySQL';
      if (field.type !== 'String' && field.type !== 'Bytes') return `length: only applies to String and Bytes fields, and \`${base}\` is ${field.type}`;
    }
    if (f.ops) {
      if (spec.kind === 'unique') return 'Operator classes (ops:) can only be set on @@index';
      if (!postgres) return 'Operator classes (ops:) are only supported on PostgreSQL';
      const type = spec.type ?? 'BTree';
      if (!RAW_OPS.test(f.ops) && (type === 'BTree' || type === 'Hash')) return `The operator class \`${f.ops}\` needs a Gin, Gist, SpGist or Brin index; use raw("…") for a ${type} operator class`;
    }
  }
  if (spec.type) {
    if (spec.kind === 'unique') return '@@unique takes no index type; only @@index has type:';
    const cockroach = provider === 'cockroachdb';
    if (!postgres && !(cockroach && (spec.type === 'BTree' || spec.type === 'Gin'))) {
      return `Index types (type: ${spec.type}) are only supported on PostgreSQL${cockroach ? ' (CockroachDB has BTree and Gin)' : ''}`;
    }
    // an operator class decides what the field needs; Prisma checks those
    const fields = spec.fields.filter((f) => !f.ops).map((f) => model.fields.find((x) => x.name === f.name.split('.')[0])!);
    if (spec.type === 'Hash' && spec.fields.some((f) => f.sort)) return 'Hash indexes do not support sort:';
    if (spec.type === 'SpGist' && spec.fields.length > 1) return 'SpGist indexes cover a single field';
    const unfit =
      spec.type === 'Gin' ? fields.find((f) => !GIN_OK(f)) : spec.type === 'Gist' || spec.type === 'SpGist' ? fields.find((f) => !GIST_OK(f)) : spec.type === 'Brin' ? fields.find((f) => f.type === 'Json') : undefined;
    if (unfit) return `A ${spec.type} index does not support \`${unfit.name}\` (${unfit.type}${unfit.list ? '[]' : ''})`;
  }
  if (spec.map !== undefined && !spec.map) return 'The constraint name (map) cannot be empty';
  if (spec.name !== undefined && spec.kind === 'index') return 'Only @@unique takes name:';
  if (spec.name !== undefined && !IDENT.test(spec.name)) return `\`${spec.name}\` is not a valid name for a compound unique: use letters, digits and underscores`;

  // the same kind on the same fields already exists
  const names = spec.fields.map((f) => f.name);
  const same = (list: readonly string[]) => list.length === names.length && list.every((n, i) => n === names[i]);
  const others = indexAttributes(loc.block).filter((m) => m.attribute !== except && m.attribute.name === spec.kind);
  const text = loc.file.text;
  const clash = others.find((m) => same((readIndexAttribute(text, m.attribute)?.fields ?? []).map((f) => f.name)));
  if (clash) return `\`${model.name}\` already has ${text.slice(clash.attribute.range.start, clash.attribute.range.end)}`;
  if (spec.kind === 'unique' && names.length === 1 && model.fields.some((f) => f.name === names[0] && f.isUnique)) {
    return `\`${names[0]}\` is already @unique`;
  }
  if (spec.kind === 'unique' && spec.name && model.uniques.some((u) => u.attribute !== except && stringArg(u.attribute, 'name') === spec.name)) {
    return `\`${model.name}\` already has a compound unique called \`${spec.name}\``;
  }
  if (spec.map) {
    const owner = constraintNameOwner(schema, loc, spec.map, except);
    if (owner) return `The constraint name "${spec.map}" is already used by ${owner}`;
  }
  return null;
}

function stringArg(attribute: AttributeNode, name: string): string | null {
  const v = argValue(attribute, name);
  return v?.kind === 'string' ? v.value : null;
}

/**
 * Who already uses a constraint name, as Prisma sees it: explicit `map:` names and the default names
 * (`Table_a_b_idx`, `_key`, `_pkey`) of indexes, uniques and primary keys, across the schema on
 * PostgreSQL (one namespace per database schema) and within the model elsewhere.
 */
function constraintNameOwner(schema: ParsedSchema, loc: ModelLocation, name: string, except?: AttributeNode): string | null {
  const global = isPostgres(schema.model.datasource?.provider) || schema.model.datasource?.provider === 'cockroachdb';
  const models = global ? schema.model.models.filter((m) => m.schema === loc.info.schema) : [loc.info];
  for (const model of models) {
    for (const [constraint, attribute] of constraintNames(model)) {
      if (attribute !== except && constraint === name) return `a constraint of \`${model.name}\``;
    }
  }
  return null;
}

function constraintNames(model: ModelInfo): Array<[string, AttributeNode]> {
  const table = model.dbName ?? model.name;
  const column = (field: string) => {
    const f = model.fields.find((x) => x.name === field);
    return f?.dbName ?? field;
  };
  const out: Array<[string, AttributeNode]> = [];
  const add = (attribute: AttributeNode, fields: readonly string[], suffix: string) => {
    out.push([stringArg(attribute, 'map') ?? `${table}_${fields.map(column).join('_')}_${suffix}`, attribute]);
  };
  for (const f of model.fields) {
    for (const a of f.node.attributes) {
      if (a.name === 'id') add(a, [f.name], 'pkey');
      if (a.name === 'unique') add(a, [f.name], 'key');
    }
  }
  for (const m of model.block.members) {
    if (m.kind !== 'blockAttribute') continue;
    const a = m.attribute;
    const fields = (blockAttributeFieldList(a)?.items ?? []).flatMap((i) => (i.kind === 'call' ? [i.name] : []));
    if (a.name === 'id') out.push([stringArg(a, 'map') ?? `${table}_pkey`, a]);
    if (a.name === 'unique') add(a, fields, 'key');
    if (a.name === 'index') add(a, fields, 'idx');
  }
  return out;
}

/**
 * Why a `@@unique` cannot go (or stop being unique, or change fields): a relation's `references:`
 * names exactly its fields and no other unique criteria of the model covers them, or it is the model's
 * only unique criteria (Prisma needs one with required fields). Null when it can.
 */
export function uniqueRemovalProblem(schema: ParsedSchema, loc: ModelLocation, attribute: AttributeNode): string | null {
  const model = loc.info;
  const spec = readIndexAttribute(loc.file.text, attribute);
  if (!spec || spec.kind !== 'unique') return null;
  const fields = spec.fields.map((f) => f.name);
  const sameSet = (list: readonly string[]) => list.length === fields.length && list.every((n) => fields.includes(n));
  const otherCriteria: string[][] = [];
  if (model.primaryKey) otherCriteria.push(model.primaryKey);
  for (const f of model.fields) if (f.isUnique) otherCriteria.push([f.name]);
  for (const u of model.uniques) if (u.attribute !== attribute) otherCriteria.push(u.fields);

  for (const other of [...schema.model.models, ...schema.model.views]) {
    for (const f of other.fields) {
      const refs = f.kind === 'object' && f.type === model.name ? f.relation?.references : null;
      if (refs && sameSet(refs) && !otherCriteria.some(sameSet)) {
        return `The relation \`${other.name}.${f.name}\` references [${refs.join(', ')}], which needs this unique constraint`;
      }
    }
  }
  for (const f of model.fields) {
    const fks = f.kind === 'object' ? f.relation?.fields : null;
    if (!fks || !sameSet(fks) || otherCriteria.some(sameSet)) continue;
    const relation = schema.model.relations.find((r) => r.from.model === model.name && r.from.field === f.name);
    if (relation?.kind === '1:1') return `The one-to-one relation \`${model.name}.${f.name}\` needs its foreign key [${fks.join(', ')}] to stay unique`;
  }
  if (model.kind === 'model' && !model.ignored) {
    const required = (name: string) => {
      const f = model.fields.find((x) => x.name === name);
      return !!f && !f.optional;
    };
    const had = fields.length > 0 && fields.every(required);
    if (had && !otherCriteria.some((l) => l.length > 0 && l.every(required))) {
      return `This is the only unique criteria of \`${model.name}\`; Prisma needs one (add an @id or another unique first)`;
    }
  }
  return null;
}

import { fieldListValue, findArg } from './attributes';
import type { ModelInfo, SchemaModel } from './model';

/**
 * The parts of Prisma's datamodel (`get_datamodel`, the `datamodel` of `get_dmmf`) that Schema
 * Canvas reads: enough to compare our scanner with Prisma and to draw a diagram from Prisma alone.
 */
export interface DmmfField {
  name: string;
  kind: 'scalar' | 'object' | 'enum' | 'unsupported' | string;
  type: string;
  isList: boolean;
  isRequired: boolean;
  isId?: boolean;
  isUnique?: boolean;
  isUpdatedAt?: boolean;
  hasDefaultValue?: boolean;
  default?: unknown;
  dbName?: string | null;
  nativeType?: [string, string[]] | null;
  relationName?: string;
  relationFromFields?: string[];
  relationToFields?: string[];
  relationOnDelete?: string;
  relationOnUpdate?: string;
  documentation?: string;
}
export interface DmmfModel {
  name: string;
  dbName?: string | null;
  schema?: string | null;
  documentation?: string;
  fields: DmmfField[];
  primaryKey?: { name: string | null; fields: string[] } | null;
}
export interface DmmfEnum {
  name: string;
  dbName?: string | null;
  documentation?: string;
  values: Array<{ name: string; dbName?: string | null; documentation?: string }>;
}
export interface DmmfIndex {
  model: string;
  type: 'id' | 'unique' | 'normal' | 'fulltext' | string;
  isDefinedOnField?: boolean;
  name?: string;
  dbName?: string;
  fields: Array<{ name: string }>;
}
export interface DmmfDatamodel {
  models: DmmfModel[];
  enums: DmmfEnum[];
  types?: DmmfModel[];
  indexes?: DmmfIndex[];
}

/**
 * A schema's shape as sorted name lists: models and views (Prisma lists both as models and drops
 * `@@ignore`d ones), composite types, enums, fields with their type, `?`/`[]` and `@updatedAt`
 * (`@ignore`d and `Unsupported(…)` ones dropped, as the DMMF drops them), relations (one per
 * relation name and model pair) and indexes (`Model id|unique|normal|fulltext(a,b)`: field-level
 * `@id`/`@unique` and block-level `@@id`/`@@unique`/`@@index`/`@@fulltext` alike). Equal summaries
 * mean our scanner and Prisma see the same schema.
 */
export interface SchemaSummary {
  models: string[];
  types: string[];
  enums: string[];
  fields: string[];
  relations: string[];
  indexes: string[];
}

/** The counts of a summary, for reports. */
export function summaryCounts(s: SchemaSummary): Record<keyof SchemaSummary, number> {
  return { models: s.models.length, types: s.types.length, enums: s.enums.length, fields: s.fields.length, relations: s.relations.length, indexes: s.indexes.length };
}

const sorted = (xs: string[]) => [...xs].sort();

/** The summary of Prisma's datamodel. */
export function summarizeDatamodel(dm: DmmfDatamodel): SchemaSummary {
  const modelNames = new Set(dm.models.map((m) => m.name));
  const relations = new Set<string>();
  for (const m of dm.models) {
    for (const f of m.fields) {
      if (f.kind === 'object' && modelNames.has(f.type)) relations.add(`${[m.name, f.type].sort().join('~')}|${f.relationName ?? ''}`);
    }
  }
  return {
    models: sorted(dm.models.map((m) => m.name)),
    types: sorted((dm.types ?? []).map((t) => t.name)),
    enums: sorted(dm.enums.map((e) => e.name)),
    fields: sorted([...dm.models, ...(dm.types ?? [])].flatMap((m) => m.fields.map((f) => fieldKey(m.name, f.name, f.type, f.isList, !f.isRequired && !f.isList, !!f.isUpdatedAt)))),
    relations: sorted([...relations]),
    indexes: sorted((dm.indexes ?? []).map((i) => `${i.model} ${i.type}(${i.fields.map((f) => f.name).join(',')})`)),
  };
}

/** The same summary from our scanner's model. */
export function summarizeModel(model: SchemaModel): SchemaSummary {
  const visible = [...model.models, ...model.views].filter((m) => !m.ignored);
  const visibleNames = new Set(visible.map((m) => m.name));
  const fieldOf = (m: string, f: string | null) => (f ? visible.find((x) => x.name === m)?.fields.find((x) => x.name === f) : undefined);
  const relations = model.relations
    .filter((r) => visibleNames.has(r.from.model) && visibleNames.has(r.to.model))
    .filter((r) => !fieldOf(r.from.model, r.from.field)?.ignored && !fieldOf(r.to.model, r.to.field)?.ignored)
    .map((r) => `${[r.from.model, r.to.model].sort().join('~')}|${r.name ?? defaultRelationName(r.from.model, r.to.model)}`);
  return {
    models: sorted(visible.map((m) => m.name)),
    types: sorted(model.composites.map((t) => t.name)),
    enums: sorted(model.enums.map((e) => e.name)),
    fields: sorted(
      [...visible, ...model.composites].flatMap((m) =>
        m.fields.filter((f) => !f.ignored && f.kind !== 'unsupported').map((f) => fieldKey(m.name, f.name, f.type, f.list, f.optional, f.isUpdatedAt)),
      ),
    ),
    relations: sorted(relations),
    indexes: sorted(visible.flatMap(indexesOf)),
  };
}

/** `Model.field: Type[]`, `Model.field: Type?`, with ` @updatedAt` when set. */
function fieldKey(model: string, field: string, type: string, list: boolean, optional: boolean, updatedAt: boolean): string {
  return `${model}.${field}: ${type}${list ? '[]' : optional ? '?' : ''}${updatedAt ? ' @updatedAt' : ''}`;
}

/** Prisma's implicit relation name: the two model names sorted, joined by `To`. */
function defaultRelationName(a: string, b: string): string {
  return [a, b].sort().join('To');
}

function indexesOf(m: ModelInfo): string[] {
  const out: string[] = [];
  const key = (type: string, fields: string[]) => `${m.name} ${type}(${fields.join(',')})`;
  if (m.primaryKey) out.push(key('id', m.primaryKey));
  for (const f of m.fields) if (f.isUnique && !f.ignored) out.push(key('unique', [f.name]));
  for (const u of m.uniques) out.push(key('unique', u.fields));
  for (const i of m.indexes) out.push(key('normal', i.fields));
  for (const member of m.block.members) {
    if (member.kind === 'blockAttribute' && member.attribute.name === 'fulltext') {
      out.push(key('fulltext', fieldListValue(findArg(member.attribute, 'fields', 0)?.value) ?? []));
    }
  }
  return out;
}

import type { ParsedSchema } from '../../schema/document';
import type { EnumInfo, EnumValueInfo, FieldInfo, ModelInfo, RelationInfo } from '../../schema/model';
import { listIndexesAt, type ListedIndex } from '../../ops/list-indexes';
import { classifyTypeChange, columnTypeOf, typeSignature, type ColumnType, type TypeChange } from './column-types';

/**
 * The schema-level diff BASELINE → CURRENT that the migration-safety rules read (catalogue §5.7):
 * - models (`model` blocks; views and composite types are not migrated) match by name, then by table
 *   name; the rest pair up as rename candidates when ≥80% of their column names are shared;
 * - fields with a column (scalars, enums, Unsupported) match by name, then by column name; a removed
 *   and an added field of the same column type are a rename candidate;
 * - enums match by name, then by type name; their values by database value;
 * - foreign keys match by child table, key columns, parent table and referenced columns (after the
 *   matches above, so renamed fields keep their key); implicit m:n join tables by name, then by the
 *   pair of models they join.
 * Everything is in Prisma names of the respective schema; `before` is baseline, `after` is current.
 */

export type MatchedBy = 'name' | 'dbName' | 'rename';

/** A table or enum type in the database: its `@@schema` ('' for the default) and its name. */
export interface DbName {
  schema: string;
  name: string;
}

export interface FieldMatch {
  before: FieldInfo;
  after: FieldInfo;
  by: MatchedBy;
  columnBefore: string;
  columnAfter: string;
  typeBefore: ColumnType;
  typeAfter: ColumnType;
  /** How the column type change treats existing rows (`same` when it did not change). */
  typeChange: TypeChange;
  madeRequired: boolean;
  madeOptional: boolean;
}

/** One `@id`, `@unique`, `@@unique` or `@@index`, its field names translated into CURRENT names. */
export interface MappedIndex {
  index: ListedIndex;
  /** Current field names in index order; null when a column of a baseline index was dropped. */
  fields: string[] | null;
  /** Kind, type, partial-ness and the fields with their sort/ops/length: equal signatures are the same index. */
  signature: string | null;
}

export interface ModelMatch {
  before: ModelInfo;
  after: ModelInfo;
  by: MatchedBy;
  /** For a rename candidate: shared column names / columns of the larger table. */
  similarity: number | null;
  tableBefore: DbName;
  tableAfter: DbName;
  /** The table's database name or schema changed: Prisma drops and creates it. */
  tableRenamed: boolean;
  /** The model's block is byte-identical in both schemas (its indexes cannot differ). */
  sameText: boolean;
  fields: FieldMatch[];
  addedFields: FieldInfo[];
  /** Baseline fields whose column is gone (not matched, not a rename candidate). */
  removedFields: FieldInfo[];
  /** Computed on first use (reading index attributes costs more than the rest of the diff). */
  readonly indexesBefore: MappedIndex[];
  readonly indexesAfter: MappedIndex[];
  /** The current field a baseline field became (name, column or rename match). */
  fieldAfter(beforeName: string): FieldInfo | undefined;
  fieldBefore(afterName: string): FieldInfo | undefined;
  matchOf(afterName: string): FieldMatch | undefined;
}

export interface EnumMatch {
  before: EnumInfo;
  after: EnumInfo;
  by: 'name' | 'dbName';
  /** Baseline values whose database value is gone (removed, or renamed without `@map`). */
  removedValues: EnumValueInfo[];
  addedValues: EnumValueInfo[];
}

export interface ForeignKeyMatch {
  before: RelationInfo;
  after: RelationInfo;
  onDeleteChanged: boolean;
  onUpdateChanged: boolean;
}

/** Why a baseline foreign key has no counterpart: its table went, a key column went, or only the constraint. */
export type RemovedForeignKeyReason = 'model' | 'column' | 'constraint';

export interface RemovedForeignKey {
  relation: RelationInfo;
  reason: RemovedForeignKeyReason;
}

/** The hidden table of an implicit many-to-many relation. */
export interface JoinTable {
  relation: RelationInfo;
  table: string;
}

export interface JoinTableMatch {
  before: JoinTable;
  after: JoinTable;
  renamed: boolean;
  /**
   * Column A references the model whose name sorts first, B the other: a model rename that changes
   * that order swaps what A and B point at, and Prisma re-points both foreign keys.
   */
  swapped: boolean;
}

export interface SchemaDiff {
  models: ModelMatch[];
  addedModels: ModelInfo[];
  /** Baseline models with no counterpart, not even a rename candidate. */
  removedModels: ModelInfo[];
  enums: EnumMatch[];
  addedEnums: EnumInfo[];
  removedEnums: EnumInfo[];
  foreignKeys: ForeignKeyMatch[];
  /** Current foreign keys with no baseline counterpart. */
  addedForeignKeys: RelationInfo[];
  removedForeignKeys: RemovedForeignKey[];
  joinTables: JoinTableMatch[];
  addedJoinTables: JoinTable[];
  removedJoinTables: JoinTable[];
  /** The match of a baseline model, by its baseline name. */
  modelMatchBefore(name: string): ModelMatch | undefined;
  /** The match of a current model, by its current name. */
  modelMatchAfter(name: string): ModelMatch | undefined;
  enumMatchAfter(name: string): EnumMatch | undefined;
}

/** Column-bearing fields: what becomes a column in the table. */
export function hasColumn(field: FieldInfo): boolean {
  return field.kind === 'scalar' || field.kind === 'enum' || field.kind === 'unsupported';
}

export function columnName(field: FieldInfo): string {
  return field.dbName ?? field.name;
}

export function tableOf(model: ModelInfo): DbName {
  return { schema: model.schema ?? '', name: model.dbName ?? model.name };
}

function sameDbName(a: DbName, b: DbName): boolean {
  return a.schema === b.schema && a.name === b.name;
}

const dbKey = (d: DbName) => `${d.schema}\u0000${d.name}`;

/** The implicit join table's name: `_` + the relation name, or the two model names sorted and joined by `To`. */
export function joinTableName(relation: RelationInfo): string {
  return `_${relation.name ?? [relation.from.model, relation.to.model].sort().join('To')}`;
}

export function diffSchemas(baseline: ParsedSchema, current: ParsedSchema): SchemaDiff {
  const enums = matchEnums(baseline.model.enums, current.model.enums);
  const enumAfter = new Map(enums.matches.map((m) => [m.before.name, m.after.name]));
  const beforeEnumIdentity = (name: string) => enumAfter.get(name) ?? `\u0000removed ${name}`;
  const afterEnumIdentity = (name: string) => name;

  const beforeModels = baseline.model.models;
  const afterModels = current.model.models;
  const pairs = pairModels(beforeModels, afterModels);
  const models = pairs.pairs.map(({ before, after, by, similarity }) =>
    matchModel(baseline, current, before, after, by, similarity, beforeEnumIdentity, afterEnumIdentity),
  );
  const byBefore = new Map(models.map((m) => [m.before.name, m]));
  const byAfter = new Map(models.map((m) => [m.after.name, m]));
  const enumByAfter = new Map(enums.matches.map((m) => [m.after.name, m]));

  const fk = matchForeignKeys(baseline, current, byBefore);
  const joins = matchJoinTables(baseline, current, byBefore);

  return {
    models,
    addedModels: pairs.added,
    removedModels: pairs.removed,
    enums: enums.matches,
    addedEnums: enums.added,
    removedEnums: enums.removed,
    foreignKeys: fk.matches,
    addedForeignKeys: fk.added,
    removedForeignKeys: fk.removed,
    joinTables: joins.matches,
    addedJoinTables: joins.added,
    removedJoinTables: joins.removed,
    modelMatchBefore: (name) => byBefore.get(name),
    modelMatchAfter: (name) => byAfter.get(name),
    enumMatchAfter: (name) => enumByAfter.get(name),
  };
}

// ---------------------------------------------------------------- enums

function matchEnums(before: readonly EnumInfo[], after: readonly EnumInfo[]) {
  const matches: EnumMatch[] = [];
  const leftBefore = new Set(before);
  const leftAfter = new Set(after);
  const pair = (b: EnumInfo, a: EnumInfo, by: EnumMatch['by']) => {
    leftBefore.delete(b);
    leftAfter.delete(a);
    const dbValue = (v: EnumValueInfo) => v.dbName ?? v.name;
    const afterValues = new Set(a.values.map(dbValue));
    const beforeValues = new Set(b.values.map(dbValue));
    matches.push({
      before: b,
      after: a,
      by,
      removedValues: b.values.filter((v) => !afterValues.has(dbValue(v))),
      addedValues: a.values.filter((v) => !beforeValues.has(dbValue(v))),
    });
  };
  const afterByName = new Map(after.map((e) => [e.name, e]));
  for (const b of before) {
    const a = afterByName.get(b.name);
    if (a) pair(b, a, 'name');
  }
  const typeName = (e: EnumInfo) => dbKey({ schema: e.schema ?? '', name: e.dbName ?? e.name });
  const afterByType = new Map([...leftAfter].map((e) => [typeName(e), e]));
  for (const b of [...leftBefore]) {
    const a = afterByType.get(typeName(b));
    if (a && leftAfter.has(a)) pair(b, a, 'dbName');
  }
  return { matches, added: after.filter((e) => leftAfter.has(e)), removed: before.filter((e) => leftBefore.has(e)) };
}

// ---------------------------------------------------------------- models

const SAME: TypeChange = { kind: 'same', reason: '' };

/** Rename candidates need this share of column names in common… */
export const MODEL_RENAME_SIMILARITY = 0.8;
/** …and at least this many: two tables that share only `id` are not a rename. */
export const MODEL_RENAME_MIN_COLUMNS = 2;

function pairModels(
  before: readonly ModelInfo[],
  after: readonly ModelInfo[],
): { pairs: Array<{ before: ModelInfo; after: ModelInfo; by: MatchedBy; similarity: number | null }>; added: ModelInfo[]; removed: ModelInfo[] } {
  const pairs: Array<{ before: ModelInfo; after: ModelInfo; by: MatchedBy; similarity: number | null }> = [];
  const leftBefore = new Set(before);
  const leftAfter = new Set(after);
  const take = (b: ModelInfo, a: ModelInfo, by: MatchedBy, similarity: number | null) => {
    leftBefore.delete(b);
    leftAfter.delete(a);
    pairs.push({ before: b, after: a, by, similarity });
  };
  const afterByName = new Map(after.map((m) => [m.name, m]));
  for (const b of before) {
    const a = afterByName.get(b.name);
    if (a) take(b, a, 'name', null);
  }
  const afterByTable = new Map<string, ModelInfo>();
  for (const a of leftAfter) afterByTable.set(dbKey(tableOf(a)), a);
  for (const b of [...leftBefore]) {
    const a = afterByTable.get(dbKey(tableOf(b)));
    if (a && leftAfter.has(a)) take(b, a, 'dbName', null);
  }
  // Rename candidates: the best-scoring pairs first.
  const columns = (m: ModelInfo) => new Set(m.fields.filter(hasColumn).map(columnName));
  const candidates: Array<{ b: ModelInfo; a: ModelInfo; score: number; common: number }> = [];
  for (const b of leftBefore) {
    const cb = columns(b);
    if (!cb.size) continue;
    for (const a of leftAfter) {
      const ca = columns(a);
      if (!ca.size) continue;
      let common = 0;
      for (const name of cb) if (ca.has(name)) common++;
      const score = common / Math.max(cb.size, ca.size);
      if (score >= MODEL_RENAME_SIMILARITY && common >= MODEL_RENAME_MIN_COLUMNS) candidates.push({ b, a, score, common });
    }
  }
  candidates.sort((x, y) => y.score - x.score || y.common - x.common || nameDistance(x.b.name, x.a.name) - nameDistance(y.b.name, y.a.name));
  for (const c of candidates) if (leftBefore.has(c.b) && leftAfter.has(c.a)) take(c.b, c.a, 'rename', c.score);
  return { pairs, added: after.filter((m) => leftAfter.has(m)), removed: before.filter((m) => leftBefore.has(m)) };
}

function matchModel(
  baseline: ParsedSchema,
  current: ParsedSchema,
  before: ModelInfo,
  after: ModelInfo,
  by: MatchedBy,
  similarity: number | null,
  beforeEnum: (n: string) => string,
  afterEnum: (n: string) => string,
): ModelMatch {
  const fields: FieldMatch[] = [];
  const sameText = blockText(baseline, before) === blockText(current, after);
  const beforeCols = before.fields.filter(hasColumn);
  const afterCols = after.fields.filter(hasColumn);
  const leftBefore = new Set(beforeCols);
  const leftAfter = new Set(afterCols);
  const take = (b: FieldInfo, a: FieldInfo, fieldBy: MatchedBy) => {
    leftBefore.delete(b);
    leftAfter.delete(a);
    // An identical block has identical column types (enums match by name): compute the type once.
    const typeAfter = columnTypeOf(a, afterEnum);
    const typeBefore = sameText ? typeAfter : columnTypeOf(b, beforeEnum);
    fields.push({
      before: b,
      after: a,
      by: fieldBy,
      columnBefore: columnName(b),
      columnAfter: columnName(a),
      typeBefore,
      typeAfter,
      typeChange: sameText ? SAME : classifyTypeChange(typeBefore, typeAfter),
      madeRequired: b.optional && !a.optional && !a.list,
      madeOptional: !b.optional && a.optional,
    });
  };
  const afterByName = new Map(afterCols.map((f) => [f.name, f]));
  for (const b of beforeCols) {
    const a = afterByName.get(b.name);
    if (a) take(b, a, 'name');
  }
  if (leftBefore.size && leftAfter.size) {
    const afterByColumn = new Map([...leftAfter].map((f) => [columnName(f), f]));
    for (const b of [...leftBefore]) {
      const a = afterByColumn.get(columnName(b));
      if (a && leftAfter.has(a)) take(b, a, 'dbName');
    }
  }
  // Rename candidates: same column type (including list-ness and native type), closest names first.
  if (leftBefore.size && leftAfter.size) {
    const signature = (f: FieldInfo, enumId: (n: string) => string) => typeSignature(columnTypeOf(f, enumId));
    const candidates: Array<{ b: FieldInfo; a: FieldInfo; d: number }> = [];
    for (const b of leftBefore) {
      for (const a of leftAfter) if (signature(b, beforeEnum) === signature(a, afterEnum)) candidates.push({ b, a, d: nameDistance(b.name, a.name) });
    }
    candidates.sort((x, y) => x.d - y.d);
    for (const c of candidates) if (leftBefore.has(c.b) && leftAfter.has(c.a)) take(c.b, c.a, 'rename');
  }
  const position = new Map(after.fields.map((f, i) => [f, i]));
  fields.sort((x, y) => position.get(x.after)! - position.get(y.after)!);

  const afterOf = new Map(fields.map((f) => [f.before.name, f.after]));
  const beforeOf = new Map(fields.map((f) => [f.after.name, f.before]));
  const matchOf = new Map(fields.map((f) => [f.after.name, f]));
  const tableBefore = tableOf(before);
  const tableAfter = tableOf(after);
  let indexesBefore: MappedIndex[] | null = null;
  let indexesAfter: MappedIndex[] | null = null;
  return {
    before,
    after,
    by,
    similarity,
    tableBefore,
    tableAfter,
    tableRenamed: !sameDbName(tableBefore, tableAfter),
    sameText,
    fields,
    addedFields: afterCols.filter((f) => leftAfter.has(f)),
    removedFields: beforeCols.filter((f) => leftBefore.has(f)),
    get indexesBefore() {
      return (indexesBefore ??= mapIndexes(indexesOf(baseline, before), (n) => afterOf.get(n)?.name ?? null));
    },
    get indexesAfter() {
      return (indexesAfter ??= mapIndexes(indexesOf(current, after), (n) => n));
    },
    fieldAfter: (name) => afterOf.get(name),
    fieldBefore: (name) => beforeOf.get(name),
    matchOf: (name) => matchOf.get(name),
  };
}

function blockText(schema: ParsedSchema, model: ModelInfo): string {
  const text = schema.files.find((f) => f.path === model.file)?.text ?? '';
  return text.slice(model.block.range.start, model.block.range.end);
}

function indexesOf(schema: ParsedSchema, model: ModelInfo): ListedIndex[] {
  const file = schema.files.find((f) => f.path === model.file);
  return file ? listIndexesAt({ file, block: model.block }) : [];
}

function mapIndexes(indexes: readonly ListedIndex[], rename: (name: string) => string | null): MappedIndex[] {
  return indexes.map((index) => {
    const names = index.fields.map((f) => rename(f.name));
    if (names.some((n) => n === null)) return { index, fields: null, signature: null };
    const fields = names as string[];
    const items = index.fields.map((f, i) => `${fields[i]}${f.sort === 'Desc' ? ' desc' : ''}${f.ops ? ` ops ${f.ops}` : ''}${f.length !== undefined ? ` len ${f.length}` : ''}`);
    const kind = index.kind === 'index' ? 'index' : index.kind;
    const type = index.type && index.type !== 'BTree' ? index.type : 'BTree';
    return { index, fields, signature: `${kind} ${type}${index.partial ? ` where ${index.text.replace(/\s+/g, ' ')}` : ''} [${items.join(', ')}]` };
  });
}

// ---------------------------------------------------------------- foreign keys

function foreignKeysOf(schema: ParsedSchema): RelationInfo[] {
  const names = new Set(schema.model.models.map((m) => m.name));
  return schema.model.relations.filter((r) => r.kind !== 'm:n' && r.from.fields.length > 0 && !r.incomplete && names.has(r.from.model) && names.has(r.to.model));
}

const fkKey = (child: string, fields: readonly string[], parent: string, refs: readonly string[]) => `${child}|${fields.join(',')}|${parent}|${refs.join(',')}`;

function matchForeignKeys(baseline: ParsedSchema, current: ParsedSchema, byBefore: Map<string, ModelMatch>) {
  const afterByKey = new Map<string, RelationInfo[]>();
  for (const r of foreignKeysOf(current)) {
    const key = fkKey(r.from.model, r.from.fields, r.to.model, r.to.fields);
    afterByKey.set(key, [...(afterByKey.get(key) ?? []), r]);
  }
  const matches: ForeignKeyMatch[] = [];
  const removed: RemovedForeignKey[] = [];
  const used = new Set<RelationInfo>();
  for (const r of foreignKeysOf(baseline)) {
    const child = byBefore.get(r.from.model);
    const parent = byBefore.get(r.to.model);
    if (!child || !parent) {
      removed.push({ relation: r, reason: 'model' });
      continue;
    }
    const fields = r.from.fields.map((f) => child.fieldAfter(f)?.name);
    const refs = r.to.fields.map((f) => parent.fieldAfter(f)?.name);
    if (fields.some((f) => !f) || refs.some((f) => !f)) {
      removed.push({ relation: r, reason: 'column' });
      continue;
    }
    const candidates = (afterByKey.get(fkKey(child.after.name, fields as string[], parent.after.name, refs as string[])) ?? []).filter((x) => !used.has(x));
    const after = candidates[0];
    if (!after) {
      removed.push({ relation: r, reason: 'constraint' });
      continue;
    }
    used.add(after);
    matches.push({
      before: r,
      after,
      onDeleteChanged: String(r.onDelete.action) !== String(after.onDelete.action),
      onUpdateChanged: String(r.onUpdate.action) !== String(after.onUpdate.action),
    });
  }
  const added = [...afterByKey.values()].flat().filter((r) => !used.has(r));
  return { matches, removed, added };
}

// ---------------------------------------------------------------- implicit many-to-many join tables

function joinTablesOf(schema: ParsedSchema): JoinTable[] {
  const names = new Set(schema.model.models.map((m) => m.name));
  return schema.model.relations
    .filter((r) => r.kind === 'm:n' && r.to.field !== null && names.has(r.from.model) && names.has(r.to.model))
    .map((relation) => ({ relation, table: joinTableName(relation) }));
}

function matchJoinTables(baseline: ParsedSchema, current: ParsedSchema, byBefore: Map<string, ModelMatch>) {
  const after = joinTablesOf(current);
  const left = new Set(after);
  const matches: JoinTableMatch[] = [];
  const removed: JoinTable[] = [];
  const models = (j: JoinTable) => [j.relation.from.model, j.relation.to.model].sort().join('\u0000');
  const fieldsOf = (j: JoinTable) => [j.relation.from.field, j.relation.to.field].sort().join('\u0000');
  for (const b of joinTablesOf(baseline)) {
    const from = byBefore.get(b.relation.from.model)?.after.name;
    const to = byBefore.get(b.relation.to.model)?.after.name;
    if (!from || !to) {
      removed.push(b);
      continue;
    }
    const wantModels = [from, to].sort().join('\u0000');
    const between = [...left].filter((a) => models(a) === wantModels);
    const a =
      between.find((x) => x.table === b.table) ??
      between.find((x) => fieldsOf(x) === fieldsOf(b)) ??
      between.find((x) => x.relation.name !== null && x.relation.name === b.relation.name) ??
      (between.length === 1 && joinTablesOf(baseline).filter((x) => x.relation.from.model === b.relation.from.model && x.relation.to.model === b.relation.to.model).length === 1 ? between[0] : undefined);
    if (!a) {
      removed.push(b);
      continue;
    }
    left.delete(a);
    const firstBefore = byBefore.get([b.relation.from.model, b.relation.to.model].sort()[0])?.after.name;
    const firstAfter = [a.relation.from.model, a.relation.to.model].sort()[0];
    matches.push({ before: b, after: a, renamed: a.table !== b.table, swapped: !a.relation.self && firstBefore !== firstAfter });
  }
  return { matches, removed, added: after.filter((a) => left.has(a)) };
}

// ---------------------------------------------------------------- helpers

/** Edit distance between two names, case-insensitive (for pairing rename candidates). */
export function nameDistance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i++) {
    const row = [i];
    for (let j = 1; j <= y.length; j++) row.push(Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[y.length];
}

import type { SchemaFileAst } from '../schema/ast';
import type { ParsedSchema } from '../schema/document';
import type { FieldInfo, ModelInfo, RelationInfo, SchemaModel } from '../schema/model';
import { isPostgres } from '../schema/provider';
import { listIndexesAt, type ListedIndex } from '../ops/list-indexes';
import { CascadeGraph } from './cascade-graph';
import type { AdvisoryTarget, TextSpan } from './types';

/** Prisma's PostgreSQL column types for scalars without `@db.*` (the connector's SCALAR_TYPE_DEFAULTS). */
const DEFAULT_DB_TYPES: Record<string, string> = {
  String: 'text',
  Int: 'integer',
  BigInt: 'bigint',
  Float: 'double precision',
  Decimal: 'decimal(65,30)',
  DateTime: 'timestamp(3)',
  Boolean: 'boolean',
  Json: 'jsonb',
  Bytes: 'bytea',
};

/** What existed when the document was opened (or was last exported): renames of these are migrations. */
export interface Baseline {
  models: ReadonlySet<string>;
  /** `Model.field`. */
  fields: ReadonlySet<string>;
}

export function baselineOf(model: SchemaModel): Baseline {
  const all = [...model.models, ...model.views];
  return { models: new Set(all.map((m) => m.name)), fields: new Set(all.flatMap((m) => m.fields.map((f) => `${m.name}.${f.name}`))) };
}

/** Everything a rule reads, computed once per run and shared: lookups by name, indexes, the delete graph. */
export class AdvisoryContext {
  readonly model: SchemaModel;
  readonly postgres: boolean;
  /** `model` blocks only (not views or composite types), skipping `@@ignore`d ones. */
  readonly models: ModelInfo[];
  /** Relations with a foreign key (`fields:`) between two models; m:n and incomplete ones excluded. */
  readonly foreignKeys: RelationInfo[];
  private readonly byName: Map<string, ModelInfo>;
  private readonly files: Map<string, SchemaFileAst>;
  private readonly indexCache = new Map<string, ListedIndex[]>();
  private graph: CascadeGraph | null = null;
  private readonly memos = new Map<string, unknown>();

  /**
   * `baseline` tells new models and fields from deployed ones (renaming a deployed table or column is a
   * migration, so some fixes are offered for new ones only). Without it everything counts as deployed.
   */
  constructor(
    readonly schema: ParsedSchema,
    readonly baseline: Baseline | null = null,
  ) {
    this.model = schema.model;
    this.postgres = isPostgres(schema.model.datasource?.provider);
    this.models = schema.model.models.filter((m) => !m.ignored);
    this.byName = new Map(schema.model.models.map((m) => [m.name, m]));
    this.files = new Map(schema.files.map((f) => [f.path, f]));
    this.foreignKeys = schema.model.relations.filter(
      (r) => r.kind !== 'm:n' && r.from.fields.length > 0 && !r.incomplete && this.byName.has(r.from.model) && this.byName.has(r.to.model),
    );
  }

  /** The model was added since the baseline. */
  isNewModel(name: string): boolean {
    return !!this.baseline && !this.baseline.models.has(name);
  }

  /** The field was added since the baseline (in a new model, every field is new). */
  isNewField(model: string, field: string): boolean {
    return !!this.baseline && !this.baseline.fields.has(`${model}.${field}`);
  }

  modelNamed(name: string): ModelInfo | undefined {
    return this.byName.get(name);
  }

  field(model: string, field: string): FieldInfo | undefined {
    return this.byName.get(model)?.fields.find((f) => f.name === field);
  }

  fileText(path: string): string {
    return this.files.get(path)?.text ?? '';
  }

  /** Primary key, uniques and indexes of a model, in source order (cached). */
  indexes(model: string): ListedIndex[] {
    let list = this.indexCache.get(model);
    if (!list) {
      const info = this.byName.get(model);
      const file = info && this.files.get(info.file);
      list = info && file ? listIndexesAt({ file, block: info.block }) : [];
      this.indexCache.set(model, list);
    }
    return list;
  }

  /**
   * A value derived once per run and shared by every rule that asks for it under the same key (e.g.
   * models by normalized name): rules look things up in maps instead of scanning every model per field.
   */
  memo<T>(key: string, build: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, build());
    return this.memos.get(key) as T;
  }

  /** Relations with the model on either side (indexed once per run). */
  relationsTouching(model: string): readonly RelationInfo[] {
    const index = this.memo('relations-touching', () => {
      const out = new Map<string, RelationInfo[]>();
      const add = (name: string, r: RelationInfo) => {
        const list = out.get(name);
        if (!list) out.set(name, [r]);
        else if (list[list.length - 1] !== r) list.push(r);
      };
      for (const r of this.model.relations) {
        add(r.from.model, r);
        add(r.to.model, r);
      }
      return out;
    });
    return index.get(model) ?? [];
  }

  /** The delete graph, built on first use. */
  get cascade(): CascadeGraph {
    return (this.graph ??= new CascadeGraph(this.model));
  }

  /** The model's name in its declaration (`model User`). */
  modelSpan(model: ModelInfo): TextSpan {
    return { path: model.file, start: model.block.nameRange.start, end: model.block.nameRange.end };
  }

  /** A field's line from its name to its last attribute. */
  fieldSpan(model: ModelInfo, field: FieldInfo): TextSpan {
    return { path: model.file, start: field.node.range.start, end: field.node.range.end };
  }

  /** The `@relation(…)` attribute of a relation's FK side, or the field when it has none. */
  relationSpan(relation: RelationInfo): TextSpan {
    const model = this.byName.get(relation.from.model)!;
    const field = model.fields.find((f) => f.name === relation.from.field)!;
    const attribute = field.node.attributes.find((a) => a.name === 'relation');
    const range = attribute?.range ?? field.node.range;
    return { path: model.file, start: range.start, end: range.end };
  }

  indexSpan(index: ListedIndex): TextSpan {
    return { ...index.range };
  }

  relationTarget(relation: RelationInfo): AdvisoryTarget {
    return { kind: 'relation', relation: relation.id, model: relation.from.model, field: relation.from.field };
  }

  /** The PostgreSQL column type of a scalar: its `@db.*` type lowercased, or Prisma's default for the scalar. */
  dbType(field: FieldInfo): string {
    if (field.nativeType) return normalizeNativeType(field.nativeType);
    if (field.kind === 'enum') return `enum ${field.type}`;
    return DEFAULT_DB_TYPES[field.type] ?? field.type.toLowerCase();
  }

  /** The database name of a model's table. */
  tableName(model: ModelInfo): string {
    return model.dbName ?? model.name;
  }

  /** The database name of a field's column. */
  columnName(field: FieldInfo): string {
    return field.dbName ?? field.name;
  }
}

/** `VarChar(255)` → `varchar(255)`, `Timestamptz(3)` → `timestamptz(3)`, `Uuid` → `uuid`, `DoublePrecision` → `double precision`. */
export function normalizeNativeType(native: string): string {
  const m = /^(\w+)\s*(?:\((.*)\))?$/.exec(native.trim());
  if (!m) return native.toLowerCase();
  const name = m[1] === 'DoublePrecision' ? 'double precision' : m[1].toLowerCase();
  const args = m[2]?.replace(/\s+/g, '');
  return args ? `${name}(${args})` : name;
}

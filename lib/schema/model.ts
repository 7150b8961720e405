import type { AttributeNode, BlockNode, EnumValueNode, FieldNode, Range } from './ast';

/** The semantic view of a schema, derived from the concrete syntax of all its files. */

export const SCALAR_TYPES = ['String', 'Boolean', 'Int', 'BigInt', 'Float', 'Decimal', 'DateTime', 'Json', 'Bytes'] as const;
export type ScalarType = (typeof SCALAR_TYPES)[number];

export function isScalarType(name: string): name is ScalarType {
  return (SCALAR_TYPES as readonly string[]).includes(name);
}

export type FieldKind = 'scalar' | 'enum' | 'object' | 'composite' | 'unsupported' | 'unknown';

export type ReferentialAction = 'Cascade' | 'Restrict' | 'NoAction' | 'SetNull' | 'SetDefault';
export const REFERENTIAL_ACTIONS: readonly ReferentialAction[] = ['Cascade', 'Restrict', 'NoAction', 'SetNull', 'SetDefault'];

/** What `@relation(...)` says, as written. */
export interface RelationAttribute {
  name: string | null;
  fields: string[] | null;
  references: string[] | null;
  onDelete: string | null;
  onUpdate: string | null;
}

export interface FieldInfo {
  name: string;
  /** The type name as written: `String`, `User`, `Role`, `Unsupported`. */
  type: string;
  kind: FieldKind;
  optional: boolean;
  list: boolean;
  isId: boolean;
  isUnique: boolean;
  isUpdatedAt: boolean;
  ignored: boolean;
  /** The raw text inside `@default(...)`, e.g. `now()`, `"draft"`, `autoincrement()`. */
  default: string | null;
  /** `@map("column")`. */
  dbName: string | null;
  /** `@db.VarChar(255)` → `VarChar(255)` (the prefix is the datasource name). */
  nativeType: string | null;
  /** `Unsupported("circle")` → `circle`. */
  unsupported: string | null;
  docs: string;
  relation: RelationAttribute | null;
  /** True when a relation in the same model lists this field in `fields:`. */
  isForeignKey: boolean;
  node: FieldNode;
}

export interface IndexInfo {
  fields: string[];
  name: string | null;
  /** `type: Gin` etc. for @@index. */
  type: string | null;
  attribute: AttributeNode;
}

export type ModelKind = 'model' | 'view' | 'type';

export interface ModelInfo {
  kind: ModelKind;
  name: string;
  file: string;
  /** `@@map("table")`. */
  dbName: string | null;
  /** `@@schema("name")`. */
  schema: string | null;
  docs: string;
  ignored: boolean;
  fields: FieldInfo[];
  /** Field-level `@id` or block-level `@@id([...])`. */
  primaryKey: string[] | null;
  uniques: IndexInfo[];
  indexes: IndexInfo[];
  block: BlockNode;
}

export interface EnumValueInfo {
  name: string;
  dbName: string | null;
  docs: string;
  node: EnumValueNode;
}

export interface EnumInfo {
  name: string;
  file: string;
  dbName: string | null;
  schema: string | null;
  docs: string;
  values: EnumValueInfo[];
  block: BlockNode;
}

export type Cardinality = '1:1' | '1:n' | 'm:n';

export interface EffectiveAction {
  action: ReferentialAction | string;
  /** False when Prisma's default applies because nothing is written. */
  explicit: boolean;
}

export interface RelationInfo {
  /** Stable across edits that do not touch the relation: `Post.author`, or `Post.tags~Tag.posts` for m:n. */
  id: string;
  name: string | null;
  kind: Cardinality;
  /** The side holding the foreign key (`@relation(fields: …)`); for m:n the first side by name. */
  from: { model: string; field: string; fields: string[] };
  /** The referenced side. `field` is the back-relation field, null when it is missing. */
  to: { model: string; field: string | null; fields: string[] };
  self: boolean;
  /** Any foreign-key scalar is required (Prisma's "referential arity"). */
  required: boolean;
  onDelete: EffectiveAction;
  onUpdate: EffectiveAction;
  /** Why Prisma will reject this relation as written (missing back-relation, no `fields`), if we can tell. */
  incomplete: string | null;
}

export interface DatasourceInfo {
  name: string;
  provider: string | null;
  relationMode: string | null;
  schemas: string[];
  hasUrl: boolean;
  file: string;
  block: BlockNode;
}

export interface GeneratorInfo {
  name: string;
  provider: string | null;
  previewFeatures: string[];
  file: string;
  block: BlockNode;
}

/** A reason the diagram cannot be drawn from the text as it is (the last good diagram stays). */
export interface SchemaProblem {
  file: string;
  range: Range;
  message: string;
}

export interface SchemaModel {
  models: ModelInfo[];
  views: ModelInfo[];
  composites: ModelInfo[];
  enums: EnumInfo[];
  relations: RelationInfo[];
  datasource: DatasourceInfo | null;
  generators: GeneratorInfo[];
  /** Syntax errors and unresolvable names; empty when the diagram can follow the text. */
  problems: SchemaProblem[];
}

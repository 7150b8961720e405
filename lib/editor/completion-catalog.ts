/**
 * The fixed vocabulary our completion offers: block keywords, attributes, `@default` functions and
 * datasource/generator properties. Snippets use Monaco's syntax (`${1:placeholder}`, `$0`,
 * `${1|a,b|}` for a choice); indentation is two spaces, like `prisma format`.
 */

export interface CatalogEntry {
  label: string;
  insertText: string;
  snippet: boolean;
  detail: string;
  documentation?: string;
}

export const BLOCK_KEYWORDS: readonly CatalogEntry[] = [
  {
    label: 'model',
    insertText: 'model ${1:Name} {\n  id Int @id @default(autoincrement())\n  $0\n}',
    snippet: true,
    detail: 'Model (a database table)',
  },
  { label: 'enum', insertText: 'enum ${1:Name} {\n  ${2:VALUE}\n}', snippet: true, detail: 'Enum' },
  {
    label: 'view',
    insertText: 'view ${1:Name} {\n  ${2:id} Int @unique\n  $0\n}',
    snippet: true,
    detail: 'View (a database view)',
  },
  { label: 'type', insertText: 'type ${1:Name} {\n  $0\n}', snippet: true, detail: 'Composite type (MongoDB)' },
  {
    label: 'datasource',
    insertText: 'datasource ${1:db} {\n  provider = "${2|postgresql,mysql,sqlite,sqlserver,mongodb,cockroachdb|}"\n}',
    snippet: true,
    detail: 'Datasource (the database connector)',
    documentation: 'Prisma 7 reads the connection URL from prisma.config.ts; Prisma 6 and earlier also need `url = env("DATABASE_URL")`.',
  },
  {
    label: 'generator',
    insertText: 'generator ${1:client} {\n  provider = "${2:prisma-client}"\n  output   = "${3:../generated/prisma}"\n}',
    snippet: true,
    detail: 'Generator (e.g. Prisma Client)',
  },
];

export const SCALAR_DOCS: Record<string, string> = {
  String: 'Text',
  Boolean: 'true or false',
  Int: '32-bit integer',
  BigInt: '64-bit integer',
  Float: 'Floating point number',
  Decimal: 'Exact decimal number',
  DateTime: 'Timestamp',
  Json: 'JSON value',
  Bytes: 'Binary data',
};

export const UNSUPPORTED_TYPE: CatalogEntry = {
  label: 'Unsupported("…")',
  insertText: 'Unsupported("${1:type}")',
  snippet: true,
  detail: 'A database type Prisma Client cannot read or write',
};

/** Field attributes, in the order they are offered. */
export const FIELD_ATTRIBUTES = {
  id: { label: '@id', insertText: '@id', snippet: false, detail: 'Primary key' },
  unique: { label: '@unique', insertText: '@unique', snippet: false, detail: 'Unique constraint' },
  default: { label: '@default(…)', insertText: '@default($1)', snippet: true, detail: 'Default value' },
  relation: {
    label: '@relation(…)',
    insertText: '@relation(fields: [$1], references: [$2])',
    snippet: true,
    detail: 'Relation: the foreign key fields and the fields they reference',
  },
  relationName: { label: '@relation(…)', insertText: '@relation("$1")', snippet: true, detail: 'Relation name' },
  map: { label: '@map("…")', insertText: '@map("$1")', snippet: true, detail: 'Column name in the database' },
  updatedAt: { label: '@updatedAt', insertText: '@updatedAt', snippet: false, detail: 'Set to the current time on every update' },
  ignore: { label: '@ignore', insertText: '@ignore', snippet: false, detail: 'Leave this field out of Prisma Client' },
} satisfies Record<string, CatalogEntry>;

export function nativeTypePrefix(datasourceName: string): CatalogEntry {
  return { label: `@${datasourceName}.`, insertText: `@${datasourceName}.`, snippet: false, detail: 'Native database type' };
}

export function blockAttributes(schemas: readonly string[]): Record<'id' | 'unique' | 'index' | 'map' | 'ignore' | 'schema', CatalogEntry> {
  // A choice snippet lists the datasource's schemas; `,` `|` and `}` would end the choice early.
  const choices = schemas.filter((s) => !/[,|}$\\]/.test(s));
  return {
    id: { label: '@@id([…])', insertText: '@@id([$1])', snippet: true, detail: 'Composite primary key' },
    unique: { label: '@@unique([…])', insertText: '@@unique([$1])', snippet: true, detail: 'Unique constraint over several fields' },
    index: { label: '@@index([…])', insertText: '@@index([$1])', snippet: true, detail: 'Index' },
    map: { label: '@@map("…")', insertText: '@@map("$1")', snippet: true, detail: 'Table name in the database' },
    ignore: { label: '@@ignore', insertText: '@@ignore', snippet: false, detail: 'Leave this model out of Prisma Client' },
    schema: {
      label: '@@schema("…")',
      insertText: choices.length ? `@@schema("\${1|${choices.join(',')}|}")` : '@@schema("$1")',
      snippet: true,
      detail: 'Database schema (from the datasource `schemas`)',
    },
  };
}

/** `@default` functions and the field types each one fits; `null` fits every type. */
export const DEFAULT_FUNCTIONS: ReadonlyArray<CatalogEntry & { types: readonly string[] | null }> = [
  { label: 'autoincrement()', insertText: 'autoincrement()', snippet: false, detail: 'Sequence-generated integer', types: ['Int', 'BigInt'] },
  { label: 'now()', insertText: 'now()', snippet: false, detail: 'Time of insertion', types: ['DateTime'] },
  { label: 'uuid()', insertText: 'uuid()', snippet: false, detail: 'UUID (v4; `uuid(7)` for v7)', types: ['String'] },
  { label: 'cuid()', insertText: 'cuid()', snippet: false, detail: 'CUID (`cuid(2)` for CUID2)', types: ['String'] },
  { label: 'nanoid()', insertText: 'nanoid()', snippet: false, detail: 'Nano ID', types: ['String'] },
  { label: 'ulid()', insertText: 'ulid()', snippet: false, detail: 'ULID', types: ['String'] },
  { label: 'dbgenerated("…")', insertText: 'dbgenerated("$1")', snippet: true, detail: 'An SQL expression the database evaluates', types: null },
];

export const RELATION_ARGUMENTS: readonly CatalogEntry[] = [
  { label: 'fields', insertText: 'fields: [$1]', snippet: true, detail: 'Foreign key fields of this model' },
  { label: 'references', insertText: 'references: [$1]', snippet: true, detail: 'Fields of the related model they point to' },
  { label: 'onDelete', insertText: 'onDelete: ', snippet: false, detail: 'Referential action when the referenced row is deleted' },
  { label: 'onUpdate', insertText: 'onUpdate: ', snippet: false, detail: 'Referential action when the referenced key changes' },
  { label: 'name', insertText: 'name: "$1"', snippet: true, detail: 'Relation name (to tell relations between the same models apart)' },
  { label: 'map', insertText: 'map: "$1"', snippet: true, detail: 'Foreign key constraint name in the database' },
];

export const PROVIDERS = ['postgresql', 'mysql', 'sqlite', 'sqlserver', 'mongodb', 'cockroachdb'] as const;

const URL_NOTE = 'Prisma 6 and earlier. Prisma 7 reads connection URLs from prisma.config.ts.';

export const DATASOURCE_PROPERTIES: readonly CatalogEntry[] = [
  { label: 'provider', insertText: `provider = "\${1|${PROVIDERS.join(',')}|}"`, snippet: true, detail: 'Database connector' },
  { label: 'url', insertText: 'url = env("${1:DATABASE_URL}")', snippet: true, detail: 'Connection URL', documentation: URL_NOTE },
  { label: 'directUrl', insertText: 'directUrl = env("${1:DIRECT_URL}")', snippet: true, detail: 'Direct (non-pooled) connection URL for Migrate', documentation: URL_NOTE },
  { label: 'relationMode', insertText: 'relationMode = "${1|prisma,foreignKeys|}"', snippet: true, detail: 'Emulate relations in Prisma instead of foreign keys' },
  { label: 'schemas', insertText: 'schemas = ["${1:public}"]', snippet: true, detail: 'Database schemas (multi-schema)' },
  { label: 'extensions', insertText: 'extensions = [$1]', snippet: true, detail: 'PostgreSQL extensions' },
];

export const GENERATOR_PROPERTIES: readonly CatalogEntry[] = [
  { label: 'provider', insertText: 'provider = "${1|prisma-client,prisma-client-js|}"', snippet: true, detail: 'Generator to run' },
  { label: 'output', insertText: 'output = "${1:../generated/prisma}"', snippet: true, detail: 'Where the generated code goes' },
  { label: 'previewFeatures', insertText: 'previewFeatures = ["$1"]', snippet: true, detail: 'Preview features to enable' },
  { label: 'binaryTargets', insertText: 'binaryTargets = ["native"$1]', snippet: true, detail: 'Query engine platforms (prisma-client-js)' },
];

/** Values offered after `key = ` (quoted by the caller unless the cursor is already in the string). */
export const PROPERTY_VALUES: Record<'datasource' | 'generator', Record<string, readonly string[]>> = {
  datasource: { provider: PROVIDERS, relationMode: ['prisma', 'foreignKeys'] },
  generator: { provider: ['prisma-client', 'prisma-client-js'] },
};

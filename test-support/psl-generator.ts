import type { SchemaFile } from '../lib/schema/document';

/**
 * A grammar-based generator of valid Prisma schemas (PostgreSQL, CockroachDB, MySQL, SQL Server and
 * SQLite, with every native type Prisma knows for each), driven by a seed (fast-check supplies
 * the seeds). It covers what real schemas and Prisma 7 syntax throw at the scanner: attributes with
 * named, positional, array, object-literal (`where: { flag: true }`), function (`now()`,
 * `dbgenerated("…")`, `uuid(7)`) and raw (`raw("…")`) arguments; `//`, `///` and `/* *\/` comments on
 * their own lines, trailing, between blocks and fields, and comment-like text inside strings; odd
 * spacing inside arguments (Prisma allows neither line breaks nor comments there); enums with `@map`; 1:1, 1:n, self and implicit m:n relations; `@@id`,
 * `@@unique`, `@@index` (sort, type, partial), `@@map`; one or two files.
 *
 * `flavor` 7 writes Prisma 7 schemas (no datasource url, partial indexes); 6 writes schemas Prisma 6
 * and 5 accept as well (url from env, no object literals).
 */
export interface GeneratedSchema {
  files: SchemaFile[];
  flavor: 6 | 7;
  provider: string;
}

type Rng = () => number;

/** mulberry32: small, fast, deterministic. */
function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Scalar {
  type: string;
  natives: string[];
  defaults: string[];
  listDefaults: string[];
}

/** Every PostgreSQL native type Prisma knows, by scalar type, with defaults valid for the type. */
export const POSTGRES_SCALARS: Scalar[] = [
  { type: 'String', natives: ['', 'Text', 'VarChar(255)', 'VarChar', 'Char(10)', 'Xml', 'Inet', 'Citext', 'Bit(1)', 'VarBit(8)'], defaults: ['"draft"', '"say \\"hi\\""', '""', '"// not a comment"'], listDefaults: ['["a", "b"]', '[]'] },
  { type: 'Int', natives: ['', 'Integer', 'SmallInt', 'Oid'], defaults: ['0', '42', '-7'], listDefaults: ['[1, 2, 3]'] },
  { type: 'BigInt', natives: ['', 'BigInt'], defaults: ['0', '9007199254740993'], listDefaults: ['[1]'] },
  { type: 'Float', natives: ['', 'DoublePrecision', 'Real'], defaults: ['1.5', '0', '-2.25'], listDefaults: ['[1.5]'] },
  { type: 'Decimal', natives: ['', 'Decimal(10, 2)', 'Decimal', 'Money'], defaults: ['1.5', '"12.30"'], listDefaults: [] },
  { type: 'Boolean', natives: ['', 'Boolean'], defaults: ['true', 'false'], listDefaults: ['[true, false]'] },
  { type: 'DateTime', natives: ['', 'Timestamp(3)', 'Timestamp', 'Timestamptz(6)', 'Date', 'Time(3)', 'Timetz(3)'], defaults: ['now()', 'dbgenerated("CURRENT_TIMESTAMP")'], listDefaults: [] },
  { type: 'Json', natives: ['', 'Json', 'JsonB'], defaults: ['"{}"', '"{\\"a\\": [1, 2]}"'], listDefaults: [] },
  { type: 'Bytes', natives: ['', 'ByteA'], defaults: [], listDefaults: [] },
];

interface IdKind {
  type: string;
  attrs: string;
}
const ID_KINDS: IdKind[] = [
  { type: 'Int', attrs: '@id @default(autoincrement())' },
  { type: 'String', attrs: '@id @default(cuid())' },
  { type: 'String', attrs: '@id @default(cuid(2))' },
  { type: 'String', attrs: '@id @default(uuid(7)) @db.Uuid' },
  { type: 'String', attrs: '@id @default(dbgenerated("gen_random_uuid()")) @db.Uuid' },
  { type: 'String', attrs: '@id @default(nanoid(12))' },
  { type: 'BigInt', attrs: '@id @default(autoincrement())' },
  { type: 'String', attrs: '@id' },
];

type ProviderName = 'postgresql' | 'cockroachdb' | 'mysql' | 'sqlserver' | 'sqlite' | 'mongodb';

/** What a provider's schemas may use: native types (every one Prisma knows), ids, lists, enums, index features. */
interface Provider {
  name: ProviderName;
  scalars: Scalar[];
  idKinds: IdKind[];
  lists: boolean;
  enums: boolean;
  /** `type: Hash`, `ops:` (PostgreSQL only). */
  postgresIndexes: boolean;
  /** Prisma 7 partial indexes (`where:`). */
  partial: boolean;
  /** Native types no index can hold (MySQL TEXT/BLOB without a length, SQL Server MAX/legacy types, XML). */
  unindexable: string[];
  /** Named primary keys (`@@id(…, map: "…")`). */
  pkName: boolean;
  /** PostgreSQL extras: views, `Unsupported(…)`, `@ignore`/`@@ignore`, `@@schema` with several schemas. */
  extras?: boolean;
  /** MongoDB: composite types, no `@@id`, no implicit m:n, no `dbgenerated`. */
  mongo?: boolean;
  /** Referential actions: SQL Server rejects cascade cycles and multiple cascade paths, so NoAction there. */
  actions: { optional: string[]; required: string[] };
}

const scalar = (type: string, natives: string[], defaults: string[], listDefaults: string[] = []): Scalar => ({ type, natives, defaults, listDefaults });
const COMMON_DEFAULTS = {
  String: ['"draft"', '"say \\"hi\\""', '""', '"// not a comment"'],
  Int: ['0', '42', '-7'],
  Float: ['1.5', '0', '-2.25'],
  Decimal: ['1.5', '"12.30"'],
  Boolean: ['true', 'false'],
  DateTime: ['now()'],
};
const FK_ACTIONS = { optional: ['', ', onDelete: SetNull', ', onDelete: Cascade'], required: ['', ', onDelete: Cascade', ', onDelete: Restrict', ', onUpdate: NoAction'] };

export const PROVIDERS: Provider[] = [
  { name: 'postgresql', scalars: POSTGRES_SCALARS, idKinds: ID_KINDS, lists: true, enums: true, postgresIndexes: true, partial: true, unindexable: ['Xml'], pkName: true, extras: true, actions: FK_ACTIONS },
  {
    name: 'cockroachdb',
    scalars: [
      scalar('String', ['', 'String(255)', 'String', 'Char(10)', 'CatalogSingleChar', 'Bit(1)', 'VarBit(8)', 'Uuid', 'Inet'], COMMON_DEFAULTS.String.slice(0, 1), ['["a", "b"]']),
      scalar('Int', ['', 'Int4', 'Int2'], COMMON_DEFAULTS.Int, ['[1, 2]']),
      scalar('BigInt', ['', 'Int8'], ['0']),
      scalar('Float', ['', 'Float8', 'Float4'], COMMON_DEFAULTS.Float),
      scalar('Decimal', ['', 'Decimal(10, 2)', 'Decimal'], COMMON_DEFAULTS.Decimal),
      scalar('Boolean', ['', 'Bool'], COMMON_DEFAULTS.Boolean),
      scalar('DateTime', ['', 'Timestamp(3)', 'Timestamptz(3)', 'Date', 'Time(3)', 'Timetz(3)'], COMMON_DEFAULTS.DateTime),
      scalar('Json', ['', 'JsonB'], ['"{}"']),
      scalar('Bytes', ['', 'Bytes'], []),
    ],
    idKinds: [
      { type: 'BigInt', attrs: '@id @default(autoincrement())' },
      { type: 'Int', attrs: '@id @default(sequence())' },
      { type: 'String', attrs: '@id @default(cuid())' },
      { type: 'String', attrs: '@id @default(uuid()) @db.Uuid' },
      { type: 'String', attrs: '@id @default(dbgenerated("gen_random_uuid()")) @db.Uuid' },
    ],
    lists: true,
    enums: true,
    postgresIndexes: false,
    partial: false,
    unindexable: [],
    pkName: true,
    actions: FK_ACTIONS,
  },
  {
    name: 'mysql',
    scalars: [
      scalar('String', ['', 'VarChar(255)', 'Char(10)', 'TinyText', 'Text', 'MediumText', 'LongText'], COMMON_DEFAULTS.String.slice(0, 2)),
      scalar('Int', ['', 'Int', 'SmallInt', 'MediumInt', 'TinyInt', 'UnsignedInt', 'UnsignedSmallInt', 'UnsignedMediumInt', 'UnsignedTinyInt', 'Year'], ['0', '42']),
      scalar('BigInt', ['', 'BigInt', 'UnsignedBigInt'], ['0']),
      scalar('Float', ['', 'Float', 'Double'], COMMON_DEFAULTS.Float),
      scalar('Decimal', ['', 'Decimal(10, 2)'], COMMON_DEFAULTS.Decimal),
      scalar('Boolean', ['', 'TinyInt', 'Bit(1)'], COMMON_DEFAULTS.Boolean),
      scalar('DateTime', ['', 'DateTime(3)', 'Date', 'Time(3)', 'Timestamp(3)'], COMMON_DEFAULTS.DateTime),
      scalar('Json', ['', 'Json'], []),
      scalar('Bytes', ['', 'Binary(16)', 'VarBinary(100)', 'TinyBlob', 'Blob', 'MediumBlob', 'LongBlob'], []),
    ],
    idKinds: [ID_KINDS[0], ID_KINDS[1], ID_KINDS[5], ID_KINDS[6], { type: 'String', attrs: '@id @default(uuid()) @db.Char(36)' }],
    lists: false,
    enums: true,
    postgresIndexes: false,
    partial: false,
    unindexable: ['TinyText', 'Text', 'MediumText', 'LongText'],
    pkName: false,
    actions: FK_ACTIONS,
  },
  {
    name: 'sqlserver',
    scalars: [
      scalar('String', ['', 'Char(10)', 'NChar(10)', 'VarChar(255)', 'VarChar(Max)', 'NVarChar(255)', 'NVarChar(Max)', 'Text', 'NText', 'Xml', 'UniqueIdentifier'], COMMON_DEFAULTS.String.slice(0, 1)),
      scalar('Int', ['', 'Int', 'SmallInt', 'TinyInt', 'Bit'], ['0', '1']),
      scalar('BigInt', ['', 'BigInt'], ['0']),
      scalar('Float', ['', 'Float(53)', 'Real', 'Money', 'SmallMoney'], COMMON_DEFAULTS.Float),
      scalar('Decimal', ['', 'Decimal(10, 2)'], COMMON_DEFAULTS.Decimal),
      scalar('Boolean', ['', 'Bit'], COMMON_DEFAULTS.Boolean),
      scalar('DateTime', ['', 'DateTime', 'DateTime2', 'SmallDateTime', 'Date', 'Time', 'DateTimeOffset'], COMMON_DEFAULTS.DateTime),
      scalar('Bytes', ['', 'Binary(16)', 'VarBinary(100)', 'VarBinary(Max)', 'Image'], []),
    ],
    idKinds: [ID_KINDS[0], ID_KINDS[1], ID_KINDS[5], { type: 'String', attrs: '@id @default(uuid()) @db.UniqueIdentifier' }],
    lists: false,
    enums: false,
    postgresIndexes: false,
    partial: false,
    unindexable: ['VarChar(Max)', 'NVarChar(Max)', 'Text', 'NText', 'Xml', 'VarBinary(Max)', 'Image'],
    pkName: true,
    actions: { optional: [', onDelete: NoAction, onUpdate: NoAction'], required: [', onDelete: NoAction, onUpdate: NoAction'] },
  },
  {
    name: 'sqlite',
    scalars: POSTGRES_SCALARS.map((x) => ({ ...x, natives: [''], listDefaults: [] })),
    idKinds: [ID_KINDS[0], ID_KINDS[1], ID_KINDS[5], ID_KINDS[7]],
    lists: false,
    enums: true,
    postgresIndexes: false,
    partial: true,
    unindexable: [],
    pkName: false,
    actions: FK_ACTIONS,
  },
  {
    name: 'mongodb',
    scalars: [
      scalar('String', ['', 'String'], COMMON_DEFAULTS.String.slice(0, 2), ['["a", "b"]']),
      scalar('Int', ['', 'Int', 'Long'], COMMON_DEFAULTS.Int, ['[1, 2]']),
      scalar('BigInt', ['', 'Long'], ['0']),
      scalar('Float', ['', 'Double'], COMMON_DEFAULTS.Float),
      scalar('Boolean', ['', 'Bool'], COMMON_DEFAULTS.Boolean),
      scalar('DateTime', ['', 'Date', 'Timestamp'], COMMON_DEFAULTS.DateTime),
      scalar('Json', ['', 'Json'], []),
      scalar('Bytes', ['', 'BinData'], []),
    ],
    idKinds: [
      { type: 'String', attrs: '@id @default(auto()) @map("_id") @db.ObjectId' },
      { type: 'String', attrs: '@id @map("_id")' },
    ],
    lists: true,
    enums: true,
    postgresIndexes: false,
    partial: false,
    unindexable: [],
    pkName: false,
    mongo: true,
    actions: FK_ACTIONS,
  },
];

interface ModelPlan {
  name: string;
  id: IdKind | null; // null: composite @@id
  lines: string[]; // member lines (without indentation), comments included
  blockAttrs: string[];
  scalars: Array<{ name: string; type: string; list: boolean; optional: boolean; native?: string; unique?: boolean }>;
}

export function generateSchema(seed: number): GeneratedSchema {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const chance = (p: number) => r() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const flavor: 6 | 7 = chance(0.6) ? 7 : 6;
  // half PostgreSQL (the app's main target), the rest spread over the other SQL providers
  const provider = chance(0.5) ? PROVIDERS[0] : pick(PROVIDERS.slice(1));
  let names = 0;
  const uniqueName = (prefix: string) => `${prefix}_${++names}`;

  /** Whitespace inside an argument list (Prisma allows neither line breaks nor comments there). */
  const gap = () => pick(['', '', ' ', '  ', '\t']);
  const trailing = () => pick(['', '', '', ' // trailing', ' /// trailing doc', ' /* trailing block */']);
  const above = () => pick(['', '', '', '// a comment', '/// A documented member', '/* block comment */', '/// docs line 1\n  /// docs line 2', '']);

  const enums: Array<{ name: string; values: string[] }> = [];
  const enumBlocks: string[] = [];
  for (let e = 0; e < (provider.enums ? int(0, 3) : 0); e++) {
    const name = `Enum${e}`;
    const values = Array.from({ length: int(1, 4) }, (_, i) => `${pick(['A', 'B', 'ACTIVE', 'v', 'Done'])}${i}`);
    enums.push({ name, values });
    const lines = values.map((v) => {
      const doc = above();
      const map = chance(0.3) ? ` @map(${pick(['"x y"', '"lower"', '"with-dash"'])})` : '';
      return `${doc ? `  ${doc}\n` : ''}  ${v}${map}${trailing()}`;
    });
    if (chance(0.3)) lines.push(`\n  @@map("enum_${e}")`);
    enumBlocks.push(`${chance(0.3) ? '/// The enum\n' : ''}enum ${name} {\n${lines.join('\n')}\n}`);
  }

  const models: ModelPlan[] = [];
  const count = int(1, 5);
  for (let m = 0; m < count; m++) {
    const model: ModelPlan = { name: `Model${m}`, id: chance(0.1) && !provider.mongo ? null : pick(provider.idKinds), lines: [], blockAttrs: [], scalars: [] };
    if (model.id) model.lines.push(`id ${model.id.type} ${model.id.attrs}${trailing()}`);
    for (let f = 0; f < int(1, 6); f++) {
      const s = pick(provider.scalars);
      const list = provider.lists && chance(0.15) && s.type !== 'Json' && s.type !== 'Bytes';
      const optional = !list && chance(0.3);
      const name = `f${f}${pick(['', '_x', 'Name'])}`;
      const attrs: string[] = [];
      const native = pick(s.natives);
      if (list) {
        if (s.listDefaults.length && chance(0.4)) attrs.push(`@default(${pick(s.listDefaults)})`);
      } else {
        if (s.defaults.length && chance(0.4)) attrs.push(`@default(${pick(s.defaults)})`);
        if (s.type === 'DateTime' && !attrs.length && chance(0.3)) attrs.push('@updatedAt');
        if (chance(0.15) && s.type !== 'Json' && s.type !== 'Bytes' && !provider.unindexable.includes(native)) attrs.push(chance(0.5) ? '@unique' : `@unique(map: "${uniqueName('uq')}")`);
      }
      if (chance(0.3)) attrs.push(`@map(${chance(0.5) ? '' : 'name: '}"col_${f}")`);
      if (native) attrs.push(`@db.${native}`);
      if (chance(0.2)) attrs.reverse();
      const doc = above();
      model.lines.push(`${doc ? `${doc}\n  ` : ''}${name} ${s.type}${list ? '[]' : optional ? '?' : ''} ${attrs.join(' ')}${trailing()}`.replace(/ +(\n|$)/g, '$1'));
      model.scalars.push({ name, type: s.type, list, optional, native, unique: attrs.some((a) => a.startsWith('@unique')) });
    }
    if (enums.length && chance(0.6)) {
      const e = pick(enums);
      model.lines.push(`status ${e.name}${chance(0.5) ? ` @default(${pick(e.values)})` : '?'}`);
    }
    if (!model.id) {
      model.lines.unshift('a String', 'b Int');
      model.scalars.push({ name: 'a', type: 'String', list: false, optional: false }, { name: 'b', type: 'Int', list: false, optional: false });
      model.blockAttrs.push(`@@id([a, b]${provider.pkName && chance(0.5) ? `, map: "${uniqueName('pk')}"` : ''})`);
    }
    models.push(model);
  }

  // Relations: to an earlier model (or itself), 1:n or 1:1, named so several between one pair are fine.
  for (const [k, child] of models.entries()) {
    for (let n = 0; n < int(0, 2); n++) {
      const parent = models[int(0, k)];
      if (!parent.id) continue;
      const rel = uniqueName('rel');
      const fk = `${rel}Id`;
      const native = /@db\.\w+(\([^)]*\))?/.exec(parent.id.attrs)?.[0];
      const oneToOne = chance(0.25);
      const optional = chance(0.5) || parent === child;
      // MongoDB emulates relations: a self-relation must not cascade
      const onDelete = provider.mongo && parent === child ? ', onDelete: NoAction, onUpdate: NoAction' : pick(optional ? provider.actions.optional : provider.actions.required);
      child.lines.push(`${fk} ${parent.id.type}${optional ? '?' : ''}${oneToOne ? ' @unique' : ''}${native ? ` ${native}` : ''}`);
      child.lines.push(
        `${rel} ${parent.name}${optional ? '?' : ''} @relation(${gap()}"${rel}",${gap()}fields: [${fk}],${gap()}references: [id]${onDelete}${gap()})${trailing()}`,
      );
      parent.lines.push(`${rel}_back ${child.name}${oneToOne ? '?' : '[]'} @relation("${rel}")`);
      if (!oneToOne && !provider.mongo && chance(0.5)) child.blockAttrs.push(`@@index([${fk}])`);
    }
    if (k > 0 && child.id && !provider.mongo && chance(0.2)) {
      const other = models[int(0, k - 1)];
      if (other.id) {
        const rel = uniqueName('mn');
        child.lines.push(`${rel} ${other.name}[] @relation("${rel}")`);
        other.lines.push(`${rel}_back ${child.name}[] @relation("${rel}")`);
      }
    }
  }

  // Block attributes over scalar fields.
  for (const model of models) {
    // no index holds json, blob or (per provider) long-text columns
    // (MongoDB refuses a second index on the same fields)
    const plain = model.scalars.filter((s) => !s.list && s.type !== 'Json' && s.type !== 'Bytes' && !provider.unindexable.includes(s.native ?? '') && !(provider.mongo && s.unique));
    if (plain.length >= 2 && !provider.mongo && chance(0.4)) {
      const [a, b] = [plain[0].name, plain[1].name];
      model.blockAttrs.push(`@@unique(${gap()}[${a}, ${b}]${chance(0.5) ? `, map: "${uniqueName('uq')}"` : `, name: "${uniqueName('uqn')}"`}${gap()})`);
    }
    if (plain.length && chance(0.5)) {
      const field = pick(plain);
      const f = field.name;
      const options = [
        `@@index([${f}(sort: Desc)], map: "${uniqueName('ix')}")`,
        `@@index([${gap()}${f}${gap()}], name: "${uniqueName('ixn')}")`,
        `@@index([${f}], map: "${uniqueName('ix')}")`,
      ];
      if (provider.postgresIndexes) options.push(`@@index(fields: [${f}], type: Hash, map: "${uniqueName('ix')}")`);
      if (provider.postgresIndexes && field.type === 'String') options.push(`@@index([${f}(ops: raw("text_pattern_ops"))], type: BTree, map: "${uniqueName('ix')}")`);
      model.blockAttrs.push(pick(options));
    }
    const flag = plain.find((s) => s.type === 'Boolean');
    if (flavor === 7 && provider.partial && plain.length) {
      const f = flag ?? pick(plain);
      const where = flag
        ? pick([`{ ${f.name}: true }`, `{${f.name}:false}`, `{ ${f.name}: { not: false } }`, `{${gap()}${f.name}: true${gap()}}`])
        : pick([`{ ${f.name}: { not: null } }`, `raw("${f.name} IS NOT NULL")`, `raw("\\"${f.name}\\" IS NOT NULL")`]);
      if (chance(0.7)) model.blockAttrs.push(`@@${pick(['index', 'unique'])}([${f.name}], where: ${where}, map: "${uniqueName('partial')}")`);
    }
    if (chance(0.3)) model.blockAttrs.push(`@@map(${chance(0.5) ? 'name: ' : ''}"table_${model.name.toLowerCase()}")`);
  }

  const extraBlocks: string[] = [];
  const schemas = provider.extras && chance(0.25);
  if (provider.extras) {
    if (chance(0.3)) {
      extraBlocks.push(`view Report {\n  id    Int    @unique\n  label String?\n  total Float  @map("sum_total")${chance(0.5) ? '\n\n  @@map("report_v")' : ''}\n}`);
    }
    if (chance(0.3)) {
      extraBlocks.push(`/// Not in the client\nmodel Legacy {\n  id    Int                      @id\n  shape Unsupported("circle")?\n  note  String\n\n  @@ignore\n}`);
    }
    if (chance(0.3) && models[0].id) models[0].lines.push('geom Unsupported("geometry")?', 'secret String? @ignore');
  }
  if (provider.mongo && chance(0.6)) {
    extraBlocks.push(`/// An embedded document\ntype Address {\n  street String\n  city   String? @map("town")\n  zip    Int[]\n}`);
    const host = models[0];
    host.lines.push(`address Address${pick(['', '?', '[]'])}`);
    if (chance(0.5)) host.blockAttrs.push('@@index([address.city])'.replace('address.city', host.lines.some((l) => l.startsWith('address Address[]')) ? 'id' : 'address.city'));
  }
  if (schemas) {
    for (const [i, model] of models.entries()) model.blockAttrs.push(`@@schema("${i % 2 ? 'audit' : 'public'}")`);
  }

  const modelBlocks = models.map((model) => {
    const body = model.lines.map((l) => `  ${l}`);
    if (chance(0.3)) body.splice(int(0, body.length), 0, '', '  // a comment between fields');
    if (chance(0.2)) body.splice(int(0, body.length), 0, '  /* a block\n     comment */');
    const attrs = model.blockAttrs.map((a) => `  ${a}${trailing()}`);
    const doc = pick(['', '', '/// The model\n', '/* Model docs */\n', '// not docs\n']);
    return `${doc}model ${model.name} {\n${body.join('\n')}${attrs.length ? `\n\n${attrs.join('\n')}` : ''}\n}`;
  });

  const previewFeatures = [
    ...(flavor === 7 && provider.partial ? ['partialIndexes'] : []),
    ...(extraBlocks.some((b) => b.startsWith('view')) ? ['views'] : []),
    ...(schemas && flavor === 6 ? ['multiSchema'] : []),
  ];
  const header = [
    pick(['', '// Generated schema\n', '/* header */\n']),
    `datasource db {\n  provider = "${provider.name}"${trailing()}\n${flavor === 6 ? '  url      = env("DATABASE_URL")\n' : ''}${schemas ? '  schemas  = ["public", "audit"]\n' : ''}}`,
    `\n\ngenerator client {\n  provider = "prisma-client-js"\n${previewFeatures.length ? `  previewFeatures = [${previewFeatures.map((f) => `"${f}"`).join(', ')}]\n` : ''}}`,
  ].join('');
  const blocks = [...enumBlocks.map((b) => (schemas ? b.replace(/\n}$/, '\n\n  @@schema("public")\n}') : b)), ...modelBlocks, ...extraBlocks.map((b) => (schemas ? b.replace(/\n}$/, '\n\n  @@schema("public")\n}') : b))];
  const sep = () => pick(['\n\n', '\n', '\n\n// between blocks\n\n', '\n\n\n']);
  if (blocks.length > 2 && chance(0.3)) {
    const cut = int(1, blocks.length - 1);
    return {
      flavor,
      provider: provider.name,
      files: [
        { path: 'schema.prisma', text: [header, ...blocks.slice(0, cut)].join(sep()) + '\n' },
        { path: 'more.prisma', text: blocks.slice(cut).join(sep()) + '\n' },
      ],
    };
  }
  return { flavor, provider: provider.name, files: [{ path: 'schema.prisma', text: [header, ...blocks].join(sep()) + (chance(0.8) ? '\n' : '') }] };
}

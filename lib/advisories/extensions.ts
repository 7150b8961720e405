import type { BlockNode, PropertyNode, Value } from '../schema/ast';
import type { ParsedSchema } from '../schema/document';
import type { FieldInfo, ModelInfo } from '../schema/model';

/**
 * PostgreSQL extensions a schema needs: native types, defaults and index operator classes that exist
 * only once `CREATE EXTENSION` has run. Prisma migrates them only when the datasource declares them
 * (`extensions = [pg_trgm]`, preview feature `postgresqlExtensions`); otherwise the migration fails on a
 * fresh database ("operator class gin_trgm_ops does not exist", "type citext does not exist").
 */

export interface ExtensionInfo {
  /** The name `CREATE EXTENSION` takes: `pg_trgm`, `uuid-ossp`. */
  sql: string;
  /** How the datasource declares it: `pg_trgm`, `uuid_ossp(map: "uuid-ossp")`. */
  declaration: string;
  /** The PGlite contrib module that provides it (`@electric-sql/pglite/contrib/<name>`), or null when PGlite has none. */
  pglite: string | null;
}

export const EXTENSIONS: Record<string, ExtensionInfo> = {
  pg_trgm: { sql: 'pg_trgm', declaration: 'pg_trgm', pglite: 'pg_trgm' },
  citext: { sql: 'citext', declaration: 'citext', pglite: 'citext' },
  'uuid-ossp': { sql: 'uuid-ossp', declaration: 'uuid_ossp(map: "uuid-ossp")', pglite: 'uuid_ossp' },
  pgcrypto: { sql: 'pgcrypto', declaration: 'pgcrypto', pglite: 'pgcrypto' },
  vector: { sql: 'vector', declaration: 'vector', pglite: null },
  postgis: { sql: 'postgis', declaration: 'postgis', pglite: null },
  ltree: { sql: 'ltree', declaration: 'ltree', pglite: 'ltree' },
  hstore: { sql: 'hstore', declaration: 'hstore', pglite: 'hstore' },
  cube: { sql: 'cube', declaration: 'cube', pglite: 'cube' },
  btree_gin: { sql: 'btree_gin', declaration: 'btree_gin', pglite: 'btree_gin' },
  btree_gist: { sql: 'btree_gist', declaration: 'btree_gist', pglite: 'btree_gist' },
  fuzzystrmatch: { sql: 'fuzzystrmatch', declaration: 'fuzzystrmatch', pglite: 'fuzzystrmatch' },
  unaccent: { sql: 'unaccent', declaration: 'unaccent', pglite: 'unaccent' },
};

/** The contrib extensions @electric-sql/pglite 0.5.16 ships (`dist/contrib/<name>.js`). */
export const PGLITE_CONTRIB = [
  'amcheck', 'auto_explain', 'bloom', 'btree_gin', 'btree_gist', 'citext', 'cube', 'dict_int', 'dict_xsyn', 'earthdistance',
  'file_fdw', 'fuzzystrmatch', 'hstore', 'intarray', 'isn', 'lo', 'ltree', 'moddatetime', 'pageinspect', 'pg_buffercache',
  'pg_freespacemap', 'pg_stat_statements', 'pg_surgery', 'pg_trgm', 'pg_visibility', 'pg_walinspect', 'pgcrypto', 'seg',
  'tablefunc', 'tcn', 'tsm_system_rows', 'tsm_system_time', 'unaccent', 'uuid_ossp',
] as const;

/** Why one place in the schema needs an extension. */
export interface ExtensionNeed {
  /** A key of EXTENSIONS. */
  extension: string;
  /** What needs it, for the message: `@db.Citext`, `gin_trgm_ops`, `uuid_generate_v4()`. */
  what: string;
  model: ModelInfo;
  field: FieldInfo | null;
  /** The text that needs it (the attribute, default or type), in the model's file. */
  span: { start: number; end: number };
  /**
   * `gen_random_uuid()` is built into PostgreSQL 13 and later: only older servers need pgcrypto for it,
   * so it is advice there, not a defect.
   */
  onlyOldServers?: boolean;
}

/** Operator classes (as `ops: raw("…")` or a bare name) and the extension each comes from. */
const OPCLASSES: [RegExp, string][] = [
  [/^g(in|ist)_trgm_ops$/i, 'pg_trgm'],
  [/^gist_ltree_ops$/i, 'ltree'],
  [/^g(in|ist)_hstore_ops$/i, 'hstore'],
  [/^vector_(l2|ip|cosine|l1)_ops$|^halfvec_|^bit_(hamming|jaccard)_ops$/i, 'vector'],
];

/** Database types (native `@db.X`, or `Unsupported("x")`) and their extension. */
const TYPES: [RegExp, string][] = [
  [/^citext$/i, 'citext'],
  [/^(vector|halfvec|sparsevec)\b/i, 'vector'],
  [/^(geometry|geography)\b/i, 'postgis'],
  [/^l(tree|query)$/i, 'ltree'],
  [/^hstore$/i, 'hstore'],
  [/^cube$/i, 'cube'],
];

/** Functions in `dbgenerated("…")` defaults and their extension. */
const FUNCTIONS: [RegExp, string, boolean][] = [
  [/\buuid_generate_v[1345](mc)?\s*\(/i, 'uuid-ossp', false],
  [/\b(crypt|gen_salt|digest|hmac|pgp_sym_encrypt|gen_random_bytes)\s*\(/i, 'pgcrypto', false],
  [/\bgen_random_uuid\s*\(/i, 'pgcrypto', true],
];

function stringArg(value: Value | undefined): string | null {
  if (!value) return null;
  if (value.kind === 'string') return value.value;
  if (value.kind === 'call' && value.name === 'raw' && value.args?.[0]?.value.kind === 'string') return value.args[0].value.value;
  if (value.kind === 'call' && value.args === null) return value.name;
  return null;
}

/** Every place a schema needs an extension, in text order per file. */
export function extensionNeeds(schema: ParsedSchema): ExtensionNeed[] {
  const out: ExtensionNeed[] = [];
  for (const model of [...schema.model.models, ...schema.model.views]) {
    for (const field of model.fields) {
      const node = field.node;
      // Native types and Unsupported("…").
      const dbType = field.nativeType?.replace(/\(.*$/, '') ?? node.type?.unsupported ?? null;
      const typeHit = dbType ? TYPES.find(([re]) => re.test(dbType)) : undefined;
      if (typeHit) {
        const attr = node.attributes.find((a) => a.name.includes('.') && a.name.split('.')[1].toLowerCase() === dbType!.toLowerCase());
        const range = attr?.range ?? node.type?.range ?? node.range;
        out.push({ extension: typeHit[1], what: attr ? `@${attr.name}` : `Unsupported("${node.type?.unsupported}")`, model, field, span: range });
      }
      for (const attr of node.attributes) {
        if (attr.name === 'default') {
          const raw = schema.files.find((f) => f.path === model.file)!.text.slice(attr.range.start, attr.range.end);
          if (!/dbgenerated/.test(raw)) continue;
          for (const [re, extension, onlyOldServers] of FUNCTIONS) {
            const m = re.exec(raw);
            if (m) out.push({ extension, what: `${m[0].replace(/\s*\($/, '')}()`, model, field, span: attr.range, ...(onlyOldServers ? { onlyOldServers } : {}) });
          }
        }
        if (attr.name === 'index' || attr.name === 'unique' || attr.name === 'id') opsNeeds(attr.args?.find((a) => a.name === 'ops')?.value, attr.range, model, field, out);
      }
    }
    for (const m of model.block.members) {
      if (m.kind !== 'blockAttribute' || !['index', 'unique', 'id', 'fulltext'].includes(m.attribute.name)) continue;
      const fields = m.attribute.args?.find((a) => a.name === null || a.name === 'fields')?.value;
      if (fields?.kind !== 'array') continue;
      for (const item of fields.items) {
        if (item.kind !== 'call' || !item.args) continue;
        opsNeeds(item.args.find((a) => a.name === 'ops')?.value, m.attribute.range, model, model.fields.find((f) => f.name === item.name) ?? null, out);
      }
    }
  }
  return out;
}

function opsNeeds(value: Value | undefined, range: { start: number; end: number }, model: ModelInfo, field: FieldInfo | null, out: ExtensionNeed[]): void {
  const ops = stringArg(value);
  const hit = ops ? OPCLASSES.find(([re]) => re.test(ops)) : undefined;
  if (hit) out.push({ extension: hit[1], what: ops!, model, field, span: range });
}

/** The datasource's `extensions = [...]` property, when written. */
export function extensionsProperty(block: BlockNode): PropertyNode | undefined {
  return block.members.find((m): m is PropertyNode => m.kind === 'property' && m.key === 'extensions');
}

/** The extensions the datasource declares, by their SQL name (`uuid_ossp(map: "uuid-ossp")` → `uuid-ossp`). */
export function declaredExtensions(schema: ParsedSchema): Set<string> {
  const out = new Set<string>();
  const ds = schema.model.datasource;
  const value = ds ? extensionsProperty(ds.block)?.value : undefined;
  if (value?.kind !== 'array') return out;
  for (const item of value.items) {
    if (item.kind !== 'call') continue;
    const map = item.args?.find((a) => a.name === 'map')?.value;
    const name = map?.kind === 'string' ? map.value : item.name;
    out.add(name);
    // `uuid_ossp` and `pgvector(map: "vector")` are the usual spellings of `uuid-ossp` and `vector`.
    out.add(name.replace(/_/g, '-'));
    if (name === 'pgvector') out.add('vector');
  }
  return out;
}

/** The extensions a schema needs, in a stable order (first use), whether declared or not. */
export function neededExtensions(schema: ParsedSchema, options: { includeOldServerOnly?: boolean } = {}): string[] {
  const names: string[] = [];
  for (const need of extensionNeeds(schema)) {
    if (need.onlyOldServers && !options.includeOldServerOnly) continue;
    if (!names.includes(need.extension)) names.push(need.extension);
  }
  return names;
}

/**
 * `CREATE EXTENSION IF NOT EXISTS "pg_trgm";` lines for every extension the schema needs, for the
 * migration export to offer at the top of `migration.sql` (harmless when the extension exists).
 * `gen_random_uuid()` adds pgcrypto only with `includeOldServerOnly` (PostgreSQL 12 and older).
 */
export function createExtensionStatements(schema: ParsedSchema, options: { includeOldServerOnly?: boolean } = {}): string[] {
  return neededExtensions(schema, options).map((name) => `CREATE EXTENSION IF NOT EXISTS "${EXTENSIONS[name].sql}";`);
}

/**
 * The PGlite contrib modules a piece of SQL needs (from its `CREATE EXTENSION` statements), for
 * "Verify migration": PGlite can only create the extensions it was started with.
 */
export function pgliteExtensionsForSql(sql: string): { available: string[]; missing: string[] } {
  const available: string[] = [];
  const missing: string[] = [];
  for (const m of sql.matchAll(/CREATE\s+EXTENSION\s+(?:IF\s+NOT\s+EXISTS\s+)?"?([\w-]+)"?/gi)) {
    const name = m[1].toLowerCase();
    const module = PGLITE_CONTRIB.find((c) => c === name.replace(/-/g, '_')) ?? null;
    if (module && !available.includes(module)) available.push(module);
    if (!module && !missing.includes(name)) missing.push(name);
  }
  return { available, missing };
}

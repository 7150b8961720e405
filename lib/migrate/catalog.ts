import type { SqlDatabase } from './database';

/**
 * What a database's schema looks like, read from pg_catalog, in a form two databases can be compared
 * by: tables with their columns (type, nullability, default, identity, generated), constraints and
 * indexes (by name, with PostgreSQL's own definition text), enums with their values in order,
 * extensions and views. Prisma's `_prisma_migrations` table is left out. Works on PostgreSQL 15 and
 * on PGlite (PostgreSQL 18): PostgreSQL 18's NOT NULL rows in pg_constraint are skipped, nullability
 * is on the column.
 */
export interface CatalogSnapshot {
  /** By `schema.table`. */
  tables: Record<string, CatalogTable>;
  /** By `schema.type`: values in their sort order. */
  enums: Record<string, string[]>;
  extensions: string[];
  /** `schema.view` names. */
  views: string[];
}

export interface CatalogTable {
  /** In attribute order. */
  columns: CatalogColumn[];
  /** By constraint name. */
  constraints: Record<string, { type: 'primary key' | 'unique' | 'foreign key' | 'check' | 'exclusion'; definition: string }>;
  /** By index name: `pg_get_indexdef`. */
  indexes: Record<string, string>;
}

export interface CatalogColumn {
  name: string;
  /** `format_type`, e.g. `character varying(200)`, `timestamp(3) without time zone`, `"Role"[]`. */
  type: string;
  notNull: boolean;
  default: string | null;
  /** `always` / `by default` for identity columns. */
  identity: string | null;
  /** The expression of a generated column. */
  generated: string | null;
  /** A collation other than the type's default. */
  collation: string | null;
}

const USER_NAMESPACES = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'`;
/** Objects an extension created (e.g. citext's functions) are the extension's, not the schema's. */
const NOT_FROM_EXTENSION = (oid: string, catalog: string) =>
  `NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.objid = ${oid} AND dep.classid = '${catalog}'::regclass AND dep.deptype = 'e')`;

const TABLES = `
SELECT n.nspname AS schema, c.relname AS name
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND ${USER_NAMESPACES} AND ${NOT_FROM_EXTENSION('c.oid', 'pg_class')}`;

const COLUMNS = `
SELECT n.nspname AS schema, c.relname AS table, a.attname AS name, a.attnum AS num,
       format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS not_null,
       CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END AS default_expr,
       CASE a.attidentity WHEN 'a' THEN 'always' WHEN 'd' THEN 'by default' END AS identity,
       CASE WHEN a.attgenerated <> '' THEN pg_get_expr(d.adbin, d.adrelid) END AS generated,
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN co.collname END AS collation
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p') AND ${USER_NAMESPACES}
ORDER BY 1, 2, a.attnum`;

const CONSTRAINTS = `
SELECT n.nspname AS schema, c.relname AS table, con.conname AS name, con.contype AS type, pg_get_constraintdef(con.oid) AS definition
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE con.contype IN ('p', 'u', 'f', 'c', 'x') AND ${USER_NAMESPACES}`;

const INDEXES = `
SELECT n.nspname AS schema, t.relname AS table, i.relname AS name, pg_get_indexdef(i.oid) AS definition
FROM pg_index x
JOIN pg_class i ON i.oid = x.indexrelid
JOIN pg_class t ON t.oid = x.indrelid
JOIN pg_namespace n ON n.oid = i.relnamespace
WHERE t.relkind IN ('r', 'p') AND ${USER_NAMESPACES}`;

const ENUMS = `
SELECT n.nspname AS schema, t.typname AS name, json_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
FROM pg_type t
JOIN pg_enum e ON e.enumtypid = t.oid
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE ${USER_NAMESPACES}
GROUP BY 1, 2`;

const EXTENSIONS = `SELECT extname AS name FROM pg_extension WHERE extname <> 'plpgsql'`;

const VIEWS = `
SELECT n.nspname AS schema, c.relname AS name
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm') AND ${USER_NAMESPACES} AND ${NOT_FROM_EXTENSION('c.oid', 'pg_class')}`;

const CONSTRAINT_TYPES = { p: 'primary key', u: 'unique', f: 'foreign key', c: 'check', x: 'exclusion' } as const;

/** Prisma's migration bookkeeping table: not part of the schema. */
export const MIGRATIONS_TABLE = '_prisma_migrations';

export async function catalogSnapshot(db: SqlDatabase): Promise<CatalogSnapshot> {
  const tables: Record<string, CatalogTable> = {};
  const key = (schema: string, name: string) => `${schema}.${name}`;
  for (const t of (await db.query<{ schema: string; name: string }>(TABLES)).rows) {
    if (t.name === MIGRATIONS_TABLE) continue;
    tables[key(t.schema, t.name)] = { columns: [], constraints: {}, indexes: {} };
  }
  const columns = await db.query<{
    schema: string;
    table: string;
    name: string;
    type: string;
    not_null: boolean;
    default_expr: string | null;
    identity: string | null;
    generated: string | null;
    collation: string | null;
  }>(COLUMNS);
  for (const c of columns.rows) {
    tables[key(c.schema, c.table)]?.columns.push({
      name: c.name,
      type: c.type,
      notNull: c.not_null,
      default: c.default_expr ?? null,
      identity: c.identity ?? null,
      generated: c.generated ?? null,
      collation: c.collation ?? null,
    });
  }
  for (const c of (await db.query<{ schema: string; table: string; name: string; type: keyof typeof CONSTRAINT_TYPES; definition: string }>(CONSTRAINTS)).rows) {
    const t = tables[key(c.schema, c.table)];
    if (t) t.constraints[c.name] = { type: CONSTRAINT_TYPES[c.type], definition: c.definition };
  }
  for (const i of (await db.query<{ schema: string; table: string; name: string; definition: string }>(INDEXES)).rows) {
    const t = tables[key(i.schema, i.table)];
    if (t) t.indexes[i.name] = i.definition;
  }
  const enums: Record<string, string[]> = {};
  for (const e of (await db.query<{ schema: string; name: string; labels: string[] | string }>(ENUMS)).rows) {
    enums[key(e.schema, e.name)] = typeof e.labels === 'string' ? (JSON.parse(e.labels) as string[]) : e.labels;
  }
  const extensions = (await db.query<{ name: string }>(EXTENSIONS)).rows.map((r) => r.name).sort();
  const views = (await db.query<{ schema: string; name: string }>(VIEWS)).rows.map((v) => key(v.schema, v.name)).sort();
  return sortSnapshot({ tables, enums, extensions, views });
}

function sortSnapshot(s: CatalogSnapshot): CatalogSnapshot {
  const sortKeys = <T>(o: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const tables: Record<string, CatalogTable> = {};
  for (const [name, t] of Object.entries(sortKeys(s.tables))) tables[name] = { columns: t.columns, constraints: sortKeys(t.constraints), indexes: sortKeys(t.indexes) };
  return { tables, enums: sortKeys(s.enums), extensions: s.extensions, views: s.views };
}

export interface CatalogDifference {
  kind: 'table' | 'column' | 'column order' | 'constraint' | 'index' | 'enum' | 'extension' | 'view';
  /** `schema.table`, `schema.table.column`, `schema.table.constraint` … */
  object: string;
  /** Absent (null) on that side, or the differing value. */
  a: string | null;
  b: string | null;
}

export interface CompareOptions {
  /** Report columns in a different attribute order (a migration history adds columns at the end; a fresh CREATE lists them in schema order). Default false. */
  columnOrder?: boolean;
  /**
   * Treat spellings PostgreSQL stores differently but that mean the same as equal: a timestamp/time
   * precision of 6 (the default) and none, `now()` and `CURRENT_TIMESTAMP` defaults. Default false.
   */
  equivalent?: boolean;
}

/** Every difference between two snapshots; empty when they describe the same schema. */
export function compareCatalogs(a: CatalogSnapshot, b: CatalogSnapshot, options: CompareOptions = {}): CatalogDifference[] {
  const out: CatalogDifference[] = [];
  const both = <T>(x: Record<string, T>, y: Record<string, T>) => [...new Set([...Object.keys(x), ...Object.keys(y)])].sort();
  for (const name of both(a.tables, b.tables)) {
    const ta = a.tables[name];
    const tb = b.tables[name];
    if (!ta || !tb) {
      out.push({ kind: 'table', object: name, a: ta ? 'present' : null, b: tb ? 'present' : null });
      continue;
    }
    const ca = Object.fromEntries(ta.columns.map((c) => [c.name, c]));
    const cb = Object.fromEntries(tb.columns.map((c) => [c.name, c]));
    const show = (c: CatalogColumn) => describeColumn(options.equivalent ? equivalentColumn(c) : c);
    for (const col of both(ca, cb)) {
      const x = ca[col];
      const y = cb[col];
      const object = `${name}.${col}`;
      if (!x || !y) out.push({ kind: 'column', object, a: x ? describeColumn(x) : null, b: y ? describeColumn(y) : null });
      else if (show(x) !== show(y)) out.push({ kind: 'column', object, a: describeColumn(x), b: describeColumn(y) });
    }
    if (options.columnOrder) {
      const oa = ta.columns.map((c) => c.name).join(', ');
      const ob = tb.columns.map((c) => c.name).join(', ');
      if (oa !== ob) out.push({ kind: 'column order', object: name, a: oa, b: ob });
    }
    for (const con of both(ta.constraints, tb.constraints)) {
      const x = ta.constraints[con];
      const y = tb.constraints[con];
      const show = (c: typeof x) => (c ? `${c.type}: ${c.definition}` : null);
      if (show(x) !== show(y)) out.push({ kind: 'constraint', object: `${name}.${con}`, a: show(x), b: show(y) });
    }
    for (const idx of both(ta.indexes, tb.indexes)) {
      const x = ta.indexes[idx] ?? null;
      const y = tb.indexes[idx] ?? null;
      if (x !== y) out.push({ kind: 'index', object: `${name}.${idx}`, a: x, b: y });
    }
  }
  for (const name of both(a.enums, b.enums)) {
    const x = a.enums[name] ? a.enums[name].join(', ') : null;
    const y = b.enums[name] ? b.enums[name].join(', ') : null;
    if (x !== y) out.push({ kind: 'enum', object: name, a: x, b: y });
  }
  for (const name of [...new Set([...a.extensions, ...b.extensions])].sort()) {
    if (a.extensions.includes(name) !== b.extensions.includes(name)) out.push({ kind: 'extension', object: name, a: a.extensions.includes(name) ? 'present' : null, b: b.extensions.includes(name) ? 'present' : null });
  }
  for (const name of [...new Set([...a.views, ...b.views])].sort()) {
    if (a.views.includes(name) !== b.views.includes(name)) out.push({ kind: 'view', object: name, a: a.views.includes(name) ? 'present' : null, b: b.views.includes(name) ? 'present' : null });
  }
  return out;
}

function equivalentColumn(c: CatalogColumn): CatalogColumn {
  return {
    ...c,
    type: c.type.replace(/\b(timestamp|time)\(6\)/, '$1'),
    default: c.default === 'now()' ? 'CURRENT_TIMESTAMP' : c.default,
  };
}

export function describeColumn(c: CatalogColumn): string {
  return [
    c.type,
    c.notNull ? 'NOT NULL' : 'NULL',
    c.default !== null ? `DEFAULT ${c.default}` : '',
    c.identity ? `GENERATED ${c.identity.toUpperCase()} AS IDENTITY` : '',
    c.generated ? `GENERATED ALWAYS AS (${c.generated}) STORED` : '',
    c.collation ? `COLLATE "${c.collation}"` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

/** One line per difference: `column public.User.name: text NOT NULL (history) ≠ text NULL (from empty)`. */
export function formatDifferences(diffs: readonly CatalogDifference[], labels: { a: string; b: string } = { a: 'A', b: 'B' }): string[] {
  return diffs.map((d) => {
    if (d.a === null) return `${d.kind} ${d.object}: only in ${labels.b}${d.b && d.b !== 'present' ? ` (${d.b})` : ''}`;
    if (d.b === null) return `${d.kind} ${d.object}: only in ${labels.a}${d.a !== 'present' ? ` (${d.a})` : ''}`;
    return `${d.kind} ${d.object}: ${d.a} (${labels.a}) ≠ ${d.b} (${labels.b})`;
  });
}

import type { SqlDatabase } from './database';

/**
 * Sample rows for a data-loss check: the engine's warnings depend on data ("… still contains 1
 * non-null values", "there are 1 rows in this table"), so a scratch database at the baseline gets a
 * few rows in every table. Row 0 fills every column; row 1 leaves nullable columns NULL (so "made
 * required, but there are NULL values" shows up). Values are typed literals that are distinct per
 * row (unique constraints hold); foreign keys copy the referenced row's values; triggers and foreign
 * key checks are off while seeding (`session_replication_role = replica`), so cycles and
 * self-references need no ordering. A row a CHECK constraint or an unknown type refuses is skipped
 * and reported.
 */
export interface SeedResult {
  /** Rows inserted by `schema.table`. */
  rows: Record<string, number>;
  /** `schema.table: row n: PostgreSQL's message` for rows that could not be inserted. */
  failures: string[];
}

interface ColumnRow {
  schema: string;
  table: string;
  name: string;
  type: string;
  base_type: string;
  typtype: string;
  not_null: boolean;
  has_default: boolean;
  generated: boolean;
  identity_always: boolean;
  is_array: boolean;
  labels: string[] | string | null;
  max_length: number | null;
}

const COLUMNS = `
SELECT n.nspname AS schema, c.relname AS table, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
       format_type(COALESCE(NULLIF(t.typelem, 0), t.oid), NULL) AS base_type,
       COALESCE(et.typtype, t.typtype) AS typtype,
       a.attnotnull AS not_null, a.atthasdef AS has_default, a.attgenerated <> '' AS generated, a.attidentity = 'a' AS identity_always,
       t.typcategory = 'A' AS is_array,
       (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = COALESCE(NULLIF(t.typelem, 0), t.oid)) AS labels,
       CASE WHEN t.typname IN ('varchar', 'bpchar', 'bit', 'varbit') AND a.atttypmod > 4 THEN a.atttypmod - 4 END AS max_length
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_type et ON et.oid = NULLIF(t.typelem, 0) AND t.typcategory = 'A'
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%' AND c.relname <> '_prisma_migrations'
ORDER BY 1, 2, a.attnum`;

const FOREIGN_KEYS = `
SELECT n.nspname AS schema, c.relname AS table, fn.nspname AS ref_schema, fc.relname AS ref_table,
       (SELECT json_agg(a.attname ORDER BY k.i) FROM unnest(con.conkey) WITH ORDINALITY k(num, i) JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num) AS columns,
       (SELECT json_agg(a.attname ORDER BY k.i) FROM unnest(con.confkey) WITH ORDINALITY k(num, i) JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num) AS ref_columns
FROM pg_constraint con
JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_class fc ON fc.oid = con.confrelid JOIN pg_namespace fn ON fn.oid = fc.relnamespace
WHERE con.contype = 'f'`;

const json = <T>(v: T[] | string | null): T[] => (v === null ? [] : typeof v === 'string' ? (JSON.parse(v) as T[]) : v);
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** A literal of the column's type for row `i`, or null when there is no sensible one (the column's default or NULL is used). */
function sampleValue(c: ColumnRow, i: number): string | null {
  if (c.is_array) return `'{}'::${c.type}`;
  const labels = json<string>(c.labels);
  if (labels.length) return `${literal(labels[i % labels.length])}::${c.type}`;
  const t = c.base_type.replace(/\(.*\)/, '').trim();
  const n = i + 1;
  if (/^(smallint|integer|bigint|numeric|real|double precision|money|oid)$/.test(t)) return `${n}`;
  if (/^(text|character varying|character|citext|name)$/.test(t)) {
    const max = c.max_length ?? Infinity;
    const v = max >= 2 ? `s${n}`.slice(0, max) : String.fromCharCode(97 + i);
    return `${literal(v)}::${c.type}`;
  }
  if (t === 'boolean') return i % 2 === 0 ? 'true' : 'false';
  if (t === 'uuid') return `'00000000-0000-4000-8000-${String(n).padStart(12, '0')}'`;
  if (t === 'date') return `'2024-01-${String(n).padStart(2, '0')}'::date`;
  if (/^timestamp/.test(t)) return `'2024-01-${String(n).padStart(2, '0')} 12:00:00'::${c.type}`;
  if (/^time/.test(t)) return `'${String(n % 24).padStart(2, '0')}:00:00'::${c.type}`;
  if (t === 'interval') return `'${n} days'::interval`;
  if (t === 'json' || t === 'jsonb') return `'{"row": ${n}}'::${t}`;
  if (t === 'bytea') return `'\\x${n.toString(16).padStart(2, '0')}'::bytea`;
  if (t === 'inet' || t === 'cidr') return `'10.0.0.${n}'::${t}`;
  if (t === 'macaddr') return `'08:00:2b:01:02:${n.toString(16).padStart(2, '0')}'::macaddr`;
  if (t === 'xml') return `'<row>${n}</row>'::xml`;
  if (t === 'tsvector') return `'row${n}'::tsvector`;
  if (t === 'bit' || t === 'bit varying') return `B'${'1'.repeat(Math.min(c.max_length ?? 1, 8))}'::${c.type}`;
  return null;
}

export async function seedSampleRows(db: SqlDatabase, rowsPerTable = 2): Promise<SeedResult> {
  const columns = (await db.query<ColumnRow>(COLUMNS)).rows;
  const fks = (await db.query<{ schema: string; table: string; ref_schema: string; ref_table: string; columns: string[] | string; ref_columns: string[] | string }>(FOREIGN_KEYS)).rows;
  const tables = new Map<string, ColumnRow[]>();
  for (const c of columns) {
    const key = `${c.schema}.${c.table}`;
    if (!tables.has(key)) tables.set(key, []);
    tables.get(key)!.push(c);
  }
  // values[table][row][column]: generated first, then foreign keys copy the referenced row's value.
  const values = new Map<string, Array<Map<string, string | null>>>();
  for (const [key, cols] of tables) {
    const rows: Array<Map<string, string | null>> = [];
    for (let i = 0; i < rowsPerTable; i++) {
      const row = new Map<string, string | null>();
      for (const c of cols) {
        if (c.generated) continue;
        const leaveNull = i % 2 === 1 && !c.not_null;
        row.set(c.name, leaveNull ? 'NULL' : sampleValue(c, i));
      }
      rows.push(row);
    }
    values.set(key, rows);
  }
  const referenced = new Set<string>();
  for (const fk of fks) {
    const rows = values.get(`${fk.schema}.${fk.table}`);
    const refRows = values.get(`${fk.ref_schema}.${fk.ref_table}`);
    if (!rows || !refRows) continue;
    const cols = json<string>(fk.columns);
    const refCols = json<string>(fk.ref_columns);
    rows.forEach((row, i) => {
      cols.forEach((col, k) => {
        const key = `${fk.schema}.${fk.table}.${col}`;
        if (referenced.has(`${key}#${i}`) || row.get(col) === 'NULL') return;
        referenced.add(`${key}#${i}`);
        row.set(col, refRows[i]?.get(refCols[k]) ?? null);
      });
    });
  }

  const result: SeedResult = { rows: {}, failures: [] };
  await db.exec(`SET session_replication_role = replica`);
  try {
    for (const [key, rows] of values) {
      const cols = tables.get(key)!;
      const [schema, table] = [cols[0].schema, cols[0].table];
      const always = cols.some((c) => c.identity_always);
      result.rows[key] = 0;
      for (let i = 0; i < rows.length; i++) {
        const entries = [...rows[i]].filter(([name, v]) => v !== null || !cols.find((c) => c.name === name)!.has_default);
        const names = entries.map(([name]) => ident(name)).join(', ');
        const vals = entries.map(([, v]) => v ?? 'NULL').join(', ');
        const sql = entries.length
          ? `INSERT INTO ${ident(schema)}.${ident(table)} (${names})${always ? ' OVERRIDING SYSTEM VALUE' : ''} VALUES (${vals})`
          : `INSERT INTO ${ident(schema)}.${ident(table)} DEFAULT VALUES`;
        try {
          await db.exec(sql);
          result.rows[key]++;
        } catch (e) {
          result.failures.push(`${key}: row ${i + 1}: ${(e as Error).message}`);
        }
      }
    }
  } finally {
    await db.exec(`RESET session_replication_role`);
  }
  return result;
}

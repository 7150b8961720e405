import { execStatements } from './apply';
import type { SqlDatabase, SqlError } from './database';
import type { MigrationEngine } from './engine';
import { scanSqlScript, type SqlStatement } from './sql-script';

/** A part of an SQL file the import does not run, and why. */
export interface SkippedSql {
  line: number;
  /** The first line of it. */
  text: string;
  reason: string;
}

export interface PreparedDdl {
  statements: SqlStatement[];
  skipped: SkippedSql[];
}

const SKIP_RULES: Array<{ test: RegExp; reason: string }> = [
  { test: /^ALTER\s[\s\S]*\sOWNER\s+TO\s/i, reason: 'ownership is not part of a Prisma schema (and the role may not exist here)' },
  { test: /^(GRANT|REVOKE)\s/i, reason: 'privileges are not part of a Prisma schema (and the role may not exist here)' },
  { test: /^ALTER\s+DEFAULT\s+PRIVILEGES\s/i, reason: 'privileges are not part of a Prisma schema' },
  { test: /^SET\s+(SESSION\s+AUTHORIZATION|ROLE)\s/i, reason: 'roles are not part of a Prisma schema' },
  { test: /^(CREATE|ALTER|DROP)\s+DATABASE\s/i, reason: 'the import runs in one database of its own' },
  { test: /^COPY\s[\s\S]*\sFROM\s+stdin\b/i, reason: 'table data is not needed for the schema' },
];

/**
 * What of a DDL file (hand-written, or `pg_dump --schema-only` output) to run: statements, minus psql
 * meta-commands (`\restrict`, `\connect` …, which pg_dump 15.14+ writes and no server can execute),
 * COPY data, ownership and privilege statements, and database-level statements.
 */
export function prepareDdl(sql: string): PreparedDdl {
  const statements: SqlStatement[] = [];
  const skipped: SkippedSql[] = [];
  const firstLine = (t: string) => t.split('\n')[0].trimEnd();
  for (const piece of scanSqlScript(sql)) {
    if (piece.kind === 'meta-command') {
      skipped.push({ line: piece.line, text: firstLine(piece.text), reason: 'a psql meta-command, not SQL' });
      continue;
    }
    if (piece.kind === 'copy-data') {
      const rows = piece.text.split('\n').length - 1;
      skipped.push({ line: piece.line, text: `(${rows} row${rows === 1 ? '' : 's'} of COPY data)`, reason: 'table data is not needed for the schema' });
      continue;
    }
    const rule = SKIP_RULES.find((r) => r.test.test(piece.text));
    if (rule) skipped.push({ line: piece.line, text: firstLine(piece.text), reason: rule.reason });
    else statements.push({ text: piece.text, start: piece.start, end: piece.end, line: piece.line });
  }
  return { statements, skipped };
}

export interface ImportNote {
  kind: 'check constraint' | 'expression index' | 'partial index' | 'extension' | 'trigger' | 'exclusion constraint';
  name: string;
  message: string;
}

export type ImportSqlResult =
  | {
      ok: true;
      /** The introspected Prisma schema, exactly as the engine wrote it. */
      schema: string;
      /** The PostgreSQL schemas read (`public` unless the SQL made others). */
      schemas: string[];
      skipped: SkippedSql[];
      /** What the database has and the Prisma schema cannot say (Prisma drops it silently). */
      notes: ImportNote[];
      /** The engine's own introspection warnings, if any. */
      warnings: string | null;
    }
  /** `error` is PostgreSQL's, with the failing statement and its line in the file; `message` alone for engine failures. */
  | { ok: false; message: string; error: SqlError | null; skipped: SkippedSql[] };

/**
 * SQL → Prisma schema: runs the DDL in `db` (a fresh, empty database), then introspects it with
 * `engine` (a schema engine connected to that same database).
 */
export async function importSql(ddl: string, env: { db: SqlDatabase; engine: MigrationEngine }): Promise<ImportSqlResult> {
  const { db, engine } = env;
  const prepared = prepareDdl(ddl);
  const ran = await execStatements(db, ddl, prepared.statements);
  if (!ran.ok) return { ok: false, message: ran.error.message, error: ran.error, skipped: prepared.skipped };
  // pg_dump clears search_path (set_config('search_path', '', false)); introspection needs the default back.
  await db.exec('RESET ALL');
  const schemas = (await db.query<{ name: string }>(USER_SCHEMAS)).rows.map((r) => r.name);
  if (!schemas.length) return { ok: false, message: 'The SQL creates no tables, views or enums: there is nothing to introspect', error: null, skipped: prepared.skipped };
  const introspected = await engine.introspect(schemas);
  if (!introspected.ok) return { ok: false, message: introspected.message, error: null, skipped: prepared.skipped };
  return {
    ok: true,
    schema: introspected.schema,
    schemas,
    skipped: prepared.skipped,
    notes: await unrepresented(db, introspected.schema),
    warnings: introspected.warnings,
  };
}

const USER_NS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'`;

const USER_SCHEMAS = `
SELECT n.nspname AS name FROM pg_namespace n
WHERE ${USER_NS} AND (
  EXISTS (SELECT 1 FROM pg_class c WHERE c.relnamespace = n.oid AND c.relkind IN ('r', 'p', 'v', 'm')
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e'))
  OR EXISTS (SELECT 1 FROM pg_type t WHERE t.typnamespace = n.oid AND t.typtype = 'e'
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')))
ORDER BY n.nspname = 'public' DESC, n.nspname`;

const CHECKS = `
SELECT con.conname AS name, con.contype AS type, c.relname AS table, pg_get_constraintdef(con.oid) AS definition
FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE con.contype IN ('c', 'x') AND ${USER_NS}`;

const ODD_INDEXES = `
SELECT i.relname AS name, t.relname AS table, x.indexprs IS NOT NULL AS expression, x.indpred IS NOT NULL AS partial, pg_get_indexdef(i.oid) AS definition
FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid JOIN pg_namespace n ON n.oid = i.relnamespace
WHERE (x.indexprs IS NOT NULL OR x.indpred IS NOT NULL) AND ${USER_NS}`;

const TRIGGERS = `
SELECT tg.tgname AS name, c.relname AS table FROM pg_trigger tg JOIN pg_class c ON c.oid = tg.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE NOT tg.tgisinternal AND ${USER_NS}`;

const EXTENSIONS = `SELECT extname AS name FROM pg_extension WHERE extname <> 'plpgsql' ORDER BY 1`;

async function unrepresented(db: SqlDatabase, schema: string): Promise<ImportNote[]> {
  const notes: ImportNote[] = [];
  const named = (name: string) => schema.includes(JSON.stringify(name));
  for (const c of (await db.query<{ name: string; type: string; table: string; definition: string }>(CHECKS)).rows) {
    const kind = c.type === 'c' ? 'check constraint' : 'exclusion constraint';
    notes.push({ kind, name: c.name, message: `${c.table}: ${kind} ${c.name} (${c.definition}) is not in the Prisma schema: Prisma cannot express it; keep it in a migration` });
  }
  for (const i of (await db.query<{ name: string; table: string; expression: boolean; partial: boolean; definition: string }>(ODD_INDEXES)).rows) {
    if (named(i.name)) continue;
    const kind = i.expression ? 'expression index' : 'partial index';
    notes.push({ kind, name: i.name, message: `${i.table}: ${kind} ${i.name} is not in the Prisma schema (${i.definition}); keep it in a migration` });
  }
  for (const t of (await db.query<{ name: string; table: string }>(TRIGGERS)).rows) {
    notes.push({ kind: 'trigger', name: t.name, message: `${t.table}: trigger ${t.name} is not part of a Prisma schema; keep it in a migration` });
  }
  const extensions = (await db.query<{ name: string }>(EXTENSIONS)).rows.map((r) => r.name);
  for (const name of extensions) {
    if (new RegExp(`extensions\\s*=\\s*\\[[^\\]]*\\b${name.replace(/[^\w]/g, '.')}\\b`).test(schema)) continue;
    notes.push({
      kind: 'extension',
      name,
      message: `The database uses the extension ${name}; the introspected datasource does not list it (add \`extensions = [${/^[A-Za-z_]\w*$/.test(name) ? name : `${name.replace(/\W/g, '_')}(map: "${name}")`}]\` with the postgresqlExtensions preview feature to manage it from Prisma)`,
    });
  }
  return notes;
}

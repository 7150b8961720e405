import { lineColumn, type SqlStatement } from './sql-script';

/**
 * The little a PostgreSQL connection must offer to apply, verify and inspect: PGlite has it as is;
 * a `pg` client is wrapped by `pgClientDatabase` (postgres-node.ts).
 */
export interface SqlDatabase {
  /** Runs a script of one or more statements (simple query protocol: several statements are one implicit transaction). */
  exec(sql: string): Promise<unknown>;
  /** One statement with optional `$1` parameters; rows as objects keyed by column name. */
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

/** A PostgreSQL error as the server reported it, with the statement of the script that failed when known. */
export interface SqlError {
  /** The server's message, e.g. `column "name" of relation "User" contains null values`. */
  message: string;
  /** SQLSTATE, e.g. `23502`. */
  code: string | null;
  detail: string | null;
  hint: string | null;
  where: string | null;
  /** The failing statement of the script (1-based line where it starts), when it could be found. */
  statement: (SqlStatement & { index: number }) | null;
  /** Where in the script the server pointed (syntax errors and unknown names), 1-based. */
  position: { line: number; column: number } | null;
}

interface PgErrorLike {
  message?: unknown;
  code?: unknown;
  detail?: unknown;
  hint?: unknown;
  where?: unknown;
  position?: unknown;
}

const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** Reads the fields `pg` and PGlite put on their DatabaseError. */
export function toSqlError(e: unknown): SqlError {
  const x = (e && typeof e === 'object' ? e : { message: String(e) }) as PgErrorLike;
  return {
    message: str(x.message) ?? String(e),
    code: str(x.code),
    detail: str(x.detail),
    hint: str(x.hint),
    where: str(x.where),
    statement: null,
    position: null,
  };
}

/** The server's 1-based character position of an error in the query text, as a 0-based offset. */
export function errorOffset(e: unknown): number | null {
  const p = e && typeof e === 'object' ? (e as PgErrorLike).position : undefined;
  const n = typeof p === 'string' ? Number.parseInt(p, 10) : typeof p === 'number' ? p : NaN;
  return Number.isFinite(n) && n > 0 ? n - 1 : null;
}

export function positionIn(text: string, offset: number | null): SqlError['position'] {
  return offset === null ? null : lineColumn(text, Math.min(offset, text.length));
}

/**
 * `ERROR: …` in psql's layout, then where it happened:
 * `ERROR:  column "name" of relation "User" contains null values` / `at migration.sql:12 (statement 3): ALTER TABLE …`.
 */
export function formatSqlError(error: SqlError, scriptName = 'script'): string {
  const lines = [`ERROR:  ${error.message}${error.code ? ` (SQLSTATE ${error.code})` : ''}`];
  if (error.detail) lines.push(`DETAIL:  ${error.detail}`);
  if (error.hint) lines.push(`HINT:  ${error.hint}`);
  if (error.where) lines.push(`CONTEXT:  ${error.where}`);
  if (error.statement) {
    const at = error.position ? `${error.position.line}:${error.position.column}` : `${error.statement.line}`;
    lines.push(`at ${scriptName}:${at} (statement ${error.statement.index + 1}):`);
    lines.push(...error.statement.text.split('\n').map((l) => `    ${l}`));
  } else if (error.position) {
    lines.push(`at ${scriptName}:${error.position.line}:${error.position.column}`);
  }
  return lines.join('\n');
}

import { readFileSync, statSync } from 'node:fs';
import { decodeSchemaText } from '../lib/files/import';
import { formatSqlError } from '../lib/migrate/database';
import type { ImportSqlResult } from '../lib/migrate/import-sql';
import { DEFAULT_IMPORT_TIMEOUT_MS, importSqlNodeWithTimeout, type ImportSqlRun } from '../lib/migrate/migrate-node';
import type { Io } from './io';

export const IMPORT_SQL_USAGE = `Usage: schema-canvas import-sql <file.sql> [options]

Runs the SQL (hand-written DDL, or pg_dump --schema-only output) in a temporary PGlite database
(PostgreSQL 18) and prints the Prisma schema that Prisma's introspection makes of it.

psql meta-commands (\\restrict, \\connect …), COPY data, ownership and privilege statements are
skipped. What the database has and a Prisma schema cannot say (CHECK constraints, expression
indexes, triggers, extensions) is listed on stderr.

Options:
  --quiet           no notes on stderr (errors only)
  --timeout <s>     stop SQL still running after this many seconds (default ${DEFAULT_IMPORT_TIMEOUT_MS / 1000});
                    Ctrl-C stops it at once

Exit codes: 0 printed, 1 the SQL failed (PostgreSQL's error and the line are printed), created
nothing to introspect, or was stopped (timeout, Ctrl-C), 2 bad usage or an unreadable file.`;

/** Runs one import; the CLI passes a timeout and a signal that Ctrl-C aborts. */
export type ImportSqlRunner = (ddl: string, options: { timeoutMs: number; signal: AbortSignal }) => Promise<ImportSqlResult | ImportSqlRun>;

export async function importSqlCommand(argv: string[], io: Io, run: ImportSqlRunner = importSqlNodeWithTimeout): Promise<number> {
  let file = '';
  let quiet = false;
  let timeoutMs = DEFAULT_IMPORT_TIMEOUT_MS;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '--quiet') quiet = true;
    else if (flag === '--timeout') {
      const v = inline ?? argv[++i];
      const seconds = Number(v);
      if (!v || !Number.isFinite(seconds) || seconds <= 0) return usage(io, `--timeout needs a number of seconds greater than 0${v ? ` (got ${v})` : ''}`);
      timeoutMs = Math.round(seconds * 1000);
    } else if (a.startsWith('-')) return usage(io, `Unknown option ${a}`);
    else if (!file) file = a;
    else return usage(io, `One SQL file at a time (got ${file} and ${a})`);
  }
  if (!file) return usage(io, 'Name an SQL file');
  let bytes: Uint8Array;
  try {
    if (statSync(file).isDirectory()) {
      io.err(`${file}: is a folder; name an SQL file\n`);
      return 2;
    }
    bytes = readFileSync(file);
  } catch {
    io.err(`${file}: no such file\n`);
    return 2;
  }
  const decoded = decodeSchemaText(bytes);
  if (!decoded.ok) {
    io.err(`${file}: ${decoded.error.replace('Prisma schema files', 'SQL files')}\n`);
    return 2;
  }
  const controller = new AbortController();
  const onInterrupt = () => controller.abort();
  process.once('SIGINT', onInterrupt);
  let result: ImportSqlResult | ImportSqlRun;
  try {
    result = await run(decoded.text.replace(/^\uFEFF/, ''), { timeoutMs, signal: controller.signal });
  } finally {
    process.removeListener('SIGINT', onInterrupt);
  }
  if (!quiet) for (const s of result.skipped) io.err(`${file}:${s.line}: skipped ${s.text} (${s.reason})\n`);
  if (!result.ok) {
    io.err(result.error ? `${formatSqlError(result.error, file)}\n` : `${file}: ${result.message}\n`);
    return 1;
  }
  if (!quiet) {
    for (const n of result.notes) io.err(`note: ${n.message}\n`);
    if (result.warnings) io.err(`${result.warnings.replace(/\n+$/, '')}\n`);
  }
  io.out(result.schema);
  return 0;
}

function usage(io: Io, problem: string): number {
  io.err(`${problem}\n\n${IMPORT_SQL_USAGE}\n`);
  return 2;
}

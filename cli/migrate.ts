import { statSync } from 'node:fs';
import type { DiffSource, MigrationEngine } from '../lib/migrate/engine';
import { isMigrationsFolder, nodeDiffEngine, readMigrationsFolder } from '../lib/migrate/migrate-node';
import type { Io } from './io';
import { readSchema } from './read-schema';

export const MIGRATE_USAGE = `Usage: schema-canvas migrate --from <source> --to <target> [options]

Prints the SQL migration from one state of a schema to another, byte for byte as Prisma's schema
engine writes it (PostgreSQL).

A source or target is one of:
  empty               an empty database
  <file.prisma>       a schema file
  <folder>            a schema folder (every .prisma file under it), or a migrations folder
                      (sub-folders holding migration.sql, or a migration_lock.toml), which is
                      replayed on a temporary PGlite database

Datasource url, directUrl and shadowDatabaseUrl are ignored (Prisma 7 engines reject them in
schema files); the files themselves are not changed.

Options:
  --down          print the rollback instead: the migration from --to back to --from (down.sql)
  --summary       Prisma's human summary ([+] Added tables …) instead of SQL

Exit codes: 0 printed, 1 the engine could not compute the migration (e.g. a migration of the
folder fails), 2 invalid schema or bad usage.`;

interface MigrateArgs {
  from: string;
  to: string;
  down: boolean;
  summary: boolean;
}

function parseArgs(argv: string[]): MigrateArgs | string {
  const args: MigrateArgs = { from: '', to: '', down: false, summary: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--from' || flag === '--to') {
      const v = value();
      if (!v) return `${flag} needs empty, a schema file or a folder`;
      args[flag === '--from' ? 'from' : 'to'] = v;
    } else if (flag === '--down') args.down = true;
    else if (flag === '--summary') args.summary = true;
    else if (flag.startsWith('-')) return `Unknown option ${flag}`;
    else return `Unexpected argument ${a}: name the states with --from and --to`;
  }
  if (!args.from) return 'Name where the migration starts with --from (empty, a schema file or a folder)';
  if (!args.to) return 'Name where the migration ends with --to (a schema file or a folder)';
  return args;
}

/** Reads `empty`, a schema file or folder, or a migrations folder. */
export function readDiffSource(target: string): { source: DiffSource; note?: string } | { error: string } {
  if (target === 'empty') return { source: { kind: 'empty' } };
  try {
    statSync(target);
  } catch {
    return { error: `${target}: no such file or folder (use "empty" for an empty database)` };
  }
  if (isMigrationsFolder(target)) {
    const folder = readMigrationsFolder(target);
    const note = folder.ignored.length ? `${target}: ${folder.ignored.length} folder(s) without migration.sql ignored: ${folder.ignored.join(', ')}` : undefined;
    return { source: { kind: 'migrations', folder }, note };
  }
  const schema = readSchema(target);
  if ('error' in schema) return { error: schema.error };
  return { source: { kind: 'schema', files: schema.files } };
}

export async function migrateCommand(argv: string[], io: Io, engine: () => Promise<MigrationEngine> = nodeDiffEngine): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(`${args}\n\n${MIGRATE_USAGE}\n`);
    return 2;
  }
  const from = readDiffSource(args.from);
  if ('error' in from) {
    io.err(`${from.error}\n`);
    return 2;
  }
  const to = readDiffSource(args.to);
  if ('error' in to) {
    io.err(`${to.error}\n`);
    return 2;
  }
  for (const note of [from.note, to.note]) if (note) io.err(`${note}\n`);
  const request = args.down ? { from: to.source, to: from.source } : { from: from.source, to: to.source };
  const result = await (await engine()).diff({ ...request, script: !args.summary });
  if (!result.ok) {
    io.err(`${result.message.replace(/\n+$/, '')}\n`);
    // P1012: the schema is invalid (Prisma's validation message above).
    return result.code === 'P1012' ? 2 : 1;
  }
  io.out(result.output);
  return 0;
}

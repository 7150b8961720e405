import { statSync } from 'node:fs';
import type { DiffSource, MigrationEngine } from '../lib/migrate/engine';
import { stripBacktrace } from '../lib/migrate/engine-message';
import { planMigrationEngine } from '../lib/migrate/engine-plan';
import type { MigrationEngineVersion } from '../lib/migrate/engine-versions';
import { isMigrationsFolder, nodeDiffEngine, readMigrationsFolder } from '../lib/migrate/migrate-node';
import { PrismaSchemaEngine } from '../lib/prisma/engine';
import { loadPrismaSchemaWasmNode } from '../lib/prisma/load-node';
import { isPrismaVersionId, type PrismaVersionId } from '../lib/prisma/versions';
import type { SchemaFile } from '../lib/schema/document';
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

The schema engine is Prisma's own, of the newest version whose validator accepts the schema(s):
Prisma 7, else Prisma 6.19. Datasource url, directUrl and shadowDatabaseUrl are ignored by Prisma 7
(its engines reject them in schema files); the files themselves are never changed. A schema only
Prisma 5 accepts (there is no Prisma 5 schema engine) gets the reason and its upgrade quick fixes.

Options:
  --prisma-version 7|6|5   use that Prisma version's schema engine (5: the newest engine that also
                           accepts the schema)
  --upgrade       apply the upgrade quick fixes in memory and export (e.g. @id on a view → @unique)
  --down          print the rollback instead: the migration from --to back to --from (down.sql)
  --summary       Prisma's human summary ([+] Added tables …) instead of SQL

Exit codes: 0 printed, 1 the engine could not compute the migration (e.g. a migration of the
folder fails), 2 invalid schema or bad usage.`;

interface MigrateArgs {
  from: string;
  to: string;
  down: boolean;
  summary: boolean;
  upgrade: boolean;
  prismaVersion: PrismaVersionId | null;
}

function parseArgs(argv: string[]): MigrateArgs | string {
  const args: MigrateArgs = { from: '', to: '', down: false, summary: false, upgrade: false, prismaVersion: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--from' || flag === '--to') {
      const v = value();
      if (!v) return `${flag} needs empty, a schema file or a folder`;
      args[flag === '--from' ? 'from' : 'to'] = v;
    } else if (flag === '--prisma-version') {
      const v = value();
      if (!isPrismaVersionId(v)) return `--prisma-version needs 7, 6 or 5${v ? ` (got ${v})` : ''}`;
      args.prismaVersion = v;
    } else if (flag === '--upgrade') args.upgrade = true;
    else if (flag === '--down') args.down = true;
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

/** Prisma's validator of a version, in Node (loaded once per version). */
function lintWith(version: PrismaVersionId, files: readonly SchemaFile[]) {
  return new PrismaSchemaEngine(loadPrismaSchemaWasmNode(version)).lint(files);
}

export async function migrateCommand(
  argv: string[],
  io: Io,
  engine: (version: MigrationEngineVersion) => Promise<MigrationEngine> = nodeDiffEngine,
): Promise<number> {
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
  if (from.source.kind === 'empty' && to.source.kind === 'empty') {
    io.err('Nothing to diff: --from and --to are both an empty database.\n');
    return 0;
  }
  for (const note of [from.note, to.note]) if (note) io.err(`${note}\n`);
  const chosen = planMigrationEngine([from.source, to.source], lintWith, { requested: args.prismaVersion, upgrade: args.upgrade });
  if (!chosen.ok) {
    const hint = chosen.fixable ? '\nRe-run with --upgrade to export with these fixes applied in memory (your files are not changed).' : '';
    io.err(`${chosen.message.replace(/use Prisma (\d)\.$/, 'use --prisma-version $1.')}${hint}\n`);
    return 2;
  }
  for (const note of chosen.notes) io.err(`${note}\n`);
  const [a, b] = chosen.sources;
  const request = args.down ? { from: b, to: a } : { from: a, to: b };
  const result = await (await engine(chosen.version)).diff({ ...request, script: !args.summary });
  if (!result.ok) {
    io.err(`${stripBacktrace(result.message)}\n`);
    // P1012: the schema is invalid (Prisma's validation message above).
    return result.code === 'P1012' ? 2 : 1;
  }
  io.out(result.output);
  return 0;
}

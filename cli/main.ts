import { lintCommand, LINT_USAGE } from './lint';
import { processIo, type Io } from './io';
import { rulesCommand } from './rules';

const USAGE = `Usage: schema-canvas <command> [options]

Commands:
  lint <schema file or folder>    Prisma's diagnostics and Schema Canvas advisories
  rules [--format json]           every advisory rule: id, category, severity, what and why
  migrate --from <a> --to <b>     the migration SQL from a to b (empty, schema, migrations folder), as Prisma writes it
  import-sql <file.sql>           the Prisma schema of an SQL file (DDL or pg_dump output)
  edit <schema> <command> [...]   one of the designer's edit commands as a minimal text patch (see edit --help)

Run \`schema-canvas <command> --help\` for a command's options.`;

/**
 * The command line: returns the exit code (the caller sets it, so tests can run commands in-process).
 * Commands that run Prisma's schema engine (migrate, import-sql) are asynchronous and return a promise.
 */
export function main(argv: string[], io: Io = processIo): number | Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    io.out(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  if (command === 'lint') {
    if (rest.includes('--help') || rest.includes('-h')) {
      io.out(`${LINT_USAGE}\n`);
      return 0;
    }
    return lintCommand(rest, io);
  }
  if (command === 'rules') return rulesCommand(rest, io);
  if (command === 'migrate' || command === 'import-sql') return engineCommand(command, rest, io);
  if (command === 'edit') return editCli(rest, io);
  io.err(`Unknown command "${command}"\n\n${USAGE}\n`);
  return 2;
}

/** Loaded on demand: the schema engine and PGlite are large, and lint/rules never need them. */
async function engineCommand(command: 'migrate' | 'import-sql', rest: string[], io: Io): Promise<number> {
  const help = rest.includes('--help') || rest.includes('-h');
  if (command === 'migrate') {
    const { migrateCommand, MIGRATE_USAGE } = await import('./migrate');
    if (help) io.out(`${MIGRATE_USAGE}\n`);
    return help ? 0 : migrateCommand(rest, io);
  }
  const { importSqlCommand, IMPORT_SQL_USAGE } = await import('./import-sql');
  if (help) io.out(`${IMPORT_SQL_USAGE}\n`);
  return help ? 0 : importSqlCommand(rest, io);
}

/** The designer's edit commands, from the command registry (loaded on demand). */
async function editCli(rest: string[], io: Io): Promise<number> {
  const { editCommand, EDIT_USAGE } = await import('./edit');
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`${EDIT_USAGE()}\n`);
    return 0;
  }
  return editCommand(rest, io);
}

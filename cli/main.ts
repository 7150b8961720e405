import { lintCommand, LINT_USAGE } from './lint';
import { processIo, type Io } from './io';
import { rulesCommand } from './rules';

const USAGE = `Usage: schema-canvas <command> [options]

Commands:
  lint <schema file or folder>    Prisma's diagnostics and Schema Canvas advisories
  rules [--format json]           every advisory rule: id, category, severity, what and why

Run \`schema-canvas <command> --help\` for a command's options.`;

/** The command line: returns the exit code (the caller sets it, so tests can run commands in-process). */
export function main(argv: string[], io: Io = processIo): number {
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
  io.err(`Unknown command "${command}"\n\n${USAGE}\n`);
  return 2;
}

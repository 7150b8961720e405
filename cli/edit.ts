import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTRY } from '../lib/commands/registry';
import type { ArgValues, CommandDefinition } from '../lib/commands/types';
import { InProcessPrisma } from '../lib/prisma/in-process';
import { Session } from '../lib/session/session';
import type { Io } from './io';
import { readSchema } from './read-schema';

const commandLines = () =>
  REGISTRY.cli()
    .map((c) => `  ${c.id.padEnd(26)} ${c.args.map((a) => (a.optional ? `[--${a.name}]` : `--${a.name}`)).join(' ')}`)
    .join('\n');

export const EDIT_USAGE = () => `Usage: schema-canvas edit <schema file or folder> <command> [--<argument> <value>]... [--write]

Runs one of the designer's edit commands on a schema: the same minimal text patch the canvas makes
(every other byte stays as it is), checked by Prisma. Prints the edited schema (a single file), or
writes it back with --write. Yes/no arguments take true or false.

Commands:
${commandLines()}`;

function parseArgs(command: CommandDefinition, rest: string[]): { args: ArgValues; write: boolean } | { error: string } {
  const args: ArgValues = {};
  let write = false;
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i];
    if (flag === '--write') {
      write = true;
      continue;
    }
    const name = flag.startsWith('--') ? flag.slice(2) : null;
    const spec = name ? command.args.find((a) => a.name === name) : undefined;
    if (!spec) return { error: `${command.id} has no argument "${flag}" (it takes ${command.args.map((a) => `--${a.name}`).join(', ') || 'none'})` };
    const value = rest[++i];
    if (value === undefined) return { error: `--${spec.name} needs a value` };
    if (spec.kind === 'boolean') {
      if (value !== 'true' && value !== 'false') return { error: `--${spec.name} takes true or false` };
      args[spec.name] = value === 'true';
    } else args[spec.name] = value;
  }
  for (const a of command.args) if (a.kind === 'boolean' && args[a.name] === undefined) args[a.name] = a.initial === true;
  return { args, write };
}

/** `schema-canvas edit`: a registry command run through a session, as the designer runs it. */
export async function editCommand(rest: string[], io: Io): Promise<number> {
  const [target, id, ...flags] = rest;
  const command = id ? REGISTRY.get(id) : undefined;
  if (!target || !command || !command.cli) {
    io.err(`${id && !command?.cli ? `Unknown edit command "${id}"\n\n` : ''}${EDIT_USAGE()}\n`);
    return 2;
  }
  const read = readSchema(target);
  if ('error' in read) {
    io.err(`${read.error}\n`);
    return 2;
  }
  const parsed = parseArgs(command, flags);
  if ('error' in parsed) {
    io.err(`${parsed.error}\n`);
    return 2;
  }
  const session = new Session({ document: { files: read.files }, engines: { prisma: new InProcessPrisma() } });
  try {
    const outcome = await session.run(command.id, parsed.args);
    if (!outcome.ok) {
      io.err(`${command.title}: ${outcome.reason}\n`);
      return 1;
    }
    const changed = session.files.filter((f) => read.files.find((o) => o.path === f.path)?.text !== f.text);
    if (parsed.write) {
      for (const f of changed) writeFileSync(read.displayPath.get(f.path) ?? join(read.folder, f.path), f.text);
      io.err(`${command.title}: wrote ${changed.map((f) => read.displayPath.get(f.path) ?? f.path).join(', ') || 'nothing (no change)'}\n`);
    } else if (session.files.length === 1) io.out(session.files[0].text);
    else for (const f of changed) io.out(`// ${f.path}\n${f.text}`);
    if (outcome.message) io.err(`${outcome.message}\n`);
    return 0;
  } finally {
    session.dispose();
  }
}

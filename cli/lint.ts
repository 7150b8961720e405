import { readFileSync } from 'node:fs';
import { runAdvisories } from '../lib/advisories/run';
import { RULES } from '../lib/advisories/registry';
import { advisoryEntry, formatJson, formatSarif, formatText, prismaEntry, type ReportEntry } from '../lib/advisories/report';
import { countAdvisories } from '../lib/advisories/counts';
import { PROFILES, SEVERITIES, type Profile, type Severity } from '../lib/advisories/types';
import { PrismaSchemaEngine, type PrismaDiagnostic } from '../lib/prisma/engine';
import { loadPrismaSchemaWasmNode } from '../lib/prisma/load-node';
import { PRISMA_VERSIONS, isPrismaVersionId, type PrismaVersionId } from '../lib/prisma/versions';
import { parseSchema, type SchemaFile } from '../lib/schema/document';
import { loadConfig } from './config-file';
import { readSchema } from './read-schema';
import type { Io } from './io';

export const LINT_USAGE = `Usage: schema-canvas lint <schema file or folder> [options]

Prints Prisma's diagnostics, then Schema Canvas advisories, as file:line:col severity rule-id message.

Options:
  --format <text|json|sarif>        output format (default text)
  --fail-on <error|warning|info>    exit 1 when an advisory at or above this severity is present (default error)
  --config <file>                   advisory config (default: the nearest schema-canvas.json)
  --profile <default|strict>        which rules run (overrides the config's "profile"): default runs
                                    the rules that find defects; strict adds the policy and style rules
  --prisma <auto|7|6|5>             Prisma version to validate with (default auto: the newest that accepts the schema)

Exit codes: 0 clean, 1 advisories at or above --fail-on, 2 invalid schema or bad usage.`;

interface LintArgs {
  target: string;
  format: 'text' | 'json' | 'sarif';
  failOn: Severity;
  config: string | null;
  prisma: PrismaVersionId | 'auto';
  profile: Profile | null;
}

function parseArgs(argv: string[]): LintArgs | string {
  const args: LintArgs = { target: '', format: 'text', failOn: 'error', config: null, prisma: 'auto', profile: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--format') {
      const v = value();
      if (v !== 'text' && v !== 'json' && v !== 'sarif') return `--format must be text, json or sarif (got ${v ?? 'nothing'})`;
      args.format = v;
    } else if (flag === '--fail-on') {
      const v = value();
      if (!(SEVERITIES as readonly string[]).includes(v)) return `--fail-on must be error, warning or info (got ${v ?? 'nothing'})`;
      args.failOn = v as Severity;
    } else if (flag === '--config') {
      const v = value();
      if (!v) return '--config needs a file';
      args.config = v;
    } else if (flag === '--profile') {
      const v = value();
      if (!(PROFILES as readonly string[]).includes(v)) return `--profile must be ${PROFILES.join(' or ')} (got ${v ?? 'nothing'})`;
      args.profile = v as Profile;
    } else if (flag === '--prisma') {
      const v = value();
      if (v !== 'auto' && !isPrismaVersionId(v)) return `--prisma must be auto, ${PRISMA_VERSIONS.map((p) => p.id).join(', ')} (got ${v ?? 'nothing'})`;
      args.prisma = v as LintArgs['prisma'];
    } else if (flag.startsWith('-')) {
      return `Unknown option ${flag}`;
    } else if (!args.target) {
      args.target = a;
    } else {
      return `One schema file or folder at a time (got ${args.target} and ${a})`;
    }
  }
  return args.target ? args : 'Name a schema file or folder';
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

/** Prisma's diagnostics with the version that judged them: the newest that accepts the schema, else the newest. */
function validate(files: SchemaFile[], wanted: LintArgs['prisma']): { version: PrismaVersionId; diagnostics: PrismaDiagnostic[] } {
  const versions = wanted === 'auto' ? PRISMA_VERSIONS.map((v) => v.id) : [wanted];
  let first: { version: PrismaVersionId; diagnostics: PrismaDiagnostic[] } | null = null;
  for (const version of versions) {
    const diagnostics = new PrismaSchemaEngine(loadPrismaSchemaWasmNode(version)).lint(files);
    const result = { version, diagnostics };
    if (!diagnostics.some((d) => d.severity === 'error')) return result;
    first ??= result;
  }
  return first!;
}

export function lintCommand(argv: string[], io: Io): number {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(`${args}\n\n${LINT_USAGE}\n`);
    return 2;
  }
  const schema = readSchema(args.target);
  if ('error' in schema) {
    io.err(`${schema.error}\n`);
    return 2;
  }
  const loaded = loadConfig(args.config, schema.folder);
  if ('error' in loaded) {
    io.err(`${loaded.error}\n`);
    return 2;
  }
  // The flag wins over the file's "profile"; categories and rule settings still apply on top.
  const config = args.profile ? { ...loaded.config, profile: args.profile } : loaded.config;
  const textOf = (path: string) => schema.files.find((f) => f.path === path)?.text ?? '';
  const shown = (path: string) => schema.displayPath.get(path) ?? path;
  let validated;
  try {
    validated = validate(schema.files, args.prisma);
  } catch (e) {
    // prisma-schema-wasm panics on some inputs instead of returning diagnostics.
    io.err(`${args.target}: Prisma's validator failed on this schema: ${(e as Error).message.split('\n')[0]}\n`);
    return 2;
  }
  const { version, diagnostics } = validated;
  const errors = diagnostics.filter((d) => d.severity === 'error');

  const entries: ReportEntry[] = [];
  let exit = 0;
  let footer = '';
  if (errors.length) {
    entries.push(...diagnostics.map((d) => prismaEntry(d, textOf(d.path), shown(d.path))));
    exit = 2;
  } else {
    const run = runAdvisories(parseSchema(schema.files), { config, prisma: diagnostics, includeOff: args.format === 'text' });
    const merged = new Set(run.mergedPrisma);
    entries.push(...diagnostics.filter((d) => !merged.has(d)).map((d) => prismaEntry(d, textOf(d.path), shown(d.path))));
    entries.push(...run.advisories.map((a) => advisoryEntry(a, textOf(a.span.path), shown(a.span.path))));
    const suppressed = run.suppressed.map((a) => advisoryEntry(a, textOf(a.span.path), shown(a.span.path), true));
    if (entries.some((e) => RANK[e.severity] >= RANK[args.failOn])) exit = 1;
    if (args.format !== 'text') entries.push(...suppressed);
    else footer = summary(entries, suppressed.length, countAdvisories(run).off, config.profile ?? 'default', version, loaded.path);
  }
  if (args.format === 'json') io.out(formatJson(entries));
  else if (args.format === 'sarif') io.out(formatSarif(entries, RULES, packageVersion()));
  else io.out(formatText(entries));
  if (footer) io.err(footer);
  if (exit === 2 && args.format === 'text') io.err(`The schema is invalid for ${PRISMA_VERSIONS.find((v) => v.id === version)!.label}: ${errors.length} error${errors.length === 1 ? '' : 's'}; advisories run once Prisma accepts it.\n`);
  return exit;
}

function summary(entries: ReportEntry[], suppressed: number, off: number, profile: Profile, version: PrismaVersionId, configPath: string | null): string {
  const count = (s: Severity) => entries.filter((e) => e.severity === s).length;
  const label = PRISMA_VERSIONS.find((v) => v.id === version)!.label;
  const offNote = off ? `, ${off} more from rules that are off (profile ${profile}${profile === 'default' ? '; --profile strict shows them' : ''})` : '';
  return `${entries.length} advisor${entries.length === 1 ? 'y' : 'ies'} (${count('error')} errors, ${count('warning')} warnings, ${count('info')} info), ${suppressed} suppressed${offNote} · valid for ${label}${configPath ? ` · config ${configPath}` : ''}\n`;
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}

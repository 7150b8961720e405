import { CONFIGURABLE_RULES as RULES } from '../lib/advisories/all-rules';
import type { Io } from './io';

export const RULES_USAGE = `Usage: schema-canvas rules [--format text|json]

Lists every advisory rule: id, category, severity, what and why (the ids a config may name).

Options:
  --format text|json   text (default) or a JSON array

Exit codes: 0 listed, 2 bad usage.`;

/** `schema-canvas rules`: the catalogue as this version implements it (the ids a config may name). */
export function rulesCommand(argv: string[], io: Io): number {
  let format: 'text' | 'json' = 'text';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      io.out(`${RULES_USAGE}\n`);
      return 0;
    }
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    if (flag === '--format') {
      const v = inline ?? argv[++i];
      if (v !== 'text' && v !== 'json') return usage(io, `--format needs text or json${v ? ` (got ${v})` : ''}`);
      format = v;
    } else if (flag.startsWith('-')) return usage(io, `Unknown option ${flag}`);
    else return usage(io, `Unexpected argument ${a}`);
  }
  if (format === 'json') {
    io.out(JSON.stringify(RULES.map((r) => ({ id: r.id, category: r.category, severity: r.severity, title: r.title, why: r.why, postgresOnly: 'postgresOnly' in r ? r.postgresOnly : true, profile: 'profile' in r && r.profile === 'strict' ? 'strict' : 'default', fix: 'fix' in r && !!r.fix, options: r.options ?? {} })), null, 2) + '\n');
    return 0;
  }
  for (const r of RULES) {
    const options = Object.entries(r.options ?? {}).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    io.out(`${r.id} (${r.category}, ${r.severity}${'profile' in r && r.profile === 'strict' ? ', strict profile only' : ''}${'fix' in r && r.fix ? ', fixable' : ''}${'postgresOnly' in r && r.postgresOnly ? ', PostgreSQL' : ''})\n  ${r.title}. ${r.why}${options.length ? `\n  options: ${options.join(' ')}` : ''}\n`);
  }
  return 0;
}

function usage(io: Io, message: string): number {
  io.err(`${message}\n\n${RULES_USAGE}\n`);
  return 2;
}

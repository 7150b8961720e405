import { CONFIGURABLE_RULES as RULES } from '../lib/advisories/all-rules';
import type { Io } from './io';

/** `schema-canvas rules`: the catalogue as this version implements it (the ids a config may name). */
export function rulesCommand(argv: string[], io: Io): number {
  if (argv.includes('--format') && argv[argv.indexOf('--format') + 1] === 'json') {
    io.out(JSON.stringify(RULES.map((r) => ({ id: r.id, category: r.category, severity: r.severity, title: r.title, why: r.why, postgresOnly: 'postgresOnly' in r ? r.postgresOnly : true, profile: 'profile' in r && r.profile === 'strict' ? 'strict' : 'default', fix: 'fix' in r && !!r.fix, options: r.options ?? {} })), null, 2) + '\n');
    return 0;
  }
  for (const r of RULES) {
    const options = Object.entries(r.options ?? {}).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
    io.out(`${r.id} (${r.category}, ${r.severity}${'profile' in r && r.profile === 'strict' ? ', strict profile only' : ''}${'fix' in r && r.fix ? ', fixable' : ''}${'postgresOnly' in r && r.postgresOnly ? ', PostgreSQL' : ''})\n  ${r.title}. ${r.why}${options.length ? `\n  options: ${options.join(' ')}` : ''}\n`);
  }
  return 0;
}

import { ruleOnByDefault } from '../config';
import { RULES } from '../registry';
import { lineColumn } from '../report';
import { runAdvisories } from '../run';
import type { Advisory } from '../types';
import type { ParsedSchema } from '../../schema/document';
import type { Finding } from './precision';

/** Where an advisory points, as the labels write it. */
export function locationOf(a: Advisory): string {
  const t = a.target;
  return t.kind === 'model' ? t.model : t.kind === 'field' ? `${t.model}.${t.field}` : t.relation;
}

/** Every finding of every rule (strict profile: all of them) on one project, in the labels' terms. */
export function projectFindings(project: string, schema: ParsedSchema): Finding[] {
  const byId = new Map(RULES.map((r) => [r.id, r]));
  const run = runAdvisories(schema, { config: { rules: {}, profile: 'strict' } });
  return run.advisories.map((a) => {
    const text = schema.files.find((f) => f.path === a.span.path)?.text ?? '';
    return {
      project,
      file: a.span.path,
      line: lineColumn(text, a.span.start).line,
      rule: a.rule,
      location: locationOf(a),
      severity: a.severity,
      message: a.message,
      defaultOn: ruleOnByDefault(byId.get(a.rule)!),
    };
  });
}

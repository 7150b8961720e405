import type { ParsedSchema } from '../../schema/document';
import { refuse, type OpResult } from '../../ops/shared';
import { emptyConfig, ruleEnabled, type AdvisoryConfig } from '../config';
import { findSuppressions, isSuppressed } from '../suppress';
import type { Advisory, AdvisoryTarget, RuleOptions } from '../types';
import { MigrationContext } from './context';
import type { MigrationPlan } from './plans';
import type { MigrationAdvisory, MigrationRule } from './types';

export interface MigrationRunOptions {
  /** Severity overrides and `off`, options: the same schema-canvas.json as the other rules. */
  config?: AdvisoryConfig;
  rules?: readonly MigrationRule[];
}

export interface MigrationRun {
  /** Active advisories, in text order of the CURRENT schema. */
  advisories: MigrationAdvisory[];
  /** Silenced by `// canvas-ignore` in the current text. */
  suppressed: MigrationAdvisory[];
}

/**
 * Runs the migration-safety rules on BASELINE → CURRENT. Both must be schemas Prisma accepts (the
 * caller checks). MongoDB has no migrations, so nothing is reported for it; PostgreSQL-only rules stay
 * quiet for other SQL providers.
 */
export function runMigrationRules(baseline: ParsedSchema, current: ParsedSchema, rules: readonly MigrationRule[], options: MigrationRunOptions = {}): MigrationRun {
  const config = options.config ?? emptyConfig();
  if (current.model.datasource?.provider === 'mongodb') return { advisories: [], suppressed: [] };
  const ctx = new MigrationContext(baseline, current);
  const all: MigrationAdvisory[] = [];
  for (const rule of options.rules ?? rules) {
    const setting = config.rules[rule.id];
    if (!ruleEnabled(rule, config) || (rule.postgresOnly && !ctx.postgres)) continue;
    const ruleOptions: RuleOptions = { ...(rule.options ?? {}), ...(setting?.options ?? {}) };
    for (const draft of rule.check(ctx, ruleOptions)) {
      all.push({
        ...draft,
        rule: rule.id,
        category: rule.category,
        severity: setting?.severity && setting.severity !== 'off' ? setting.severity : (draft.severity ?? rule.severity),
        key: `${rule.id}@${draft.span.path}:${draft.span.start}:${keyDetail(draft.target)}`,
      });
    }
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  all.sort((a, b) => cmp(a.span.path, b.span.path) || a.span.start - b.span.start || cmp(a.rule, b.rule) || cmp(a.key, b.key));
  // Keys must be unique within a run: two removed indexes of one model share span and target.
  const seen = new Map<string, number>();
  for (const a of all) {
    const n = (seen.get(a.key) ?? 0) + 1;
    seen.set(a.key, n);
    if (n > 1) a.key = `${a.key}#${n}`;
  }
  const suppressions = findSuppressions(current.files);
  const advisories: MigrationAdvisory[] = [];
  const suppressed: MigrationAdvisory[] = [];
  // isSuppressed reads only the span and the rule id.
  for (const a of all) (isSuppressed(a as unknown as Advisory, suppressions) ? suppressed : advisories).push(a);
  return { advisories, suppressed };
}

function keyDetail(target: AdvisoryTarget): string {
  return target.kind === 'model' ? target.model : target.kind === 'field' ? `${target.model}.${target.field}` : target.relation;
}

/** Applies a migration advisory's fix to the CURRENT schema: text patches through the canvas ops, or why not. */
export function fixMigrationAdvisory(
  baseline: ParsedSchema,
  current: ParsedSchema,
  advisory: MigrationAdvisory,
  rules: readonly MigrationRule[],
  config: AdvisoryConfig = emptyConfig(),
): OpResult {
  const rule = rules.find((r) => r.id === advisory.rule);
  if (!rule?.fix || !advisory.fixLabel) return refuse(`${advisory.rule} has no automatic fix`);
  return rule.fix(current, advisory, baseline, { ...(rule.options ?? {}), ...(config.rules[rule.id]?.options ?? {}) });
}

/** The safe multi-step alternatives for an advisory (empty when the catalogue gives none). */
export function plansFor(advisory: MigrationAdvisory, rules: readonly MigrationRule[]): MigrationPlan[] {
  return rules.find((r) => r.id === advisory.rule)?.plans?.(advisory) ?? [];
}

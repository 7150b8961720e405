import type { ParsedSchema } from '../schema/document';
import type { PrismaDiagnostic } from '../prisma/engine';
import { refuse, type OpResult } from '../ops/shared';
import { emptyConfig, ruleEnabled, ruleOptions, type AdvisoryConfig } from './config';
import { AdvisoryContext, type Baseline } from './context';
import { RULES } from './registry';
import { findSuppressions, isSuppressed } from './suppress';
import type { Advisory, Rule } from './types';

export interface AdvisoryRun {
  /** Active advisories, in text order. */
  advisories: Advisory[];
  /** Silenced by a `// canvas-ignore` comment: counted and listable, never dropped silently. */
  suppressed: Advisory[];
  /** Prisma warnings an advisory escalates (same span): show the advisory instead of these. */
  mergedPrisma: PrismaDiagnostic[];
  /**
   * What the rules the config turns off (the strict profile's rules under `default`, categories or
   * rules set to `off`) would report: filled only with `includeOff`, so the panel can offer them.
   */
  off?: Advisory[];
}

export interface RunOptions {
  config?: AdvisoryConfig;
  /** Prisma's diagnostics for the same text, to fold the warnings a rule escalates. */
  prisma?: readonly PrismaDiagnostic[];
  rules?: readonly Rule[];
  /** What existed at open: fixes that rename storage are offered for new models and fields only. */
  baseline?: Baseline | null;
  /** Also run the rules that are off and return their findings in `off` (never counted as active). */
  includeOff?: boolean;
}

/**
 * Runs every enabled rule on a schema Prisma accepts. The caller decides validity (Prisma's errors
 * come first and stop the run); PostgreSQL-only rules stay quiet for other providers.
 */
export function runAdvisories(schema: ParsedSchema, options: RunOptions = {}): AdvisoryRun {
  const config = options.config ?? emptyConfig();
  const ctx = new AdvisoryContext(schema, options.baseline ?? null);
  const all: Advisory[] = [];
  const off: Advisory[] = [];
  for (const rule of options.rules ?? RULES) {
    const enabled = ruleEnabled(rule, config);
    if ((!enabled && !options.includeOff) || (rule.postgresOnly && !ctx.postgres)) continue;
    const override = config.rules[rule.id]?.severity;
    for (const draft of rule.check(ctx, ruleOptions(rule, config))) {
      (enabled ? all : off).push({
        ...draft,
        rule: rule.id,
        category: rule.category,
        severity: override && override !== 'off' ? override : (draft.severity ?? rule.severity),
        key: `${rule.id}@${draft.span.path}:${draft.span.start}:${keyDetail(draft.target)}`,
      });
    }
  }
  dropSuperseded(all, all, options.rules ?? RULES);
  // What is off is replaced by what is on (and by what else is off), so on + off = what strict shows.
  dropSuperseded(off, [...all, ...off], options.rules ?? RULES);
  // Plain code-unit comparison: localeCompare costs more than every rule together on big schemas.
  all.sort((a, b) => cmp(a.span.path, b.span.path) || a.span.start - b.span.start || cmp(a.rule, b.rule));
  const suppressions = findSuppressions(schema.files);
  const advisories: Advisory[] = [];
  const suppressed: Advisory[] = [];
  for (const a of all) (isSuppressed(a, suppressions) ? suppressed : advisories).push(a);
  const mergedPrisma = mergePrismaWarnings(advisories, options.prisma ?? [], options.rules ?? RULES);
  return options.includeOff ? { advisories, suppressed, mergedPrisma, off } : { advisories, suppressed, mergedPrisma };
}

/** Removes (in place) from `all` the findings another rule's finding in `by` on the same target replaces. */
function dropSuperseded(all: Advisory[], by: readonly Advisory[], rules: readonly Rule[]): void {
  const superseding = rules.filter((r) => r.supersedes?.length);
  if (!superseding.length || !all.length) return;
  const replaced = new Set<string>();
  for (const a of by) {
    const rule = superseding.find((r) => r.id === a.rule);
    for (const id of rule?.supersedes ?? []) replaced.add(`${id}|${a.span.path}|${keyDetail(a.target)}`);
  }
  if (!replaced.size) return;
  for (let i = all.length - 1; i >= 0; i--) if (replaced.has(`${all[i].rule}|${all[i].span.path}|${keyDetail(all[i].target)}`)) all.splice(i, 1);
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function keyDetail(target: Advisory['target']): string {
  return target.kind === 'model' ? target.model : target.kind === 'field' ? `${target.model}.${target.field}` : target.relation;
}

function mergePrismaWarnings(advisories: Advisory[], prisma: readonly PrismaDiagnostic[], rules: readonly Rule[]): PrismaDiagnostic[] {
  const merged: PrismaDiagnostic[] = [];
  const byId = new Map(rules.map((r) => [r.id, r]));
  for (const d of prisma) {
    if (d.severity !== 'warning') continue;
    const hit = advisories.find((a) => {
      const pattern = byId.get(a.rule)?.escalates;
      return !!pattern && a.span.path === d.path && a.span.start < d.end && d.start < a.span.end && pattern.test(d.message);
    });
    if (hit) {
      hit.prismaMessage = d.message;
      merged.push(d);
    }
  }
  return merged;
}

/** Applies an advisory's fix: text patches through the canvas op path, or why not. */
export function fixAdvisory(schema: ParsedSchema, advisory: Advisory, config: AdvisoryConfig = emptyConfig(), rules: readonly Rule[] = RULES): OpResult {
  const rule = rules.find((r) => r.id === advisory.rule);
  if (!rule?.fix || !advisory.fixLabel) return refuse(`${advisory.rule} has no automatic fix`);
  return rule.fix(schema, advisory, ruleOptions(rule, config));
}

export function ruleById(id: string, rules: readonly Rule[] = RULES): Rule | undefined {
  return rules.find((r) => r.id === id);
}

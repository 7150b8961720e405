import { runAdvisories } from '../../lib/advisories/run';
import { countAdvisories, type AdvisoryCounts } from '../../lib/advisories/counts';
import { RULES } from '../../lib/advisories/registry';
import { corpusAvailable, corpusProjects, corpusValidFixtures } from '../../test-support/corpus';
import { acceptingVersion } from '../../test-support/prisma';
import { parseSchema, type ParsedSchema } from '../../lib/schema/document';
import { syntheticSchema } from '../../test-support/synthetic';
import { medP95, ms, section, stats, table, timeRuns, type Stats } from './stats';

/** 7. The full rule run (every rule, default config) at 30, 300 and 1000 models. */
export function benchAdvisories(budgetMs: number): { models: number; stats: Stats }[] {
  section(`7. Advisories: every rule on a parsed schema (lib/advisories) · median / p95 ms · aim < ${budgetMs} ms at 300 models`);
  const out: { models: number; stats: Stats }[] = [];
  const rows: string[][] = [];
  for (const n of [30, 300, 1000]) {
    const parsed = parseSchema(syntheticSchema(n).files);
    const result = runAdvisories(parsed);
    const s = stats(timeRuns(() => runAdvisories(parsed), { warmup: 3, minRuns: 10, timeBudgetMs: 2000 }));
    out.push({ models: n, stats: s });
    rows.push([`synthetic-${n}`, String(RULES.length), String(result.advisories.length), medP95(s), slowestRules(parsed)]);
  }
  table(['schema', 'rules', 'advisories', 'full run', 'slowest rules (median ms)'], rows);
  return out;
}

function slowestRules(parsed: ParsedSchema): string {
  const timed = RULES.map((rule) => ({ id: rule.id, s: stats(timeRuns(() => runAdvisories(parsed, { rules: [rule] }), { warmup: 1, minRuns: 5, timeBudgetMs: 100 })) }));
  return timed
    .sort((a, b) => b.s.median - a.s.median)
    .slice(0, 3)
    .map((t) => `${t.id} ${ms(t.s.median)}`)
    .join(', ');
}

/**
 * Per-rule hit counts over the shared corpus (schemas some Prisma version accepts): how often each rule fires
 * on real projects, to look for false alarms. `sample` prints that many hits per rule.
 */
export function advisoryCorpusCounts(sample = 0): void {
  section('Advisories on the corpus: hits per rule (schemas Prisma 7, 6.19 or 5.22 accepts; PostgreSQL-only rules on PostgreSQL schemas only)');
  if (!corpusAvailable()) {
    console.log('  corpus not found: skipped');
    return;
  }
  const counts = new Map<string, { hits: number; schemas: Set<string>; samples: string[] }>(RULES.map((r) => [r.id, { hits: 0, schemas: new Set(), samples: [] }]));
  let checked = 0;
  let postgres = 0;
  let skipped = 0;
  for (const schema of [...corpusProjects(), ...corpusValidFixtures()]) {
    if (!acceptingVersion(schema.files)) {
      skipped++;
      continue;
    }
    checked++;
    const parsed = parseSchema(schema.files);
    if (parsed.model.datasource?.provider === 'postgresql') postgres++;
    for (const a of runAdvisories(parsed).advisories) {
      const c = counts.get(a.rule)!;
      c.hits++;
      c.schemas.add(schema.name);
      if (c.samples.length < sample) c.samples.push(`${schema.name}: ${a.message}`);
    }
  }
  console.log(`  ${checked} schemas checked (${postgres} PostgreSQL), ${skipped} skipped (no Prisma version accepts them)`);
  table(
    ['rule', 'severity', 'hits', 'schemas'],
    RULES.map((r) => [r.id, r.severity, String(counts.get(r.id)!.hits), String(counts.get(r.id)!.schemas.size)]),
  );
  if (sample) {
    for (const r of RULES) {
      const c = counts.get(r.id)!;
      if (!c.samples.length) continue;
      console.log(`\n  ${r.id}:`);
      for (const s of c.samples) console.log(`    ${s}`);
    }
  }
}

/**
 * Per-project counts under the default and the strict profile (errors / warnings / info, and what
 * `// canvas-ignore` and the profile leave out): what the status bar and `schema-canvas lint` show.
 */
export function advisoryProjectCounts(): void {
  section('Advisories per corpus project: default profile vs strict (errors / warnings / info)');
  if (!corpusAvailable()) {
    console.log('  corpus not found: skipped');
    return;
  }
  const rows: string[][] = [];
  for (const schema of corpusProjects()) {
    const parsed = parseSchema(schema.files);
    const def = countAdvisories(runAdvisories(parsed, { includeOff: true }));
    const strict = countAdvisories(runAdvisories(parsed, { config: { rules: {}, profile: 'strict' } }));
    const fmt = (c: AdvisoryCounts) => `${c.total} (${c.error} / ${c.warning} / ${c.info})`;
    rows.push([schema.name, fmt(def), String(def.off), fmt(strict)]);
  }
  table(['project', 'default profile', 'off by profile', 'strict profile'], rows);
}

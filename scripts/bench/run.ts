/**
 * `npm run bench`: prints performance figures for Schema Canvas with the budgets beside them.
 * A measurement, not a test: it never fails on a missed budget (exit code 0 unless it crashes).
 *
 *   1. text → model (parse, and reparse after a one-character edit)
 *   2. model → diagram (toDiagram, with identity reuse)
 *   3. canvas op → patched text (300 and 1000 models)
 *   4. Prisma get_dmmf / lint per keystroke vs our keystroke path
 *   5. ELK auto layout (300 and 1000 models)
 *   6. the built app in headless Chromium: open 300 models, keystroke → diagram
 *   7. advisories: the full rule run at 30, 300 and 1000 models, and hits per rule on the corpus
 *   8. migrations: schema engine start, diffs at 30/300/1000 models, PGlite start, verify
 *
 * Set BENCH_SKIP_BROWSER=1 to skip part 6.
 */
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { corpusAvailable, corpusProjects, CORPUS_DIR } from '../../test-support/corpus';
import { syntheticSchema } from '../../test-support/synthetic';
import { benchBrowser, type BrowserResults } from './browser';
import { benchElk, benchModelToDiagram, benchOps, benchPeerApproach, benchTextToModel, describeSchemas, type BenchSchema } from './core';
import { ms, verdictLine, type Verdict } from './stats';
import { advisoryCorpusCounts, benchAdvisories } from './advisories';
import { benchMigrations } from './migrations';

const BUDGET = { opMs: 16, openMs: 1500, keystrokeP95Ms: 50, advisoriesMs: 20 };

const started = performance.now();
const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
console.log('Schema Canvas benchmark (figures only; budgets are printed, nothing fails)');
console.log(`  ${new Date().toISOString()} · Node ${process.version} · ${process.platform}/${process.arch}`);
console.log(`  CPU: ${cpus()[0]?.model ?? 'unknown'} · ${cpus().length} cores (available parallelism ${availableParallelism()}) · ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM`);
console.log(`  load average at start: ${load()} (1, 5, 15 min); figures are noisy when this is near or above the core count`);

const corpus: BenchSchema[] = corpusAvailable() ? corpusProjects().map((c) => ({ name: c.name, files: c.files, synthetic: false })) : [];
if (!corpus.length) console.log(`  corpus not found at ${CORPUS_DIR}: synthetic schemas only`);
else console.log(`  corpus: ${corpus.length} real projects from ${CORPUS_DIR} (the prisma-engines fixtures are left out: tiny)`);
const synthetic: BenchSchema[] = [300, 1000].map((n) => ({ name: `synthetic-${n}`, files: syntheticSchema(n).files, synthetic: true }));
const all = [...corpus, ...synthetic];

// BENCH_ONLY_BROWSER=1 runs part 6 alone (handy while working on the app's own timings).
const onlyBrowser = process.env.BENCH_ONLY_BROWSER === '1';
let worstOps: ReturnType<typeof benchOps> = [];
let keystroke: ReturnType<typeof benchPeerApproach> = [];
let advisories: ReturnType<typeof benchAdvisories> = [];
let migrations: { diff300Warm: number | null } = { diff300Warm: null };
if (!onlyBrowser) {
  describeSchemas(all);
  benchTextToModel(all);
  benchModelToDiagram(all);
  worstOps = benchOps(synthetic, BUDGET.opMs);
  keystroke = benchPeerApproach(all);
  await benchElk(synthetic, { timeoutMs: 45_000, budgetMs: 15_000 });
  advisories = benchAdvisories(BUDGET.advisoriesMs);
  advisoryCorpusCounts();
  migrations = await benchMigrations();
}

let browser: BrowserResults = { open: null, keystroke: null, notes: ['skipped (BENCH_SKIP_BROWSER=1)'] };
if (process.env.BENCH_SKIP_BROWSER !== '1') browser = await benchBrowser(BUDGET.openMs, BUDGET.keystrokeP95Ms);
else console.log('\n== 6. skipped (BENCH_SKIP_BROWSER=1)');

console.log('');
console.log('== Budgets');
const verdicts: Verdict[] = [];
const worst = worstOps.reduce((a, b) => (b.p95 > a.p95 ? b : a), worstOps[0]);
verdicts.push({
  budget: `canvas op → patched text < ${BUDGET.opMs} ms (p95 of every op, 300 and 1000 models)`,
  figure: worstOps.map((w) => `${w.schema} worst p95 ${ms(w.p95)} ms (${w.op})`).join('; '),
  met: worst ? worst.p95 < BUDGET.opMs : null,
});
verdicts.push({
  budget: `open a 300-model schema → laid-out, interactive diagram < ${BUDGET.openMs} ms (median of runs)`,
  figure: browser.open ? `median ${ms(browser.open.median)} ms, worst ${ms(browser.open.max)} ms over ${browser.open.n} runs` : `not measured: ${browser.notes.join('; ')}`,
  met: browser.open ? browser.open.median < BUDGET.openMs : null,
});
verdicts.push({
  budget: `keystroke → diagram updated at 300 models, p95 < ${BUDGET.keystrokeP95Ms} ms (to the next painted frame)`,
  figure: browser.keystroke ? `p95 ${ms(browser.keystroke.p95)} ms (median ${ms(browser.keystroke.median)} ms, ${browser.keystroke.n} keys)` : `not measured: ${browser.notes.join('; ')}`,
  met: browser.keystroke ? browser.keystroke.p95 < BUDGET.keystrokeP95Ms : null,
});
const a300 = advisories.find((a) => a.models === 300);
verdicts.push({
  budget: `every advisory rule at 300 models < ${BUDGET.advisoriesMs} ms (median)`,
  figure: advisories.length ? advisories.map((a) => `${a.models} models ${ms(a.stats.median)} / ${ms(a.stats.p95)} ms`).join('; ') : 'not measured',
  met: a300 ? a300.stats.median < BUDGET.advisoriesMs : null,
});
verdicts.push({
  budget: 'migration diff at 300 models, warm < 200 ms (median)',
  figure: migrations.diff300Warm === null ? 'not measured' : `${ms(migrations.diff300Warm)} ms`,
  met: migrations.diff300Warm === null ? null : migrations.diff300Warm < 200,
});
for (const v of verdicts) console.log(`  ${verdictLine(v)}`);
const s300 = keystroke.find((k) => k.schema === 'synthetic-300');
if (s300?.dmmf) console.log(`  (for reference) per keystroke at 300 models: ours ${ms(s300.ours.median)} ms vs get_dmmf ${ms(s300.dmmf.median)} ms median (${(s300.dmmf.median / s300.ours.median).toFixed(0)}× less work)`);
console.log('');
console.log(`Done in ${((performance.now() - started) / 1000).toFixed(0)} s · load average at end: ${load()}`);

/**
 * `npm run advisories:precision`: re-runs every rule on the shared corpus, matches the findings to the
 * labelled set (lib/advisories/precision/labels.tsv) and prints precision per rule and per severity.
 *
 *   --unlabelled <rule> [N]   print N (default 20) unlabelled findings of a rule as label lines to fill in
 *   --vanished                list labels whose finding the rules no longer report
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectFindings } from '../lib/advisories/precision/corpus-findings';
import { formatPrecision, matchLabels, parseLabels, type Finding } from '../lib/advisories/precision/precision';
import { parseSchema } from '../lib/schema/document';
import { corpusAvailable, corpusProjects } from '../test-support/corpus';

const LABELS = join(import.meta.dirname, '..', 'lib', 'advisories', 'precision', 'labels.tsv');

if (!corpusAvailable()) {
  console.log('The shared corpus is not here (set SCHEMA_CANVAS_CORPUS): nothing to measure.');
  process.exit(0);
}
const findings: Finding[] = corpusProjects().flatMap((p) => projectFindings(p.name, parseSchema(p.files)));
const { labels, errors } = parseLabels(readFileSync(LABELS, 'utf8'));
for (const e of errors) console.error(`labels.tsv ${e}`);
const { matched, unlabelled, vanished } = matchLabels(findings, labels);

const arg = process.argv.indexOf('--unlabelled');
if (arg > 0) {
  const rule = process.argv[arg + 1];
  const n = Number(process.argv[arg + 2]) || 20;
  const pool = unlabelled.filter((f) => f.rule === rule);
  // Spread the sample over the corpus: every k-th finding.
  const step = Math.max(1, Math.floor(pool.length / n));
  for (const f of pool.filter((_, i) => i % step === 0).slice(0, n)) console.log([f.project, f.file, f.line, f.rule, f.location, '?', `${f.severity}: ${f.message}`].join('\t'));
  process.exit(0);
}

const { byRule, bySeverity, totals } = (await import('../lib/advisories/precision/precision')).precisionTable(matched);
console.log(`${findings.length} findings on ${new Set(findings.map((f) => f.project)).size} corpus projects (strict profile: every rule); ${labels.length} labels, ${matched.length} matched, ${vanished.length} vanished\n`);
console.log('Per rule (severity as reported now); precision = true / labelled\n');
console.log(formatPrecision(byRule));
console.log('Per severity\n');
console.log(formatPrecision([...bySeverity, ...totals]));
if (process.argv.includes('--vanished') || vanished.length) {
  console.log(`Labels without a finding (${vanished.length}): a fixed false alarm, or a lost finding`);
  for (const l of vanished) console.log(`  ${l.project} ${l.file}:${l.line} ${l.rule} ${l.location} [${l.verdict}] ${l.reason}`);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSchema } from '../../schema/document';
import { corpusAvailable, corpusProjects } from '../../../test-support/corpus';
import { projectFindings } from './corpus-findings';
import { matchLabels, parseLabels, precisionTable, type Matched } from './precision';

/**
 * The labelled precision set in CI: the rules re-run on the shared corpus, their findings matched to
 * the labels. A warning on by default must be a true defect at least 90 % of the time, and a finding
 * labelled true must not silently disappear.
 */
const TARGET = 0.9;
const { labels, errors } = parseLabels(readFileSync(join(import.meta.dirname, 'labels.tsv'), 'utf8'));

describe.skipIf(!corpusAvailable())('advisory precision on the labelled corpus set', () => {
  const findings = corpusProjects().flatMap((p) => projectFindings(p.name, parseSchema(p.files)));
  const { matched, vanished } = matchLabels(findings, labels);

  it('has at least 300 well-formed labels, nearly all still matched', () => {
    expect(errors).toEqual([]);
    expect(labels.length).toBeGreaterThanOrEqual(300);
    expect(matched.length).toBeGreaterThanOrEqual(300);
  });

  it('keeps every finding labelled true (only false alarms and debatable findings may go)', () => {
    expect(vanished.filter((l) => l.verdict === 'true').map((l) => `${l.project} ${l.file}:${l.line} ${l.rule} ${l.location}`)).toEqual([]);
  });

  it(`keeps each default-on rule's warnings at least ${TARGET * 100} % true`, () => {
    const warnings = matched.filter((m) => m.finding.defaultOn && m.finding.severity === 'warning');
    const byRule = new Map<string, Matched[]>();
    for (const m of warnings) byRule.set(m.finding.rule, [...(byRule.get(m.finding.rule) ?? []), m]);
    const below = [...byRule].flatMap(([rule, items]) => {
      const precision = items.filter((m) => m.label.verdict === 'true').length / items.length;
      return precision < TARGET ? [`${rule}: ${(100 * precision).toFixed(0)} % of ${items.length}`] : [];
    });
    expect(below).toEqual([]);
    const total = precisionTable(warnings).totals[0];
    expect(total.precision).toBeGreaterThanOrEqual(TARGET);
  });
});

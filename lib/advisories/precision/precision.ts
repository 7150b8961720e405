import type { Severity } from '../types';

/**
 * The labelled precision set: advisories the rules report on the shared corpus of real schemas, each
 * judged by reading the schema (true / debatable / false, with a one-line reason). The script
 * `npm run advisories:precision` and a corpus test re-run the rules, match findings to labels and
 * print precision per rule and per severity.
 */

export type Verdict = 'true' | 'debatable' | 'false';
export const VERDICTS: readonly Verdict[] = ['true', 'debatable', 'false'];

/** One finding as the labels name it: stable across runs as long as the corpus file is unchanged. */
export interface Finding {
  /** Corpus project (`formbricks`). */
  project: string;
  /** File inside the project's schema (`schema.prisma`, `models/poll.prisma`). */
  file: string;
  /** 1-based line of the advisory's span start. */
  line: number;
  rule: string;
  /** `Model`, `Model.field` or a relation id (`Post.author`). */
  location: string;
  severity: Severity;
  message: string;
  /** On under the default profile (the rule runs with no config). */
  defaultOn: boolean;
}

export interface Label {
  project: string;
  file: string;
  line: number;
  rule: string;
  location: string;
  verdict: Verdict;
  reason: string;
}

export const LABEL_COLUMNS = ['project', 'file', 'line', 'rule', 'location', 'label', 'reason'] as const;

const keyOf = (x: { project: string; file: string; line: number; rule: string; location: string }) => `${x.project}\t${x.file}\t${x.line}\t${x.rule}\t${x.location}`;

/** Reads the TSV: `#` lines are provenance and comments, the first other line is the header. */
export function parseLabels(tsv: string): { labels: Label[]; errors: string[] } {
  const labels: Label[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  let header = false;
  tsv.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!header) {
      header = true;
      if (cells.join('\t') !== LABEL_COLUMNS.join('\t')) errors.push(`line ${i + 1}: header must be ${LABEL_COLUMNS.join(', ')}`);
      return;
    }
    const [project, file, lineText, rule, location, verdict, reason] = cells;
    const n = Number(lineText);
    if (cells.length !== LABEL_COLUMNS.length || !Number.isInteger(n) || !(VERDICTS as readonly string[]).includes(verdict) || !reason?.trim()) {
      errors.push(`line ${i + 1}: expected ${LABEL_COLUMNS.length} tab-separated cells with a whole line number, a label of ${VERDICTS.join('/')} and a reason`);
      return;
    }
    const label: Label = { project, file, line: n, rule, location, verdict: verdict as Verdict, reason };
    if (seen.has(keyOf(label))) errors.push(`line ${i + 1}: a second label for ${keyOf(label).replace(/\t/g, ' ')}`);
    seen.add(keyOf(label));
    labels.push(label);
  });
  return { labels, errors };
}

export interface Matched {
  finding: Finding;
  label: Label;
}

export interface Matching {
  matched: Matched[];
  /** Findings nobody has labelled (most of them: the set is a sample). */
  unlabelled: Finding[];
  /** Labels whose finding the rules no longer report: a fixed false alarm, or a lost true finding. */
  vanished: Label[];
}

export function matchLabels(findings: readonly Finding[], labels: readonly Label[]): Matching {
  const byKey = new Map(labels.map((l) => [keyOf(l), l]));
  const matched: Matched[] = [];
  const unlabelled: Finding[] = [];
  const hit = new Set<string>();
  for (const finding of findings) {
    const label = byKey.get(keyOf(finding));
    if (label && !hit.has(keyOf(finding))) {
      hit.add(keyOf(finding));
      matched.push({ finding, label });
    } else unlabelled.push(finding);
  }
  return { matched, unlabelled, vanished: labels.filter((l) => !hit.has(keyOf(l))) };
}

export interface PrecisionRow {
  /** A rule id, or `all warnings` / `default-on warnings` and so on. */
  name: string;
  labelled: number;
  true: number;
  debatable: number;
  false: number;
  /** true / labelled: debatable findings do not count as true. */
  precision: number;
}

function row(name: string, items: readonly Matched[]): PrecisionRow {
  const count = (v: Verdict) => items.filter((m) => m.label.verdict === v).length;
  const t = count('true');
  return { name, labelled: items.length, true: t, debatable: count('debatable'), false: count('false'), precision: items.length ? t / items.length : NaN };
}

/** Precision per rule and severity (as the rules report it now), plus the totals the issue sets targets for. */
export function precisionTable(matched: readonly Matched[]): { byRule: PrecisionRow[]; bySeverity: PrecisionRow[]; totals: PrecisionRow[] } {
  const groups = new Map<string, Matched[]>();
  for (const m of matched) {
    const key = `${m.finding.rule} (${m.finding.severity})`;
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const byRule = [...groups.keys()].sort().map((k) => row(k, groups.get(k)!));
  const severities: Severity[] = ['error', 'warning', 'info'];
  const bySeverity = severities.flatMap((s) => {
    const all = matched.filter((m) => m.finding.severity === s);
    const on = all.filter((m) => m.finding.defaultOn);
    return all.length ? [row(`${s}, default profile`, on), row(`${s}, strict profile`, all)] : [];
  });
  const totals = [row('all findings, default profile', matched.filter((m) => m.finding.defaultOn)), row('all findings, strict profile', matched)];
  return { byRule, bySeverity, totals };
}

/** A fixed-width text table, as the script prints it. */
export function formatPrecision(rows: readonly PrecisionRow[]): string {
  const head = ['', 'labelled', 'true', 'debatable', 'false', 'precision'];
  const body = rows.map((r) => [r.name, String(r.labelled), String(r.true), String(r.debatable), String(r.false), Number.isNaN(r.precision) ? '–' : `${(100 * r.precision).toFixed(0)} %`]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(head), ...body.map(line)].join('\n') + '\n';
}

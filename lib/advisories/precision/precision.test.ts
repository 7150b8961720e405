import { describe, expect, it } from 'vitest';
import { formatPrecision, matchLabels, parseLabels, precisionTable, type Finding } from './precision';

const HEADER = '# provenance\nproject\tfile\tline\trule\tlocation\tlabel\treason\n';
const finding = (line: number, rule: string, severity: Finding['severity'] = 'warning', defaultOn = true): Finding => ({
  project: 'p',
  file: 'schema.prisma',
  line,
  rule,
  location: 'A.b',
  severity,
  message: '…',
  defaultOn,
});

describe('precision labels', () => {
  it('reads labels and says what is wrong with a bad line', () => {
    const { labels, errors } = parseLabels(`${HEADER}p\tschema.prisma\t3\tr1\tA.b\ttrue\tbecause\np\tschema.prisma\tx\tr1\tA.b\tmaybe\t\np\tschema.prisma\t3\tr1\tA.b\tfalse\tagain\n`);
    expect(labels.map((l) => l.verdict)).toEqual(['true', 'false']);
    expect(errors).toEqual([
      'line 4: expected 7 tab-separated cells with a whole line number, a label of true/debatable/false and a reason',
      'line 5: a second label for p schema.prisma 3 r1 A.b',
    ]);
    expect(parseLabels('a\tb\n').errors).toEqual(['line 1: header must be project, file, line, rule, location, label, reason']);
  });

  it('matches findings to labels, and lists unlabelled findings and vanished labels', () => {
    const { labels } = parseLabels(`${HEADER}p\tschema.prisma\t3\tr1\tA.b\ttrue\tx\np\tschema.prisma\t9\tr1\tA.b\tfalse\tgone\n`);
    const m = matchLabels([finding(3, 'r1'), finding(4, 'r1')], labels);
    expect(m.matched.map((x) => x.finding.line)).toEqual([3]);
    expect(m.unlabelled.map((x) => x.line)).toEqual([4]);
    expect(m.vanished.map((x) => x.line)).toEqual([9]);
  });

  it('computes precision as true / labelled, per rule and per severity and profile', () => {
    const { labels } = parseLabels(
      `${HEADER}p\tschema.prisma\t1\tr1\tA.b\ttrue\tx\np\tschema.prisma\t2\tr1\tA.b\tdebatable\tx\np\tschema.prisma\t3\tr2\tA.b\ttrue\tx\np\tschema.prisma\t4\tr3\tA.b\tfalse\tx\n`,
    );
    const { matched } = matchLabels([finding(1, 'r1'), finding(2, 'r1'), finding(3, 'r2', 'info'), finding(4, 'r3', 'warning', false)], labels);
    const table = precisionTable(matched);
    expect(table.byRule.map((r) => [r.name, r.precision])).toEqual([
      ['r1 (warning)', 0.5],
      ['r2 (info)', 1],
      ['r3 (warning)', 0],
    ]);
    expect(table.bySeverity.map((r) => [r.name, r.labelled, r.true])).toEqual([
      ['warning, default profile', 2, 1],
      ['warning, strict profile', 3, 1],
      ['info, default profile', 1, 1],
      ['info, strict profile', 1, 1],
    ]);
    expect(formatPrecision(table.byRule).split('\n')[1]).toMatch(/^r1 \(warning\)\s+2\s+1\s+1\s+0\s+50 %$/);
  });
});

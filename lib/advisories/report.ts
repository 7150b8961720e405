import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { PrismaDiagnostic } from '../prisma/engine';
import type { Advisory, Rule, Severity } from './types';

/**
 * One line of a lint report: Prisma's own diagnostics and advisories share this shape so every
 * output format lists them the same way (Prisma's first).
 */
export interface ReportEntry {
  rule: string;
  severity: Severity;
  message: string;
  /** The file as the user named it (relative to where the command ran). */
  file: string;
  /** 1-based, like a compiler. */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  category: string;
  /** Where the entry came from: Prisma's validator or a Schema Canvas rule. */
  source: 'prisma' | 'schema-canvas';
  fix: string | null;
  suppressed: boolean;
}

/** 1-based line and column (in UTF-16 code units, as editors count) of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export function prismaEntry(d: PrismaDiagnostic, text: string, file: string): ReportEntry {
  const s = lineColumn(text, d.start);
  const e = lineColumn(text, d.end);
  return {
    rule: d.severity === 'error' ? 'prisma-error' : 'prisma-warning',
    severity: d.severity,
    message: d.message.replace(/\s+/g, ' ').trim(),
    file,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    category: 'prisma',
    source: 'prisma',
    fix: null,
    suppressed: false,
  };
}

export function advisoryEntry(a: Advisory, text: string, file: string, suppressed = false): ReportEntry {
  const s = lineColumn(text, a.span.start);
  const e = lineColumn(text, a.span.end);
  return {
    rule: a.rule,
    severity: a.severity,
    message: a.prismaMessage ? `${a.message} (Prisma: ${a.prismaMessage.replace(/\s+/g, ' ').trim()})` : a.message,
    file,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    category: a.category,
    source: 'schema-canvas',
    fix: a.fixLabel ?? null,
    suppressed,
  };
}

/** `file:line:col severity rule-id message`, one per line, like a compiler. */
export function formatText(entries: readonly ReportEntry[]): string {
  return entries.map((e) => `${e.file}:${e.line}:${e.column} ${e.severity} ${e.rule} ${e.message}`).join('\n') + (entries.length ? '\n' : '');
}

export function formatJson(entries: readonly ReportEntry[]): string {
  return JSON.stringify(entries, null, 2) + '\n';
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** SARIF 2.1.0, as GitHub code scanning reads it: one run, the rules in the driver, one result per entry. */
export function formatSarif(entries: readonly ReportEntry[], rules: readonly Rule[], version: string): string {
  const prismaRules: ReportingDescriptor[] = [
    { id: 'prisma-error', name: 'PrismaError', shortDescription: { text: "Prisma's validator rejects the schema" }, defaultConfiguration: { level: 'error' } },
    { id: 'prisma-warning', name: 'PrismaWarning', shortDescription: { text: "A warning from Prisma's validator" }, defaultConfiguration: { level: 'warning' } },
  ];
  const driverRules: ReportingDescriptor[] = [
    ...prismaRules,
    ...rules.map((r) => ({
      id: r.id,
      name: r.id.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase()),
      shortDescription: { text: r.title },
      fullDescription: { text: r.why },
      defaultConfiguration: { level: SARIF_LEVEL[r.severity] },
      properties: { category: r.category },
    })),
  ];
  const index = new Map(driverRules.map((r, i) => [r.id, i]));
  const results = entries.map((e): Result => ({
    ruleId: e.rule,
    ...(index.has(e.rule) ? { ruleIndex: index.get(e.rule) } : {}),
    level: SARIF_LEVEL[e.severity],
    message: { text: e.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: e.file.replace(/\\/g, '/') },
          region: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
        },
      },
    ],
    ...(e.suppressed ? { suppressions: [{ kind: 'inSource' as const }] } : {}),
  }));
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'schema-canvas', version, rules: driverRules } }, results }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

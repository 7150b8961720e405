import type { SchemaFileAst } from '../schema/ast';
import type { Advisory } from './types';

/**
 * `// canvas-ignore <rule-id>[, <rule-id>…]` in the schema silences advisories (no id: every rule).
 * - At the end of a line: that line.
 * - On a line of its own: the next line with code.
 * - When that line opens a block (`model Post {`), the whole block.
 */
const MARKER = /\/\/\/?\s*canvas-ignore\b([^\n]*)/;

export interface Suppression {
  path: string;
  /** The offsets covered: a line, or a whole block. */
  start: number;
  end: number;
  /** Rule ids; empty means every rule. */
  rules: string[];
}

export function findSuppressions(files: readonly SchemaFileAst[]): Suppression[] {
  const out: Suppression[] = [];
  for (const file of files) {
    if (!file.text.includes('canvas-ignore')) continue;
    const lines = lineStarts(file.text);
    for (let i = 0; i < lines.length; i++) {
      const start = lines[i];
      const end = i + 1 < lines.length ? lines[i + 1] : file.text.length;
      const line = file.text.slice(start, end);
      const m = MARKER.exec(line);
      if (!m) continue;
      const rules = m[1]
        .trim()
        .split(/[\s,]+/)
        .filter((id) => /^[a-z][a-z0-9-]*$/.test(id));
      const code = line.slice(0, m.index).trim();
      let target = { start, end };
      if (!code) {
        // A comment line: find the next line with code.
        let j = i + 1;
        while (j < lines.length && /^\s*(\/\/.*)?$/.test(file.text.slice(lines[j], j + 1 < lines.length ? lines[j + 1] : file.text.length).replace(/\r?\n$/, ''))) j++;
        if (j >= lines.length) continue;
        target = { start: lines[j], end: j + 1 < lines.length ? lines[j + 1] : file.text.length };
      }
      const block = file.blocks.find((b) => b.keywordRange.start >= target.start && b.keywordRange.start < target.end);
      if (block) target = { start: block.range.start, end: block.range.end };
      out.push({ path: file.path, ...target, rules });
    }
  }
  return out;
}

export function isSuppressed(advisory: Advisory, suppressions: readonly Suppression[]): boolean {
  return suppressions.some(
    (s) =>
      s.path === advisory.span.path &&
      advisory.span.start >= s.start &&
      advisory.span.start < s.end &&
      (s.rules.length === 0 || s.rules.includes(advisory.rule)),
  );
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) if (i + 1 <= text.length) starts.push(i + 1);
  if (starts[starts.length - 1] === text.length && text.length > 0) starts.pop();
  return starts;
}

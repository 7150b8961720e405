import type { SchemaFile } from '../schema/document';
import { tokenize } from '../schema/tokenize';

/**
 * The comments of `before` that `after` no longer has, compared per file (by path) as multisets,
 * in their order in `before`. Run it on the output of Prisma's formatter, which deletes a comment
 * written on a `model X {` line, so "Format schema" can warn instead of losing it silently.
 *
 * Comparison ignores whitespace differences. Block comments compare by their words, not their
 * decoration: the formatter turns a one-line block comment into a `/**` block with a ` * ` prefix
 * per line, which keeps the comment and is not reported. A file missing from `after` loses all its
 * comments.
 */
export function lostComments(before: readonly SchemaFile[], after: readonly SchemaFile[]): string[] {
  const afterByPath = new Map(after.map((f) => [f.path, f.text]));
  const lost: string[] = [];
  for (const file of before) {
    const remaining = new Map<string, number>();
    for (const c of comments(afterByPath.get(file.path) ?? '')) remaining.set(c.key, (remaining.get(c.key) ?? 0) + 1);
    for (const c of comments(file.text)) {
      const left = remaining.get(c.key) ?? 0;
      if (left > 0) remaining.set(c.key, left - 1);
      else lost.push(c.text);
    }
  }
  return lost;
}

interface Comment {
  /** The comment as written, trimmed. */
  text: string;
  /** What must survive: its kind and its normalised content. */
  key: string;
}

function comments(text: string): Comment[] {
  const out: Comment[] = [];
  for (const t of tokenize(text)) {
    if (t.kind !== 'lineComment' && t.kind !== 'docComment' && t.kind !== 'blockComment') continue;
    const raw = text.slice(t.start, t.end).trim();
    out.push({ text: raw, key: `${t.kind}:${t.kind === 'blockComment' ? blockContent(raw) : squash(raw)}` });
  }
  return out;
}

function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/**
 * The words of a block comment without its delimiters and the ` * ` that starts each later line,
 * so the one-line and the formatter's multi-line spelling of a comment compare equal.
 */
function blockContent(raw: string): string {
  const lines = raw.replace(/^\/\*+/, '').replace(/\*+\/$/, '').split(/\r?\n|\r/);
  return squash(lines.map((line, i) => (i === 0 ? line : line.replace(/^\s*\*/, ''))).join(' '));
}

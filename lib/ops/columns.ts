import type { AttributeNode, BlockNode, FieldNode, Range } from '../schema/ast';
import type { TextEdit } from '../text/edits';
import { fieldsOf, removeAttributeEdit } from './shared';

/**
 * Columns (offsets from the line start) where at least two fields of the block start their type or
 * their first attribute, at least one of them after extra spaces: the columns `prisma format` lines
 * up. Single-spaced blocks have none, even where two lines happen to line up.
 */
export function sharedColumns(text: string, block: BlockNode): Set<number> {
  const seen = new Map<number, { count: number; padded: boolean }>();
  const note = (column: number, padded: boolean) => {
    const s = seen.get(column) ?? { count: 0, padded: false };
    seen.set(column, { count: s.count + 1, padded: s.padded || padded });
  };
  for (const f of fieldsOf(block)) {
    if (!f.type || f.line.start >= f.nameRange.start) continue;
    const lineStart = text.lastIndexOf('\n', f.nameRange.start - 1) + 1;
    note(f.type.range.start - lineStart, f.type.range.start - f.nameRange.end > 1);
    const first = f.attributes[0];
    if (first) note(first.range.start - lineStart, first.range.start - f.type.range.end > 1);
  }
  return new Set([...seen].filter(([, s]) => s.count >= 2 && s.padded).map(([column]) => column));
}

/**
 * The spaces between a cell that grew by `delta` code units and the next cell on its line, which
 * starts at `next` after a gap of `gap` spaces. When the next cell sits in one of the block's
 * columns, the gap absorbs the change so the column stays put (at least one space remains);
 * otherwise the gap stays as written.
 */
export function gapKeepingColumn(text: string, block: BlockNode, next: number, gap: number, delta: number): number {
  const lineStart = text.lastIndexOf('\n', next - 1) + 1;
  if (!sharedColumns(text, block).has(next - lineStart)) return gap;
  return Math.max(1, gap - delta);
}

/** The run of spaces after `offset`, when a cell (not a comment or the line end) follows it. */
export function spacesBeforeNextCell(text: string, offset: number): number | null {
  let next = offset;
  while (text[next] === ' ') next++;
  if (next === offset || next >= text.length || text[next] === '\n' || text[next] === '\r' || text[next] === '\t') return null;
  if (text.startsWith('//', next) || text.startsWith('/*', next)) return null;
  return next - offset;
}

/**
 * Replaces `range` (inside the cell ending at `cellEnd`: a field's name or its type) and re-pads the
 * spaces after the cell, so a block laid out in columns keeps its columns.
 */
export function replaceInCell(path: string, text: string, block: BlockNode, range: Range, replacement: string, cellEnd: number): TextEdit[] {
  const edits: TextEdit[] = [{ path, start: range.start, end: range.end, text: replacement }];
  const delta = replacement.length - (range.end - range.start);
  const gap = spacesBeforeNextCell(text, cellEnd);
  if (delta === 0 || gap === null) return edits;
  const pad = gapKeepingColumn(text, block, cellEnd + gap, gap, delta);
  if (pad !== gap) edits.push({ path, start: cellEnd, end: cellEnd + gap, text: ' '.repeat(pad) });
  return edits;
}

/**
 * Gives a field a new type and drops some of its attributes. The first attribute that stays takes the
 * column the first attribute had (re-padded as `replaceInCell` does), so aligned blocks stay aligned.
 */
export function retypeField(path: string, text: string, block: BlockNode, field: FieldNode, newType: string, dropped: readonly AttributeNode[]): TextEdit[] {
  const type = field.type!.range;
  const attributes = field.attributes;
  const firstKept = attributes.findIndex((a) => !dropped.includes(a));
  const edits: TextEdit[] = [];
  if (firstKept === 0) {
    edits.push(...replaceInCell(path, text, block, type, newType, type.end));
  } else if (firstKept > 0) {
    // the dropped attributes before the first kept one go together with the gap in front of them
    const between = text.slice(type.end, attributes[0].range.start);
    const gap = /^ +$/.test(between) ? gapKeepingColumn(text, block, attributes[0].range.start, between.length, newType.length - (type.end - type.start)) : null;
    edits.push({ path, start: type.start, end: attributes[firstKept].range.start, text: newType + (gap === null ? between : ' '.repeat(gap)) });
  } else {
    edits.push({ path, start: type.start, end: type.end, text: newType });
  }
  attributes.forEach((a, i) => {
    if (dropped.includes(a) && !(firstKept > 0 && i < firstKept)) edits.push(removeAttributeEdit(path, text, a));
  });
  return edits;
}

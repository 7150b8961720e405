import { diffToEdit, type TextEdit } from './edits';

/** Above this many line pairs the middle is replaced as one edit (the LCS table would be too big). */
const MAX_CELLS = 4_000_000;

/**
 * Edits that turn `before` into `after`, one per run of changed lines, so unchanged lines between
 * two changes are not rewritten (markers, folding and the cursor there stay put). Falls back to a
 * single replacement for very large differences.
 */
export function diffToEdits(path: string, before: string, after: string): TextEdit[] {
  if (before === after) return [];
  const a = splitLines(before);
  const b = splitLines(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tailA = a.length;
  let tailB = b.length;
  while (tailA > head && tailB > head && a[tailA - 1] === b[tailB - 1]) {
    tailA--;
    tailB--;
  }
  const n = tailA - head;
  const m = tailB - head;
  if (n * m > MAX_CELLS) {
    const single = diffToEdit(path, before, after);
    return single ? [single] : [];
  }
  // LCS over the differing middle lines.
  const table: Uint32Array[] = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = a[head + i] === b[head + j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const offsets = lineOffsets(a);
  const edits: TextEdit[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[head + i] === b[head + j]) {
      i++;
      j++;
      continue;
    }
    const startI = i;
    const startJ = j;
    while ((i < n || j < m) && !(i < n && j < m && a[head + i] === b[head + j])) {
      if (j >= m || (i < n && table[i + 1][j] >= table[i][j + 1])) i++;
      else j++;
    }
    edits.push({ path, start: offsets[head + startI], end: offsets[head + i], text: b.slice(head + startJ, head + j).join('') });
  }
  return edits;
}

/** Lines with their line breaks, so joining them gives the text back. */
function splitLines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}

function lineOffsets(lines: readonly string[]): number[] {
  const out = [0];
  for (const l of lines) out.push(out[out.length - 1] + l.length);
  return out;
}

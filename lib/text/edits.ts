import type { SchemaFile } from '../schema/document';

/** A replacement of `[start, end)` in one file by `text`. Offsets are UTF-16 code units. */
export interface TextEdit {
  path: string;
  start: number;
  end: number;
  text: string;
}

/** Applies non-overlapping edits to one text. Edits may come in any order. */
export function applyEditsToText(text: string, edits: readonly Omit<TextEdit, 'path'>[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let cursor = 0;
  for (const e of sorted) {
    if (e.start < cursor || e.end < e.start || e.end > text.length) {
      throw new Error(`Overlapping or out-of-range edit at ${e.start}–${e.end}`);
    }
    out += text.slice(cursor, e.start) + e.text;
    cursor = e.end;
  }
  return out + text.slice(cursor);
}

/** Edits grouped by file, each file's in the order given. */
export function editsByPath(edits: readonly TextEdit[]): Map<string, TextEdit[]> {
  const byPath = new Map<string, TextEdit[]>();
  for (const e of edits) {
    const list = byPath.get(e.path);
    if (list) list.push(e);
    else byPath.set(e.path, [e]);
  }
  return byPath;
}

/** Applies edits across the files of a schema. Edits to a path that does not exist create that file. */
export function applyEdits(files: readonly SchemaFile[], edits: readonly TextEdit[]): SchemaFile[] {
  const byPath = editsByPath(edits);
  const out = files.map((f) => {
    const fileEdits = byPath.get(f.path);
    byPath.delete(f.path);
    return fileEdits ? { path: f.path, text: applyEditsToText(f.text, fileEdits) } : f;
  });
  for (const [path, fileEdits] of byPath) out.push({ path, text: applyEditsToText('', fileEdits) });
  return out;
}

/** Computes edits that turn `before` into `after`, as one replacement of the differing middle. */
export function diffToEdit(path: string, before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endB = before.length;
  let endA = after.length;
  while (endB > start && endA > start && before.charCodeAt(endB - 1) === after.charCodeAt(endA - 1)) {
    endB--;
    endA--;
  }
  // Keep surrogate pairs whole: editors snap offsets inside a pair, which would corrupt the character.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) {
    start--;
  }
  if (endB < before.length && isLowSurrogate(before.charCodeAt(endB))) {
    endB++;
    endA++;
  }
  return { path, start, end: endB, text: after.slice(start, endA) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

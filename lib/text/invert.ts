import type { SchemaFile } from '../schema/document';
import { editsByPath, type TextEdit } from './edits';

/**
 * The edits that undo `edits`: applied (with applyEdits) to the files `edits` produced from `files`,
 * they give back `files` byte for byte. Edits may come in any order, as for applyEdits; inserts at
 * the same offset keep their given order there, and their inverses account for it.
 *
 * An edit to a path that is not among `files` creates that file from empty text; its inverse empties
 * it again (the file itself stays, as applyEdits never deletes files).
 *
 * Throws like applyEdits on overlapping or out-of-range edits.
 */
export function invertEdits(files: readonly SchemaFile[], edits: readonly TextEdit[]): TextEdit[] {
  const byPath = editsByPath(edits);
  const out: TextEdit[] = [];
  for (const [path, fileEdits] of byPath) {
    const text = files.find((f) => f.path === path)?.text ?? '';
    // the order applyEditsToText applies them in (Array.prototype.sort is stable)
    const sorted = [...fileEdits].sort((a, b) => a.start - b.start || a.end - b.end);
    let cursor = 0;
    let delta = 0;
    for (const e of sorted) {
      if (e.start < cursor || e.end < e.start || e.end > text.length) {
        throw new Error(`Overlapping or out-of-range edit at ${e.start}–${e.end}`);
      }
      const start = e.start + delta;
      out.push({ path, start, end: start + e.text.length, text: text.slice(e.start, e.end) });
      delta += e.text.length - (e.end - e.start);
      cursor = e.end;
    }
  }
  return out;
}

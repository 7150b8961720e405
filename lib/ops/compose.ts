import { parseSchema, type ParsedSchema } from '../schema/document';
import { applyEdits, type TextEdit } from '../text/edits';
import { diffToEdits } from '../text/line-diff';
import { refuse, type OpResult } from './shared';

/**
 * Runs operations one after another, each on the schema the previous one produced, and returns the
 * whole change as line-level patches against the original text: one undo step, and the lines between
 * the edited blocks are not rewritten. Refuses (with that reason) if any step refuses.
 */
export function composeOps(schema: ParsedSchema, steps: ReadonlyArray<(current: ParsedSchema) => OpResult>): OpResult {
  const original = schema.files.map((f) => ({ path: f.path, text: f.text }));
  let files = original;
  let current = schema;
  const messages: string[] = [];
  for (const step of steps) {
    const result = step(current);
    if (!result.ok) return result;
    files = applyEdits(files, result.edits);
    current = parseSchema(files);
    if (result.message) messages.push(result.message);
  }
  const edits: TextEdit[] = [];
  for (const f of files) {
    const before = original.find((o) => o.path === f.path);
    if (before) edits.push(...diffToEdits(f.path, before.text, f.text));
    else edits.push({ path: f.path, start: 0, end: 0, text: f.text });
  }
  if (!edits.length) return refuse('Nothing to change');
  return { ok: true, edits, message: messages.join('; ') };
}

import type { BlockNode, SchemaFileAst } from '../lib/schema/ast';
import type { SchemaFile } from '../lib/schema/document';
import { parseSchemaFile } from '../lib/schema/parse';
import type { TextEdit } from '../lib/text/edits';

function touches(edit: TextEdit, block: BlockNode): boolean {
  const { start, end } = block.line;
  if (edit.start === edit.end) return edit.start > start && edit.start < end;
  return edit.start < end && edit.end > start;
}

/** From the first doc line through the rest of the `}` line, without the line break (a file's last block may gain one). */
function blockText(text: string, block: BlockNode): string {
  return text.slice(block.line.start, block.line.end).replace(/\r?\n$/, '');
}

/**
 * Blocks that no edit touches must come out byte-identical (same kind and name, same text from the
 * first doc line to the newline after `}`). Returns one line per block that changed or vanished;
 * empty when the edits kept their promise.
 */
export function untouchedBlockChanges(
  before: readonly SchemaFile[],
  edits: readonly TextEdit[],
  after: readonly SchemaFile[],
  /** The parsed `before` files, when the caller has them already. */
  beforeAsts?: readonly SchemaFileAst[],
): string[] {
  const problems: string[] = [];
  const afterBlocks = new Map<string, string>();
  const unchanged = new Set(before.filter((f) => after.find((a) => a.path === f.path)?.text === f.text).map((f) => f.path));
  for (const f of after) {
    if (unchanged.has(f.path)) continue;
    const ast = parseSchemaFile(f.path, f.text);
    for (const b of ast.blocks) afterBlocks.set(`${f.path}\u0000${b.kind} ${b.name}`, blockText(f.text, b));
  }
  for (const f of before) {
    // a file whose text did not change keeps every block
    if (unchanged.has(f.path)) continue;
    const fileEdits = edits.filter((e) => e.path === f.path);
    const ast = beforeAsts?.find((a) => a.path === f.path && a.text === f.text) ?? parseSchemaFile(f.path, f.text);
    for (const b of ast.blocks) {
      if (fileEdits.some((e) => touches(e, b))) continue;
      const was = blockText(f.text, b);
      const now = afterBlocks.get(`${f.path}\u0000${b.kind} ${b.name}`);
      if (now === undefined) problems.push(`${f.path}: untouched ${b.kind} ${b.name} is gone`);
      else if (now !== was) problems.push(`${f.path}: untouched ${b.kind} ${b.name} changed:\n${was}\n→\n${now}`);
    }
  }
  return problems;
}

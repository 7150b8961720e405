import type { ParsedSchema } from '../schema/document';
import type { FieldNode, Range } from '../schema/ast';
import { fieldsOf, locateField, refuse, type OpResult } from './shared';

export interface ReorderFieldArgs {
  model: string;
  field: string;
  /** Put the field just above this one… */
  before?: string;
  /** …or just below this one… */
  after?: string;
  /** …or at this place among the fields once it is moved (0 = first). */
  index?: number;
}

/**
 * Moves a field's lines within its block: the field line (with its trailing comment) together with
 * the `///` and `//` comment lines directly above it (no blank line between), which talk about it.
 * Everything else — blank-line groups, block attributes, the other fields' columns — stays as it is.
 */
export function reorderField(schema: ParsedSchema, args: ReorderFieldArgs): OpResult {
  const located = locateField(schema, args.model, args.field);
  if ('reason' in located) return refuse(located.reason);
  const { loc, field } = located;
  const text = loc.file.text;
  const fields = fieldsOf(loc.block);
  const others = fields.filter((f) => f !== field.node);
  const placed = placeAt(others, args);
  if (typeof placed === 'string') return refuse(placed);
  const { openBrace, closeBrace } = loc.block;
  const sharesBraceLine = (f: FieldNode) => f.line.start <= openBrace || (closeBrace !== null && f.line.end > closeBrace);
  if (fields.some(sharesBraceLine)) return refuse(`\`${loc.info.name}\` has a field on the line of a brace; format the schema first`);
  const position = fields.indexOf(field.node);
  if (placed.index === position) return refuse(`\`${field.name}\` is already ${position === 0 ? 'the first field' : position === fields.length - 1 ? 'the last field' : 'there'}`);

  const moving = fieldChunk(text, field.node, loc.block.openBrace);
  const chunk = text.slice(moving.start, moving.end);
  const anchor = placed.before ? fieldChunk(text, placed.before, loc.block.openBrace).start : placed.after!.line.end;
  const { path } = loc.file;
  const edits = [
    { path, start: moving.start, end: moving.end, text: '' },
    { path, start: anchor, end: anchor, text: chunk },
  ].sort((a, b) => a.start - b.start);
  const where = placed.before ? `above \`${placed.before.name}\`` : `below \`${placed.after!.name}\``;
  return { ok: true, edits, message: `Moved ${loc.info.name}.${field.name} ${where}` };
}

/** The field the moved one goes above or below, and its place among all fields afterwards. */
function placeAt(others: FieldNode[], args: ReorderFieldArgs): { before?: FieldNode; after?: FieldNode; index: number } | string {
  const named = (name: string) => others.find((f) => f.name === name.trim());
  if (args.before !== undefined && args.before.trim()) {
    const target = named(args.before);
    if (!target) return `There is no other field called \`${args.before.trim()}\` to put it above`;
    return { before: target, index: others.indexOf(target) };
  }
  if (args.after !== undefined && args.after.trim()) {
    const target = named(args.after);
    if (!target) return `There is no other field called \`${args.after.trim()}\` to put it below`;
    return { after: target, index: others.indexOf(target) + 1 };
  }
  if (args.index === undefined || !Number.isInteger(args.index)) return 'Say where the field goes: before or after another field, or an index';
  if (args.index < 0 || args.index > others.length) return `The index must be between 0 and ${others.length}`;
  return args.index < others.length ? { before: others[args.index], index: args.index } : { after: others[others.length - 1], index: args.index };
}

/** The field's line and the comment lines directly above it, within its block. */
export function fieldChunk(text: string, node: FieldNode, openBrace: number): Range {
  let start = node.line.start;
  const blockBody = text.indexOf('\n', openBrace) + 1;
  while (start > blockBody) {
    const above = text.lastIndexOf('\n', start - 2) + 1;
    if (!/^[ \t]*(\/\/|\/\*|\*)/.test(text.slice(above, start))) break;
    start = above;
  }
  return { start, end: node.line.end };
}

import type { AttributeNode, BlockNode, FieldNode, MemberNode, SchemaFileAst, Value } from '../schema/ast';
import type { ParsedSchema } from '../schema/document';
import type { FieldInfo, ModelInfo } from '../schema/model';
import type { TextEdit } from '../text/edits';

/** What every canvas operation returns: text patches, or a reason it cannot be done. */
export type OpResult =
  | { ok: true; edits: TextEdit[]; message?: string; renamed?: { from: string; to: string } }
  | { ok: false; reason: string };

export function refuse(reason: string): OpResult {
  return { ok: false, reason };
}

export function done(edits: TextEdit[], message?: string): OpResult {
  return message ? { ok: true, edits, message } : { ok: true, edits };
}

export interface ModelLocation {
  info: ModelInfo;
  file: SchemaFileAst;
  block: BlockNode;
}

/** A model, view or composite type by name. */
export function findModel(schema: ParsedSchema, name: string): ModelLocation | null {
  const m = schema.model;
  const info = m.models.find((x) => x.name === name) ?? m.views.find((x) => x.name === name) ?? m.composites.find((x) => x.name === name);
  if (!info) return null;
  const file = schema.files.find((f) => f.path === info.file)!;
  return { info, file, block: info.block };
}

export function findField(loc: ModelLocation, name: string): FieldInfo | null {
  return loc.info.fields.find((f) => f.name === name) ?? null;
}

/** A model and one of its fields by name, or why not (the same words in every field operation). */
export function locateField(schema: ParsedSchema, model: string, field: string): { loc: ModelLocation; field: FieldInfo } | { reason: string } {
  const loc = findModel(schema, model);
  if (!loc) return { reason: `There is no model called \`${model}\`` };
  const found = findField(loc, field);
  if (!found) return { reason: `\`${model}\` has no field called \`${field}\`` };
  return { loc, field: found };
}

/** Model-like blocks (models and views) in every file, with their file. */
export function* modelBlocks(schema: ParsedSchema): Generator<{ file: SchemaFileAst; block: BlockNode }> {
  for (const file of schema.files) {
    for (const block of file.blocks) if (block.kind === 'model' || block.kind === 'view' || block.kind === 'type') yield { file, block };
  }
}

export function fieldsOf(block: BlockNode): FieldNode[] {
  return block.members.filter((m): m is FieldNode => m.kind === 'field');
}

export function eol(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

// ---------------------------------------------------------------- names

const RESERVED_NAMES = new Set([
  'PrismaClient', 'Prisma', 'async', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger', 'default', 'delete', 'do',
  'else', 'enum', 'export', 'extends', 'false', 'finally', 'for', 'function', 'if', 'implements', 'import', 'in', 'instanceof', 'interface',
  'let', 'new', 'null', 'package', 'private', 'protected', 'public', 'return', 'super', 'switch', 'this', 'throw', 'true', 'try', 'typeof',
  'var', 'void', 'while', 'with', 'yield',
  'String', 'Boolean', 'Int', 'BigInt', 'Float', 'Decimal', 'DateTime', 'Json', 'Bytes', 'Unsupported',
]);

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9_]*$/;

/** Null when `name` can name a model, view, enum or composite type; otherwise why not. */
export function checkTypeName(schema: ParsedSchema, name: string, except?: string): string | null {
  if (!IDENTIFIER.test(name)) return `\`${name}\` is not a valid name: use letters, digits and underscores, starting with a letter`;
  if (RESERVED_NAMES.has(name)) return `\`${name}\` is reserved by Prisma`;
  if (name !== except && typeNameTaken(schema, name)) return `A model, view, enum or type called \`${name}\` already exists`;
  return null;
}

export function typeNameTaken(schema: ParsedSchema, name: string): boolean {
  return schema.files.some((f) => f.blocks.some((b) => b.kind !== 'datasource' && b.kind !== 'generator' && b.name === name));
}

/**
 * Null when no other model or view already uses `table` as its table name (its `@@map`, or its name)
 * in the same database schema; otherwise why not. PostgreSQL would reject the second CREATE TABLE.
 */
export function checkTableName(schema: ParsedSchema, table: string, dbSchema: string | null, except?: string): string | null {
  for (const m of [...schema.model.models, ...schema.model.views]) {
    if (m.name === except || m.schema !== dbSchema) continue;
    if ((m.dbName ?? m.name) === table) return `\`${m.name}\` already uses the table name "${table}"${m.dbName ? ' (@@map)' : ''}`;
  }
  return null;
}

/**
 * Null when no other enum already uses `typeName` as its database type name (its `@@map`, or its
 * name) in the same database schema; otherwise why not. PostgreSQL would reject the second CREATE TYPE.
 */
export function checkEnumTypeName(schema: ParsedSchema, typeName: string, dbSchema: string | null, except?: string): string | null {
  for (const e of schema.model.enums) {
    if (e.name === except || e.schema !== dbSchema) continue;
    if ((e.dbName ?? e.name) === typeName) return `The enum \`${e.name}\` already uses the database type name "${typeName}"${e.dbName ? ' (@@map)' : ''}`;
  }
  return null;
}

/** Null when `name` can name a new field of `loc`; otherwise why not. */
export function checkFieldName(loc: ModelLocation, name: string, except?: string): string | null {
  if (!IDENTIFIER.test(name)) return `\`${name}\` is not a valid field name: use letters, digits and underscores, starting with a letter`;
  if (name !== except && loc.info.fields.some((f) => f.name === name) ) return `\`${loc.info.name}\` already has a field called \`${name}\``;
  if (name !== except && fieldsOf(loc.block).some((f) => f.name === name)) return `\`${loc.info.name}\` already has a field called \`${name}\``;
  const column = loc.info.fields.find((f) => f.name !== except && f.dbName === name);
  if (column) return `\`${loc.info.name}.${column.name}\` already uses the column name "${name}" (@map)`;
  return null;
}

// ---------------------------------------------------------------- layout of new lines

function mode(values: number[]): number | null {
  if (!values.length) return null;
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

function mostCommon(values: string[]): string | null {
  if (!values.length) return null;
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

/** The indentation the block's members use (two spaces when it has none). */
export function memberIndent(text: string, block: BlockNode): string {
  const indents = block.members
    .filter((m) => m.kind !== 'comment' && m.line.start < (m as { range: { start: number } }).range.start)
    .map((m) => text.slice(m.line.start, (m as { range: { start: number } }).range.start));
  return mostCommon(indents) ?? indentUnit(text);
}

/** The indentation unit of a file: what its blocks use, else two spaces. */
export function indentUnit(text: string): string {
  const m = /\{[ \t]*\r?\n([ \t]+)\S/.exec(text);
  return m ? m[1] : '  ';
}

/**
 * A field line laid out like its neighbours: when the block's names, types and attributes sit in
 * columns (as `prisma format` leaves them), the new line uses the same columns where it fits.
 */
export function fieldLine(text: string, block: BlockNode, name: string, type: string, attributes: string): string {
  const fields = fieldsOf(block).filter((f) => f.type && f.line.start < f.nameRange.start);
  const indent = memberIndent(text, block);
  const typeCol = mode(fields.map((f) => f.type!.range.start - f.line.start));
  const attrCol = mode(fields.filter((f) => f.attributes.length).map((f) => f.attributes[0].range.start - f.line.start));
  let line = indent + name;
  line += typeCol !== null && line.length < typeCol ? ' '.repeat(typeCol - line.length) : ' ';
  line += type;
  if (attributes) {
    line += attrCol !== null && line.length < attrCol ? ' '.repeat(attrCol - line.length) : ' ';
    line += attributes;
  }
  return line;
}

/** Where a new field goes: after the last field (before block attributes), else after `{`. */
export function fieldInsertionOffset(text: string, block: BlockNode): number {
  const fields = fieldsOf(block);
  if (fields.length) return lineEndOrPos(text, fields[fields.length - 1].line.end);
  return lineEndOrPos(text, block.openBrace + 1);
}

/** Where a new block attribute goes, and whether it needs a blank line before it. */
export function blockAttributeInsertion(text: string, block: BlockNode): { offset: number; blankLineBefore: boolean } {
  const attrs = block.members.filter((m) => m.kind === 'blockAttribute');
  if (attrs.length) return { offset: lineEndOrPos(text, attrs[attrs.length - 1].line.end), blankLineBefore: false };
  const fields = fieldsOf(block);
  if (fields.length) return { offset: lineEndOrPos(text, fields[fields.length - 1].line.end), blankLineBefore: true };
  return { offset: lineEndOrPos(text, block.openBrace + 1), blankLineBefore: false };
}

/** The end of the line containing `offset - 1` when `offset` is not already at a line start. */
function lineEndOrPos(text: string, offset: number): number {
  if (offset === 0 || text[offset - 1] === '\n') return offset;
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

/** Inserts complete lines at a line-start offset, handling a missing final newline and `model A {}` on one line. */
export function insertLines(path: string, text: string, block: BlockNode, offset: number, lines: string[]): TextEdit {
  const nl = eol(text);
  if (block.closeBrace !== null && offset > block.closeBrace) {
    // `model A {}`: open the block up.
    const indentBefore = text.slice(text.lastIndexOf('\n', block.openBrace) + 1, block.openBrace).match(/^[ \t]*/)![0];
    return { path, start: block.openBrace + 1, end: block.closeBrace, text: nl + lines.map((l) => l + nl).join('') + indentBefore };
  }
  const needsLeadingNewline = offset > 0 && text[offset - 1] !== '\n';
  return { path, start: offset, end: offset, text: (needsLeadingNewline ? nl : '') + lines.map((l) => l + nl).join('') };
}

// ---------------------------------------------------------------- removing things

/**
 * Removes a member's line(s) including its `///` docs. When that would leave two blank lines
 * together (or a blank line right before `}`), one of them goes too.
 */
export function removeMemberEdit(path: string, text: string, member: MemberNode): TextEdit {
  let start = member.kind !== 'comment' && member.docs.length ? member.docs[0].line.start : member.line.start;
  let end = member.line.end;
  const prevLine = previousLine(text, start);
  const nextLine = text.slice(end, text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end) + 1);
  const prevBlank = prevLine !== null && /^[ \t]*\r?\n$/.test(prevLine);
  const nextBlank = /^[ \t]*\r?\n$/.test(nextLine);
  const nextCloses = /^[ \t]*\}/.test(nextLine);
  if (prevBlank && (nextBlank || nextCloses)) start -= prevLine!.length;
  else if (nextBlank && prevLine !== null && /\{[ \t]*\r?\n$/.test(prevLine)) end += nextLine.length;
  return { path, start, end, text: '' };
}

function previousLine(text: string, lineStart: number): string | null {
  if (lineStart === 0) return null;
  const start = text.lastIndexOf('\n', lineStart - 2) + 1;
  return text.slice(start, lineStart);
}

/**
 * Removes a block's lines and one blank line next to it, so the blocks around it keep single spacing.
 * `//` lines right above the block (no blank line between) talk about it and go with it.
 */
export function removeBlockEdit(path: string, text: string, block: BlockNode): TextEdit {
  let { start, end } = block.line;
  for (;;) {
    const above = start === 0 ? -1 : text.lastIndexOf('\n', start - 2) + 1;
    if (above < 0 || !/^[ \t]*\/\/(?!\/).*\r?\n$/.test(text.slice(above, start))) break;
    start = above;
  }
  const after = /^[ \t]*\r?\n/.exec(text.slice(end));
  if (after) end += after[0].length;
  else if (end >= text.length) {
    const before = /\n([ \t]*\r?\n)$/.exec(text.slice(0, start));
    if (before) start -= before[1].length;
  }
  return { path, start, end, text: '' };
}

/** Removes an attribute together with the whitespace before it. */
export function removeAttributeEdit(path: string, text: string, attribute: AttributeNode): TextEdit {
  let start = attribute.range.start;
  while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
  return { path, start, end: attribute.range.end, text: '' };
}

/**
 * A list of field names as written: `[a, b(sort: Desc)]`, or a single bare name (`@@index(slug)`),
 * which Prisma accepts as a one-element list.
 */
export interface FieldList {
  value: Value;
  items: Value[];
}

function asFieldList(value: Value | undefined): FieldList | null {
  if (!value) return null;
  if (value.kind === 'array') return { value, items: value.items };
  if (value.kind === 'call') return { value, items: [value] };
  return null;
}

/** The field list of a block attribute (`@@index([a, b])`, `@@id(fields: [a])`, `@@index(slug)`). */
export function blockAttributeFieldList(attribute: AttributeNode): FieldList | null {
  const args = attribute.args ?? [];
  const arg = args.find((a) => a.name === 'fields') ?? args.find((a) => a.name === null);
  return asFieldList(arg?.value);
}

/** The `fields:` or `references:` list of a `@relation(...)`. */
export function relationFieldList(attribute: AttributeNode, name: 'fields' | 'references'): FieldList | null {
  return asFieldList((attribute.args ?? []).find((a) => a.name === name)?.value);
}

/** Removes item `index` of a field list with its separating comma (the list keeps at least one item). */
export function removeListItemEdit(path: string, list: FieldList, index: number): TextEdit {
  const items = list.items;
  const item = items[index];
  if (index < items.length - 1) return { path, start: item.range.start, end: items[index + 1].range.start, text: '' };
  return { path, start: items[index - 1].range.end, end: item.range.end, text: '' };
}

export function quote(value: string): string {
  return JSON.stringify(value);
}

/**
 * Line removals computed independently may overlap where each swallowed the same blank line; merges
 * overlapping deletions in one file so the edits can be applied together.
 */
export function mergeRemovals(edits: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  const sorted = [...edits].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.start - b.start || a.end - b.end));
  for (const e of sorted) {
    const last = out[out.length - 1];
    if (last && last.path === e.path && last.text === '' && e.text === '' && e.start < last.end) {
      last.end = Math.max(last.end, e.end);
      continue;
    }
    out.push({ ...e });
  }
  return out;
}

import type { AttributeNode, BlockNode, EnumValueNode, FieldNode, SchemaFileAst, Value } from '../schema/ast';
import type { ParsedSchema } from '../schema/document';
import type { EnumInfo, EnumValueInfo } from '../schema/model';
import { fieldsOf, memberIndent, modelBlocks } from './shared';

/** Shared parts of the enum operations (add/rename/delete enum, add/rename/remove/map values). */

export interface EnumLocation {
  info: EnumInfo;
  file: SchemaFileAst;
  block: BlockNode;
}

export function findEnum(schema: ParsedSchema, name: string): EnumLocation | null {
  const info = schema.model.enums.find((e) => e.name === name);
  if (!info) return null;
  const file = schema.files.find((f) => f.path === info.file)!;
  return { info, file, block: info.block };
}

export function noSuchEnum(schema: ParsedSchema, name: string): string {
  const m = schema.model;
  const other = m.models.some((x) => x.name === name) ? 'a model' : m.views.some((x) => x.name === name) ? 'a view' : m.composites.some((x) => x.name === name) ? 'a composite type' : null;
  return other ? `\`${name}\` is ${other}, not an enum` : `There is no enum called \`${name}\``;
}

export function findValue(loc: EnumLocation, name: string): EnumValueInfo | null {
  return loc.info.values.find((v) => v.name === name) ?? null;
}

export function noSuchValue(loc: EnumLocation, name: string): string {
  return `\`${loc.info.name}\` has no value called \`${name}\` (it has ${loc.info.values.map((v) => v.name).join(', ')})`;
}

/** A field (of a model, view or composite type, in any file) whose type is the enum. */
export interface EnumUsage {
  model: string;
  file: SchemaFileAst;
  block: BlockNode;
  field: FieldNode;
}

export function enumUsages(schema: ParsedSchema, name: string): EnumUsage[] {
  const out: EnumUsage[] = [];
  for (const { file, block } of modelBlocks(schema)) {
    for (const field of fieldsOf(block)) if (field.type?.name === name) out.push({ model: block.name, file, block, field });
  }
  return out;
}

export function usageNames(usages: readonly EnumUsage[]): string {
  const names = usages.map((u) => `${u.model}.${u.field.name}`);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
}

type BareName = Extract<Value, { kind: 'call' }>;

/** A field's `@default(...)` when it names enum values: `@default(A)` or `@default([A, B])`. */
export interface EnumDefault {
  attribute: AttributeNode;
  /** The argument's value: a bare name or a list of them. */
  value: Value;
  items: BareName[];
}

export function enumDefault(field: FieldNode): EnumDefault | null {
  const attribute = field.attributes.find((a) => a.name === 'default');
  const arg = (attribute?.args ?? []).find((a) => a.name === null || a.name === 'value');
  if (!attribute || !arg) return null;
  const bare = (v: Value): v is BareName => v.kind === 'call' && v.args === null;
  if (bare(arg.value)) return { attribute, value: arg.value, items: [arg.value] };
  if (arg.value.kind === 'array' && arg.value.items.every(bare)) return { attribute, value: arg.value, items: arg.value.items as BareName[] };
  return null;
}

// ---------------------------------------------------------------- names

/** What Prisma accepts as an enum value: a letter (any script), then letters, digits and underscores. */
export const VALUE_NAME = /^\p{L}[\p{L}\p{N}_]*$/u;

/** Null when `name` can be a value of the enum (other than `except`); otherwise why not. */
export function checkValueName(info: EnumInfo, name: string, except?: string): string | null {
  if (!VALUE_NAME.test(name)) return `\`${name}\` is not a valid enum value: use letters, digits and underscores, starting with a letter`;
  if (name !== except && info.values.some((v) => v.name === name)) return `\`${info.name}\` already has a value called \`${name}\``;
  return null;
}

/**
 * Null when no other value of the enum is stored under `dbName` in the database; otherwise why not
 * (PostgreSQL refuses an enum type with the same label twice).
 */
export function checkDbName(info: EnumInfo, dbName: string, except: string | null): string | null {
  const clash = info.values.find((v) => v.name !== except && (v.dbName ?? v.name) === dbName);
  if (!clash) return null;
  return `\`${info.name}.${clash.name}\` is already stored as "${dbName}" in the database; choose another name (or a different @map)`;
}

// ---------------------------------------------------------------- layout

export function enumValueNodes(block: BlockNode): EnumValueNode[] {
  return block.members.filter((m): m is EnumValueNode => m.kind === 'enumValue');
}

/** Values that start their own line (the usual layout). */
function lineValues(block: BlockNode): EnumValueNode[] {
  return enumValueNodes(block).filter((v) => v.line.start < v.nameRange.start);
}

/**
 * The column (offset from the line start) where the values' attributes line up, as `prisma format`
 * leaves them (one space after the longest name), or null when they are written single-spaced.
 */
export function valueAttributeColumn(text: string, block: BlockNode): number | null {
  const values = lineValues(block);
  const withAttributes = values.filter((v) => v.attributes.length);
  if (!withAttributes.length) return null;
  const columns = withAttributes.map((v) => v.attributes[0].range.start - v.line.start);
  const padded = withAttributes.some((v) => v.attributes[0].range.start - v.nameRange.end > 1);
  const formatted = new Set(columns).size === 1 && columns[0] === Math.max(...values.map((v) => v.nameRange.end - v.line.start)) + 1;
  if (!padded && !formatted) return null;
  const counts = new Map<number, number>();
  for (const c of columns) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

/** The spaces between a value's name (ending at `column` characters into its line) and an attribute. */
export function gapTo(attributeColumn: number | null, nameEndColumn: number): string {
  return ' '.repeat(attributeColumn !== null && nameEndColumn < attributeColumn ? attributeColumn - nameEndColumn : 1);
}

/** A new value line laid out like its neighbours. */
export function valueLine(text: string, block: BlockNode, name: string, attributes: string): string {
  const line = memberIndent(text, block) + name;
  return attributes ? line + gapTo(valueAttributeColumn(text, block), line.length) + attributes : line;
}

/** Where a new value line goes: after the last value (before block attributes), else after `{`. */
export function valueInsertionOffset(text: string, block: BlockNode): number {
  const values = enumValueNodes(block);
  if (values.length) return values[values.length - 1].line.end;
  const nl = text.indexOf('\n', block.openBrace);
  return nl < 0 ? text.length : nl + 1;
}

/** Where a new block attribute goes in an enum, and whether it needs a blank line before it. */
export function enumAttributeInsertion(block: BlockNode): { offset: number; blankLineBefore: boolean } {
  const attrs = block.members.filter((m) => m.kind === 'blockAttribute');
  if (attrs.length) return { offset: attrs[attrs.length - 1].line.end, blankLineBefore: false };
  const values = enumValueNodes(block);
  return { offset: values.length ? values[values.length - 1].line.end : block.openBrace + 1, blankLineBefore: values.length > 0 };
}

// ---------------------------------------------------------------- removing a block


import type { ParsedSchema } from '../schema/document';
import type { TextEdit } from '../text/edits';
import { checkDbName, checkValueName, enumDefault, enumUsages, findEnum, findValue, gapTo, noSuchEnum, noSuchValue, valueAttributeColumn } from './enum-parts';
import { quote, refuse, type OpResult } from './shared';

export interface RenameEnumValueArgs {
  enum: string;
  value: string;
  newName: string;
  /** Add `@map("<old name>")` so the database keeps storing the old name. */
  keepDbName?: boolean;
}

/**
 * Renames an enum value and every `@default` that names it (`@default(A)`, `@default([A, B])`) on
 * fields of that enum, in every file. Attributes lined up in a column stay in their column.
 */
export function renameEnumValue(schema: ParsedSchema, args: RenameEnumValueArgs): OpResult {
  const loc = findEnum(schema, args.enum);
  if (!loc) return refuse(noSuchEnum(schema, args.enum));
  const value = findValue(loc, args.value);
  if (!value) return refuse(noSuchValue(loc, args.value));
  const newName = args.newName.trim();
  if (newName === args.value) return refuse('The new name is the same as the old one');
  const problem = checkValueName(loc.info, newName);
  if (problem) return refuse(problem);
  const addMap = !!args.keepDbName && value.dbName === null;
  if (value.dbName === null && !addMap) {
    const dbProblem = checkDbName(loc.info, newName, args.value);
    if (dbProblem) return refuse(dbProblem);
  }

  const { path, text } = loc.file;
  const node = value.node;
  const lineStart = node.line.start;
  const column = valueAttributeColumn(text, loc.block);
  const edits: TextEdit[] = [];
  const first = node.attributes[0];
  if (addMap && !first) {
    // `OLD` → `NEW @map("OLD")`, the attribute in the block's column
    const map = `@map(${quote(args.value)})`;
    edits.push({ path, ...node.nameRange, text: newName + gapTo(column, node.nameRange.start - lineStart + newName.length) + map });
  } else {
    edits.push({ path, ...node.nameRange, text: newName });
    if (first) {
      // keep the first attribute in its column when the block lines attributes up
      const gap = first.range.start - node.nameRange.end;
      const delta = newName.length - args.value.length;
      if (column !== null && first.range.start - lineStart === column && /^ +$/.test(text.slice(node.nameRange.end, first.range.start))) {
        const pad = Math.max(1, gap - delta);
        if (pad !== gap) edits.push({ path, start: node.nameRange.end, end: first.range.start, text: ' '.repeat(pad) });
      }
      if (addMap) edits.push({ path, start: node.range.end, end: node.range.end, text: ` @map(${quote(args.value)})` });
    }
  }

  const defaults: string[] = [];
  for (const { model, file, field } of enumUsages(schema, args.enum)) {
    const dflt = enumDefault(field);
    const hits = dflt?.items.filter((i) => i.name === args.value) ?? [];
    for (const item of hits) edits.push({ path: file.path, ...item.nameRange, text: newName });
    if (hits.length) defaults.push(`${model}.${field.name}`);
  }
  let message = `Renamed ${args.enum}.${args.value} to ${newName}`;
  if (defaults.length) message += ` and the default${defaults.length > 1 ? 's' : ''} of ${defaults.join(', ')}`;
  if (addMap) message += `; the database keeps storing "${args.value}" (@map)`;
  else if (value.dbName !== null) message += `; it is still stored as "${value.dbName}"`;
  return { ok: true, edits, message };
}

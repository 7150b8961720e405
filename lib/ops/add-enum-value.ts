import type { ParsedSchema } from '../schema/document';
import { checkDbName, checkValueName, findEnum, noSuchEnum, valueInsertionOffset, valueLine } from './enum-parts';
import { done, insertLines, quote, refuse, type OpResult } from './shared';

export interface AddEnumValueArgs {
  enum: string;
  value: string;
  /** The name stored in the database (`@map`); empty for the value's own name. */
  map?: string;
}

/** Appends a value after the enum's last value (before its block attributes), laid out like its neighbours. */
export function addEnumValue(schema: ParsedSchema, args: AddEnumValueArgs): OpResult {
  const loc = findEnum(schema, args.enum);
  if (!loc) return refuse(noSuchEnum(schema, args.enum));
  const value = args.value.trim();
  const problem = checkValueName(loc.info, value);
  if (problem) return refuse(problem);
  const map = (args.map ?? '').trim();
  const dbProblem = checkDbName(loc.info, map || value, null);
  if (dbProblem) return refuse(dbProblem);

  const { path, text } = loc.file;
  const line = valueLine(text, loc.block, value, map ? `@map(${quote(map)})` : '');
  const edit = insertLines(path, text, loc.block, valueInsertionOffset(text, loc.block), [line]);
  return done([edit], `Added ${value} to ${args.enum}${map ? ` (stored as "${map}")` : ''}`);
}

import type { ParsedSchema } from '../schema/document';
import { checkDbName, findEnum, findValue, gapTo, noSuchEnum, noSuchValue, valueAttributeColumn } from './enum-parts';
import { done, quote, refuse, removeAttributeEdit, type OpResult } from './shared';

export interface SetEnumValueMapArgs {
  enum: string;
  value: string;
  /** The name stored in the database; empty removes `@map`. */
  map: string;
}

/** Sets, replaces or (with an empty map) removes the `@map("…")` of an enum value. */
export function setEnumValueMap(schema: ParsedSchema, args: SetEnumValueMapArgs): OpResult {
  const loc = findEnum(schema, args.enum);
  if (!loc) return refuse(noSuchEnum(schema, args.enum));
  const value = findValue(loc, args.value);
  if (!value) return refuse(noSuchValue(loc, args.value));
  const map = args.map.trim();
  const { path, text } = loc.file;
  const node = value.node;
  const existing = node.attributes.find((a) => a.name === 'map');
  const what = `${args.enum}.${args.value}`;

  if (!map) {
    if (!existing) return refuse(`\`${what}\` has no @map to remove`);
    const dbProblem = checkDbName(loc.info, args.value, args.value);
    if (dbProblem) return refuse(dbProblem);
    return done([removeAttributeEdit(path, text, existing)], `Removed the @map of ${what}; the database stores "${args.value}"`);
  }
  if (value.dbName === map) return refuse(`\`${what}\` is already stored as "${map}"`);
  const dbProblem = checkDbName(loc.info, map, args.value);
  if (dbProblem) return refuse(dbProblem);
  const message = `${what} is now stored as "${map}" (@map)`;
  if (existing) {
    const arg = (existing.args ?? []).find((a) => a.name === null || a.name === 'name');
    if (arg) return done([{ path, ...arg.value.range, text: quote(map) }], message);
    return done([{ path, ...existing.range, text: `@map(${quote(map)})` }], message);
  }
  const at = node.range.end;
  const gap = node.attributes.length ? ' ' : gapTo(valueAttributeColumn(text, loc.block), at - node.line.start);
  return done([{ path, start: at, end: at, text: `${gap}@map(${quote(map)})` }], message);
}

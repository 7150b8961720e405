import type { ParsedSchema } from '../schema/document';
import { enumDefault, enumUsages, findEnum, findValue, noSuchEnum, noSuchValue } from './enum-parts';
import { done, refuse, removeMemberEdit, type OpResult } from './shared';

export interface RemoveEnumValueArgs {
  enum: string;
  value: string;
}

/** Removes a value's line with its `///` docs. Refused for the last value and while a `@default` uses it. */
export function removeEnumValue(schema: ParsedSchema, args: RemoveEnumValueArgs): OpResult {
  const loc = findEnum(schema, args.enum);
  if (!loc) return refuse(noSuchEnum(schema, args.enum));
  const value = findValue(loc, args.value);
  if (!value) return refuse(noSuchValue(loc, args.value));
  if (loc.info.values.length === 1) return refuse(`\`${args.value}\` is the only value of \`${args.enum}\`, and an enum needs at least one; delete the enum instead`);
  for (const { model, field } of enumUsages(schema, args.enum)) {
    const dflt = enumDefault(field);
    if (dflt?.items.some((i) => i.name === args.value)) {
      const uses = dflt.value.kind === 'array' ? `has \`${args.value}\` in its default list` : `defaults to \`${args.value}\``;
      return refuse(`\`${model}.${field.name}\` ${uses}; change or remove that default first`);
    }
  }
  return done([removeMemberEdit(loc.file.path, loc.file.text, value.node)], `Removed ${args.value} from ${args.enum}`);
}

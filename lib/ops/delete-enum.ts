import type { AttributeNode } from '../schema/ast';
import type { ParsedSchema } from '../schema/document';
import { isScalarType } from '../schema/model';
import type { TextEdit } from '../text/edits';
import { retypeField } from './columns';
import { enumDefault, enumUsages, findEnum, noSuchEnum, usageNames, type EnumLocation } from './enum-parts';
import { inCompoundId } from './field-guards';
import { findModel, quote, refuse, removeBlockEdit, type OpResult } from './shared';
import { typeText } from './types';

export interface DeleteEnumArgs {
  enum: string;
  /** The type fields using the enum get instead: a scalar (`String`) or another enum. Without it, a used enum is not deleted. */
  replaceWith?: string;
}

/**
 * Deletes an enum block with its docs. Fields that use it are refused unless a replacement type is
 * given; then they change type, keeping `?`/`[]` and their other attributes. A `@default` carries
 * over where it can: to `String` as the value's database name (`@default("MEMBER")`, what the column
 * holds after the change), to another enum when that enum has the value; otherwise it is dropped.
 */
export function deleteEnum(schema: ParsedSchema, args: DeleteEnumArgs): OpResult {
  const loc = findEnum(schema, args.enum);
  if (!loc) return refuse(noSuchEnum(schema, args.enum));
  const usages = enumUsages(schema, args.enum);
  const replacement = (args.replaceWith ?? '').trim();
  const removeBlock = removeBlockEdit(loc.file.path, loc.file.text, loc.block);
  if (!usages.length) return { ok: true, edits: [removeBlock], message: `Deleted enum ${args.enum}` };
  if (!replacement) {
    return refuse(`\`${args.enum}\` is used by ${usageNames(usages)}; change ${usages.length > 1 ? 'their type' : 'its type'} first, or choose a type to replace it with`);
  }
  if (replacement === args.enum) return refuse(`Choose a type other than \`${args.enum}\` to replace it with`);
  const otherEnum = findEnum(schema, replacement);
  if (!otherEnum && !isScalarType(replacement)) {
    return refuse(`\`${replacement}\` is not a scalar type or an enum: replace \`${args.enum}\` with e.g. String or another enum`);
  }
  if (replacement === 'Json') {
    const keyed = usages.find((u) => {
      const model = findModel(schema, u.model);
      const info = model ? model.info.fields.find((f) => f.name === u.field.name) : null;
      return !!model && !!info && (info.isId || info.isUnique || inCompoundId(model, info.name) || [...model.info.uniques, ...model.info.indexes].some((i) => i.fields.includes(info.name)));
    });
    if (keyed) return refuse(`\`${keyed.model}.${keyed.field.name}\` is part of a key or index, which cannot be Json; choose another type`);
  }

  const edits: TextEdit[] = [removeBlock];
  const notes: string[] = [];
  for (const { model, file, block, field } of usages) {
    const type = field.type!;
    const newType = typeText(replacement, type.list, type.optional);
    const dflt = enumDefault(field);
    const dropped: AttributeNode[] = [];
    if (dflt) {
      const carried = carryDefault(loc, dflt.items.map((i) => i.name), dflt.value.kind === 'array', replacement, otherEnum);
      if (carried === null) dropped.push(dflt.attribute);
      else if (carried !== 'unchanged') edits.push({ path: file.path, ...dflt.value.range, text: carried });
    }
    edits.push(...retypeField(file.path, file.text, block, field, newType, dropped));
    if (dropped.length) notes.push(`${file.text.slice(dflt!.attribute.range.start, dflt!.attribute.range.end)} from ${model}.${field.name}`);
  }
  let message = `Deleted enum ${args.enum}; ${usageNames(usages)} ${usages.length > 1 ? 'are' : 'is'} now ${replacement}`;
  if (notes.length) message += `; removed ${notes.join(', ')}, which no longer fit${notes.length > 1 ? '' : 's'}`;
  return { ok: true, edits, message };
}

/** The default's new argument, `unchanged` when it fits as written, or null when it cannot carry over. */
function carryDefault(loc: EnumLocation, names: string[], list: boolean, replacement: string, otherEnum: EnumLocation | null): string | null {
  if (otherEnum) return names.every((n) => otherEnum.info.values.some((v) => v.name === n)) ? 'unchanged' : null;
  if (replacement !== 'String') return null;
  // the column keeps what the database stored: the value's @map name, else its name
  const items = names.map((n) => quote(loc.info.values.find((v) => v.name === n)?.dbName ?? n));
  return list ? `[${items.join(', ')}]` : items[0];
}

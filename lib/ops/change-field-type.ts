import type { AttributeNode } from '../schema/ast';
import type { ParsedSchema } from '../schema/document';
import { supportsScalarLists } from '../schema/provider';
import type { TextEdit } from '../text/edits';
import { defaultFits, inCompoundId, indexOptionsOn, relationRole } from './field-guards';
import { locateField, refuse, type OpResult } from './shared';
import { retypeField } from './columns';
import { keepsUniqueCriteria } from './unique-criteria';
import { checkFieldType, parseTypeExpression, typeText } from './types';

export interface ChangeFieldTypeArgs {
  model: string;
  field: string;
  /** The new base type; `?`/`[]` written here win, otherwise the field keeps its own. */
  type: string;
}

const NOT_ID_TYPES = new Set(['Json', 'Unsupported']);

/**
 * Changes a scalar/enum field's type, keeping `?`/`[]`, comments and attribute order. Attributes that
 * cannot apply to the new type are removed and named in the message: `@db.*` (native types belong to
 * one scalar), a `@default` that no longer fits, `@updatedAt` off DateTime.
 */
export function changeFieldType(schema: ParsedSchema, args: ChangeFieldTypeArgs): OpResult {
  const located = locateField(schema, args.model, args.field);
  if ('reason' in located) return refuse(located.reason);
  const { loc, field } = located;
  const parsed = parseTypeExpression(args.type);
  if (!parsed) return refuse(`\`${args.type}\` is not a type: write e.g. String, Int, Role`);
  const typeProblem = checkFieldType(schema, parsed, loc.info.kind);
  if (typeProblem) return refuse(typeProblem);
  const role = relationRole(schema, loc, field);
  if (role) return refuse(`${role}; its type must match the other side of the relation`);
  const indexed = indexOptionsOn(loc, field);
  if (indexed) return refuse(indexed);

  const explicitModifiers = /[?\]]\s*$/.test(args.type);
  const list = explicitModifiers ? parsed.list : field.list;
  if (list && !field.list && !supportsScalarLists(schema.model.datasource?.provider)) {
    return refuse(`The ${schema.model.datasource?.provider} connector does not support lists of scalars`);
  }
  const optional = explicitModifiers ? parsed.optional : field.optional;
  if ((field.isId || inCompoundId(loc, field.name)) && (NOT_ID_TYPES.has(parsed.name) || list || optional)) {
    return refuse(`\`${field.name}\` is part of the primary key, which cannot be ${list ? 'a list' : optional ? 'optional' : parsed.name}`);
  }
  if (list && !field.list && field.isUnique) return refuse(`\`${field.name}\` is @unique; remove that first (a unique list compares whole arrays)`);
  if ((optional && !field.optional) || (list && !field.list)) {
    // an optional or list field no longer counts as unique criteria
    if (!keepsUniqueCriteria(loc.info, { optional: new Set([field.name]) })) {
      return refuse(`\`${args.model}\` would have no unique criteria left with only required fields; Prisma needs one`);
    }
  }
  const base = parsed.unsupported !== null ? `Unsupported(${JSON.stringify(parsed.unsupported)})` : parsed.name;
  const newType = typeText(base, list, optional);
  const node = field.node;
  const text = loc.file.text;
  if (text.slice(node.type!.range.start, node.type!.range.end) === newType) return refuse(`\`${field.name}\` is already ${newType}`);

  const dropped: AttributeNode[] = [];
  const enumValues = schema.model.enums.find((e) => e.name === parsed.name)?.values.map((v) => v.name) ?? null;
  const typeChanged = parsed.name !== field.type || parsed.unsupported !== field.unsupported;
  for (const a of node.attributes) {
    let drop = false;
    if (a.name.includes('.')) drop = typeChanged; // native type: belongs to one scalar
    else if (a.name === 'default') drop = field.default !== null && !defaultFits(field.default, parsed.name, list, enumValues);
    else if (a.name === 'updatedAt') drop = parsed.name !== 'DateTime' || list;
    if (drop) dropped.push(a);
  }
  const edits: TextEdit[] = retypeField(loc.file.path, text, loc.block, node, newType, dropped);
  const removed = dropped.map((a) => text.slice(a.range.start, a.range.end));
  let message = `Changed ${args.model}.${args.field} to ${newType}`;
  if (removed.length) message += `; removed ${removed.join(', ')}, which no longer applies`;
  return { ok: true, edits, message };
}

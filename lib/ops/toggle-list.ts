import type { ParsedSchema } from '../schema/document';
import { supportsScalarLists } from '../schema/provider';
import type { TextEdit } from '../text/edits';
import { defaultFits, inCompoundId, indexOptionsOn, relationRole } from './field-guards';
import { locateField, refuse, type OpResult } from './shared';
import { retypeField } from './columns';
import { typeText } from './types';

export interface ToggleListArgs {
  model: string;
  field: string;
}

/** Adds or removes `[]` on a scalar or enum field (PostgreSQL arrays). Lists cannot be optional, so `?` goes. */
export function toggleList(schema: ParsedSchema, args: ToggleListArgs): OpResult {
  const located = locateField(schema, args.model, args.field);
  if ('reason' in located) return refuse(located.reason);
  const { loc, field } = located;
  const role = relationRole(schema, loc, field);
  if (role) return refuse(`${role}; change the relation's kind instead`);
  if (field.kind === 'unsupported') return refuse('`Unsupported` fields cannot become lists');
  if (field.isId || inCompoundId(loc, field.name)) return refuse(`\`${field.name}\` is part of the primary key, which cannot be a list`);
  const makeList = !field.list;
  const provider = schema.model.datasource?.provider;
  if (makeList && !supportsScalarLists(provider)) return refuse(`The ${provider} connector does not support lists of scalars`);
  const indexed = indexOptionsOn(loc, field);
  if (indexed) return refuse(indexed);
  if (makeList && field.isUnique) return refuse(`\`${field.name}\` is @unique; remove that first (a unique list compares whole arrays)`);
  const node = field.node;
  const text = loc.file.text;
  const base = text.slice(node.type!.range.start, node.type!.range.end).replace(/\?$/, '').replace(/\[\]$/, '');
  const enumValues = schema.model.enums.find((e) => e.name === field.type)?.values.map((v) => v.name) ?? null;
  const dropped = node.attributes.filter(
    (a) => (a.name === 'default' && field.default !== null && !defaultFits(field.default, field.type, makeList, enumValues)) || (a.name === 'updatedAt' && makeList),
  );
  const edits: TextEdit[] = retypeField(loc.file.path, text, loc.block, node, typeText(base, makeList, makeList ? false : field.optional), dropped);
  const removed = dropped.map((a) => text.slice(a.range.start, a.range.end));
  let message = `${args.model}.${args.field} is now ${makeList ? 'a list' : 'a single value'}`;
  if (field.optional && makeList) message += ' (lists cannot be optional, so `?` was removed)';
  if (removed.length) message += `; removed ${removed.join(', ')}`;
  return { ok: true, edits, message };
}

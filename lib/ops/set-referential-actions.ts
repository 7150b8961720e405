import type { Arg, AttributeNode } from '../schema/ast';
import { relationOfField } from '../schema/relations';
import { findAttribute } from '../schema/attributes';
import type { ParsedSchema } from '../schema/document';
import { REFERENTIAL_ACTIONS, type RelationInfo } from '../schema/model';
import type { TextEdit } from '../text/edits';
import { findField, findModel, mergeRemovals, refuse, type OpResult } from './shared';
import { toggleOptional } from './toggle-optional';

export interface SetReferentialActionsArgs {
  model: string;
  /** Either side's relation field. */
  field: string;
  /** An action, `''`/`default` to go back to Prisma's default, or undefined to leave it as it is. */
  onDelete?: string;
  onUpdate?: string;
  /** With SetNull on a required foreign key: make the foreign key optional too. */
  makeOptional?: boolean;
}

const DEFAULT_WORDS = new Set(['', 'default', 'prisma default', '(default)']);

type Wanted = { key: 'onDelete' | 'onUpdate'; value: string | null };

/** Writes `onDelete`/`onUpdate` into the `@relation(...)` of the side holding the foreign key. */
export function setReferentialActions(schema: ParsedSchema, args: SetReferentialActionsArgs): OpResult {
  const loc = findModel(schema, args.model);
  if (!loc) return refuse(`There is no model called \`${args.model}\``);
  const field = findField(loc, args.field);
  if (!field || field.kind !== 'object') return refuse(`\`${args.model}.${args.field}\` is not a relation field`);
  const relation = relationOfField(schema.model.relations, args.model, args.field);
  if (!relation) return refuse(`\`${args.model}.${args.field}\` is not part of a complete relation`);
  if (relation.kind === 'm:n') return refuse('The join table of an implicit many-to-many relation always cascades; referential actions cannot be set (use a join model)');

  const wanted: Wanted[] = [];
  for (const key of ['onDelete', 'onUpdate'] as const) {
    const raw = args[key];
    if (raw === undefined) continue;
    const value = raw.trim();
    if (DEFAULT_WORDS.has(value.toLowerCase())) wanted.push({ key, value: null });
    else if ((REFERENTIAL_ACTIONS as readonly string[]).includes(value)) wanted.push({ key, value });
    else return refuse(`\`${value}\` is not a referential action: use ${REFERENTIAL_ACTIONS.join(', ')}, or leave it empty for Prisma's default`);
  }
  if (!wanted.length) return refuse('Choose onDelete or onUpdate');

  const holderLoc = findModel(schema, relation.from.model)!;
  const holder = findField(holderLoc, relation.from.field)!;
  const attribute = findAttribute(holder.node.attributes, 'relation');
  if (!attribute?.args) return refuse(`\`${relation.from.model}.${relation.from.field}\` has no @relation(fields: …) to hold referential actions`);

  const edits: TextEdit[] = [];
  const setsNull = wanted.some((w) => w.value === 'SetNull');
  let madeOptional = false;
  if (setsNull && relation.required) {
    if (!args.makeOptional) {
      return refuse(
        `SetNull would set ${fkList(relation)} to NULL, but ${relation.from.fields.length > 1 ? 'they are' : 'it is'} required; make the foreign key optional or choose another action`,
      );
    }
    // Toggle a required side: the relation field, or (when it is already `User?`) a required FK scalar.
    const fields = holderLoc.info.fields;
    const target = !holder.optional ? relation.from.field : (relation.from.fields.find((f) => fields.some((x) => x.name === f && !x.optional)) ?? relation.from.field);
    const optional = toggleOptional(schema, { model: relation.from.model, field: target });
    if (!optional.ok) return optional;
    edits.push(...optional.edits);
    madeOptional = true;
  }
  const path = holderLoc.file.path;
  const argsList = attribute.args;
  for (const w of wanted) {
    const existing = argsList.find((a) => a.name === w.key);
    if (existing && w.value) edits.push({ path, start: existing.value.range.start, end: existing.value.range.end, text: w.value });
    else if (existing && !w.value) edits.push(removeArg(path, argsList, existing));
    else if (!existing && w.value) edits.push(appendArg(path, attribute, `${w.key}: ${w.value}`));
  }
  const effective = wanted.map((w) => `${w.key}: ${w.value ?? 'Prisma default'}`).join(', ');
  return {
    ok: true,
    edits: mergeRemovals(edits),
    message: `${relation.from.model}.${relation.from.field}: ${effective}${madeOptional ? `; ${fkList(relation)} made optional` : ''}`,
  };
}

function fkList(relation: RelationInfo): string {
  return relation.from.fields.map((f) => `${relation.from.model}.${f}`).join(', ');
}

/** Removes `, onDelete: X` (or `onDelete: X, ` when it is first). */
function removeArg(path: string, args: readonly Arg[], arg: Arg): TextEdit {
  const i = args.indexOf(arg);
  if (i > 0) return { path, start: args[i - 1].range.end, end: arg.range.end, text: '' };
  if (args.length > 1) return { path, start: arg.range.start, end: args[1].range.start, text: '' };
  return { path, start: arg.range.start, end: arg.range.end, text: '' };
}

function appendArg(path: string, attribute: AttributeNode, arg: string): TextEdit {
  const args = attribute.args ?? [];
  const at = args.length ? args[args.length - 1].range.end : attribute.argsRange!.start + 1;
  return { path, start: at, end: at, text: args.length ? `, ${arg}` : arg };
}

import { addRelation, composeOps, deleteField, type OpResult } from '../../ops';
import type { ParsedSchema } from '../../schema/document';
import type { ArgValues } from '../types';

export type InlineCall = { ok: true; command: 'add-field' | 'add-relation' | 'change-field-type' | 'retype-as-relation'; args: ArgValues } | { ok: false; reason: string };

/** A model named by a typed type (`Team`, `Team?`, `Team[]`), with the modifier. */
function modelType(schema: ParsedSchema, type: string): { model: string; modifier: '' | '?' | '[]' } | null {
  const m = /^([A-Za-z_][\w]*)(\?|\[\])?$/.exec(type.trim());
  const target = m ? schema.model.models.find((x) => x.name === m[1]) : undefined;
  return target ? { model: target.name, modifier: (m?.[2] ?? '') as '' | '?' | '[]' } : null;
}

/** add-relation's arguments for a relation field typed on `model`: `author User` holds the key; `posts Post[]` is the back-relation. */
function relationArgs(model: string, name: string, target: { model: string; modifier: string }): ArgValues {
  if (target.modifier === '[]') return { from: target.model, to: model, kind: '1:n', backField: name, optional: false };
  return { from: model, to: target.model, kind: '1:n', field: name, optional: target.modifier === '?' };
}

const opArgs = (a: ArgValues) => ({ from: String(a.from), to: String(a.to), kind: '1:n' as const, field: a.field as string | undefined, backField: a.backField as string | undefined, optional: a.optional === true });

/**
 * What typing a field on a node means: a scalar, enum or composite type adds a field; a model type
 * adds the relation as the drag does — `author User` (or `User?`) on Post makes Post hold the foreign
 * key; `posts Post[]` on User names the back-relation of a 1:n from Post. With `relation: false` the
 * type is written as typed ("Just the field"). A whole line may be typed as the name, with the
 * type empty: `createdAt DateTime @default(now()) @map("created_at")`.
 */
export function addFieldArgs(schema: ParsedSchema, model: string, name: string, type: string, options: { relation?: boolean } = {}): InlineCall {
  // A whole line typed into the name input (`email String @unique`) reads as the text would.
  const line = !type.trim() ? /^(\S+)\s+(\S.*)$/.exec(name.trim()) : null;
  const n = line ? line[1] : name.trim();
  const t = line ? line[2].trim() : type.trim();
  if (!n) return { ok: false, reason: 'Type a field name' };
  if (!t) return { ok: false, reason: 'Type a field type' };
  // Attributes may follow the type, as in the text: `DateTime @default(now()) @map("created_at")`.
  const at = /\s@/.exec(t);
  const typeText = at ? t.slice(0, at.index) : t;
  const attributes = at ? t.slice(at.index).trim() : '';
  const target = options.relation === false ? null : modelType(schema, typeText);
  if (!target) return { ok: true, command: 'add-field', args: attributes ? { model, name: n, type: typeText, attributes } : { model, name: n, type: t } };
  if (attributes) return { ok: false, reason: 'A relation field takes no attributes here: add the relation first, then its attributes' };
  return { ok: true, command: 'add-relation', args: relationArgs(model, n, target) };
}

/** Changing a field's type in place: to a model type it becomes that relation (unless `relation: false`). */
export function retypeArgs(schema: ParsedSchema, model: string, field: string, type: string, options: { relation?: boolean } = {}): InlineCall {
  const t = type.trim();
  if (!t) return { ok: false, reason: 'Type a field type' };
  const target = options.relation === false ? null : modelType(schema, t);
  const current = schema.model.models.find((m) => m.name === model)?.fields.find((f) => f.name === field);
  if (!target || current?.kind === 'object') return { ok: true, command: 'change-field-type', args: { model, field, type: t } };
  return { ok: true, command: 'retype-as-relation', args: { model, field, ...relationArgs(model, field, target) } };
}

/** The relation a field becomes: the field is replaced by the relation's field of the same name. */
export function retypeAsRelation(schema: ParsedSchema, args: ArgValues): OpResult {
  return composeOps(schema, [(s) => deleteField(s, { model: String(args.model), field: String(args.field) }), (s) => addRelation(s, opArgs(args))]);
}

/**
 * The offer shown while a model is typed as a field's type, e.g. "Create relation to Team (adds
 * teamId + back-relation)", worked out by a dry run of the edit; null when the type is no model or
 * the relation cannot be added (committing then says why).
 */
export function relationOffer(schema: ParsedSchema, call: InlineCall): string | null {
  if (!call.ok || (call.command !== 'add-relation' && call.command !== 'retype-as-relation')) return null;
  const a = call.args;
  const result = call.command === 'add-relation' ? addRelation(schema, opArgs(a)) : retypeAsRelation(schema, a);
  if (!result.ok) return null;
  const added = result.edits.map((e) => e.text).join('\n');
  const keys = /fields: \[([^\]]*)\]/.exec(added)?.[1];
  const relation = /relation (\w+)\.(\w+) → /.exec(result.message ?? '');
  if (a.backField && relation) return `Create relation to ${a.from} (adds ${relation[1]}.${relation[2]}${keys ? ` + ${keys}` : ''})`;
  return `Create relation to ${a.to} (adds ${keys ? `${keys} + ` : ''}back-relation)`;
}

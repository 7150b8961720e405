import type { ParsedSchema } from '../../schema/document';
import type { ArgValues } from '../types';

/**
 * What typing a field on a node means: a scalar, enum or composite type adds a field; a model type
 * adds the relation as the drag does — `author User` (or `User?`) on Post makes Post hold the foreign
 * key; `posts Post[]` on User names the back-relation of a 1:n from Post.
 */
export function addFieldArgs(schema: ParsedSchema, model: string, name: string, type: string): { ok: true; command: 'add-field' | 'add-relation'; args: ArgValues } | { ok: false; reason: string } {
  const n = name.trim();
  const t = type.trim();
  if (!n) return { ok: false, reason: 'Type a field name' };
  if (!t) return { ok: false, reason: 'Type a field type' };
  const m = /^([A-Za-z_][\w]*)(\?|\[\])?$/.exec(t);
  const base = m?.[1];
  const target = base ? schema.model.models.find((x) => x.name === base) : undefined;
  if (!target) return { ok: true, command: 'add-field', args: { model, name: n, type: t } };
  if (m?.[2] === '[]') return { ok: true, command: 'add-relation', args: { from: target.name, to: model, kind: '1:n', backField: n, optional: false } };
  return { ok: true, command: 'add-relation', args: { from: model, to: target.name, kind: '1:n', field: n, optional: m?.[2] === '?' } };
}

import { composeOps } from '../../../ops/compose';
import { defaultFits } from '../../../ops/field-guards';
import { retypeField } from '../../../ops/columns';
import { setNativeType } from '../../../ops/set-native-type';
import { locateField, refuse, type OpResult } from '../../../ops/shared';
import type { ParsedSchema } from '../../../schema/document';
import { normalizeNativeType } from '../../context';
import { linkedFields, type FieldRef } from '../../key-links';

/**
 * Changes an `Int` key field to `BigInt`, dropping its `@db.*` type (it belongs to Int). This is
 * `changeFieldType` without its guard against key fields: that guard exists because retyping one
 * side of a foreign key alone breaks the relation, and callers of this step retype every linked
 * field (`linkedFields`) in the same composed edit.
 */
export function retypeKeyToBigInt(schema: ParsedSchema, ref: FieldRef): OpResult {
  const located = locateField(schema, ref.model, ref.field);
  if ('reason' in located) return refuse(located.reason);
  const { loc, field } = located;
  if (field.type !== 'Int' || field.kind !== 'scalar') return refuse(`\`${ref.model}.${ref.field}\` is ${field.type}, not Int`);
  const dropped = field.node.attributes.filter(
    (a) => a.name.includes('.') || (a.name === 'default' && field.default !== null && !defaultFits(field.default, 'BigInt', field.list, null)),
  );
  const newType = `BigInt${field.list ? '[]' : field.optional ? '?' : ''}`;
  return {
    ok: true,
    edits: retypeField(loc.file.path, loc.file.text, loc.block, field.node, newType, dropped),
    message: `Changed ${ref.model}.${ref.field} to ${newType}`,
  };
}

/**
 * Gives a field and every field linked to it by foreign keys the same `@db.*` type (empty: the
 * default type), so a key and its foreign keys keep one column type. Fields already of that type
 * are left alone.
 */
export function setLinkedNativeType(schema: ParsedSchema, ref: FieldRef, nativeType: string): OpResult {
  const want = nativeType ? normalizeNativeType(nativeType) : null;
  const fields = linkedFields(schema.model, ref).filter((r) => {
    const located = locateField(schema, r.model, r.field);
    const has = 'reason' in located ? null : located.field.nativeType;
    return (has === null ? null : normalizeNativeType(has)) !== want;
  });
  return composeOps(
    schema,
    fields.map((r) => (s) => setNativeType(s, { model: r.model, field: r.field, nativeType })),
  );
}

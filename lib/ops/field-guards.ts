import type { ParsedSchema } from '../schema/document';
import type { FieldInfo } from '../schema/model';
import { fieldReferences } from './references';
import { blockAttributeFieldList, type ModelLocation } from './shared';

/** Why a field's shape (type, optionality, list) cannot change in place, or null when it can. */
export function relationRole(schema: ParsedSchema, loc: ModelLocation, field: FieldInfo): string | null {
  if (field.kind === 'object') return `\`${field.name}\` is a relation field`;
  const refs = fieldReferences(schema, loc.info.name, field.name);
  const fk = refs.find((r) => r.kind === 'relationFields');
  if (fk) return `\`${field.name}\` is the foreign key of the relation \`${fk.relationField!.name}\``;
  const referenced = refs.find((r) => r.kind === 'relationReferences');
  if (referenced) return `\`${field.name}\` is referenced by the relation \`${referenced.model}.${referenced.relationField!.name}\``;
  return null;
}

/** True when `@@id([...])` of the model lists the field. */
export function inCompoundId(loc: ModelLocation, field: string): boolean {
  return loc.block.members.some(
    (m) => m.kind === 'blockAttribute' && m.attribute.name === 'id' && (loc.info.primaryKey ?? []).includes(field),
  );
}

/** Whether a `@default(...)` argument still fits a field of the given type. */
export function defaultFits(raw: string, type: string, list: boolean, enumValues: readonly string[] | null): boolean {
  const v = raw.trim();
  if (/^dbgenerated\s*\(/.test(v)) return true;
  if (list) return v.startsWith('[');
  if (v.startsWith('[')) return false;
  if (enumValues) return enumValues.includes(v);
  switch (type) {
    case 'String':
      return /^"/.test(v) || /^(uuid|cuid|nanoid|ulid)\s*\(/.test(v);
    case 'Int':
    case 'BigInt':
      return /^-?\d+$/.test(v) || /^(autoincrement|sequence)\s*\(/.test(v);
    case 'Float':
    case 'Decimal':
      return /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(v);
    case 'Boolean':
      return v === 'true' || v === 'false';
    case 'DateTime':
      return /^now\s*\(/.test(v) || /^"/.test(v);
    case 'Json':
      return /^"/.test(v);
    case 'Bytes':
      return /^"/.test(v);
    default:
      return false;
  }
}

/**
 * Why a field's type cannot change while an index depends on it, or null. Index options such as
 * `type: Gin`, `ops:` and `length:` are only valid for particular types.
 */
export function indexOptionsOn(loc: ModelLocation, field: FieldInfo): string | null {
  const own = field.node.attributes.find((a) => (a.name === 'unique' || a.name === 'id') && (a.args ?? []).some((x) => x.name === 'length'));
  if (own) return `\`${field.name}\` has @${own.name}(length: …), which only String and Bytes allow`;
  for (const m of loc.block.members) {
    if (m.kind !== 'blockAttribute') continue;
    const a = m.attribute;
    if (a.name !== 'index' && a.name !== 'unique' && a.name !== 'id') continue;
    const list = blockAttributeFieldList(a);
    const item = list?.items.find((i) => i.kind === 'call' && (i.name === field.name || i.name.startsWith(`${field.name}.`)));
    if (!item || item.kind !== 'call') continue;
    if (item.name !== field.name) return `\`${field.name}\` is indexed by its inner field \`${item.name}\`; edit that index first`;
    const typeArg = (a.args ?? []).find((x) => x.name === 'type');
    const indexType = typeArg?.value.kind === 'call' ? typeArg.value.name : null;
    if (indexType && indexType !== 'BTree') return `\`${field.name}\` is used by a ${indexType} index; edit that index first`;
    if ((item.args ?? []).some((x) => x.name === 'ops' || x.name === 'length')) return `\`${field.name}\` has index options (ops/length) that depend on its type; edit the index first`;
  }
  return null;
}

import type { ParsedSchema } from '../schema/document';
import { isScalarType } from '../schema/model';

/** A type as a user writes it in a form: `String`, `Int?`, `Role[]`, `Unsupported("circle")`. */
export interface TypeExpression {
  name: string;
  optional: boolean;
  list: boolean;
  unsupported: string | null;
  /** Normalised text to write into the schema. */
  text: string;
}

export function parseTypeExpression(input: string): TypeExpression | null {
  const m = /^\s*(?:Unsupported\(\s*("(?:[^"\\]|\\.)*")\s*\)|([A-Za-z][A-Za-z0-9_]*))\s*(\[\s*\])?\s*(\?)?\s*$/.exec(input);
  if (!m) return null;
  const unsupported = m[1] ? (JSON.parse(m[1]) as string) : null;
  const name = unsupported !== null ? 'Unsupported' : m[2];
  const list = !!m[3];
  const optional = !!m[4];
  if (list && optional) return null;
  const base = unsupported !== null ? `Unsupported(${JSON.stringify(unsupported)})` : name;
  return { name, optional, list, unsupported, text: typeText(base, list, optional) };
}

export function typeText(base: string, list: boolean, optional: boolean): string {
  return base + (list ? '[]' : '') + (optional ? '?' : '');
}

/**
 * Null when a field of `model` may have this type through a plain field edit. Relations are not
 * plain fields: they need both sides and a foreign key, which the relation commands write.
 */
export function checkFieldType(schema: ParsedSchema, type: TypeExpression, modelKind: 'model' | 'view' | 'type'): string | null {
  if (isScalarType(type.name) || type.name === 'Unsupported') return null;
  const m = schema.model;
  if (m.enums.some((e) => e.name === type.name)) return null;
  if (m.composites.some((c) => c.name === type.name)) return null;
  if (m.models.some((x) => x.name === type.name) || m.views.some((x) => x.name === type.name)) {
    return modelKind === 'type'
      ? 'Composite types cannot refer to models'
      : `\`${type.name}\` is a model: connect models with a relation instead of a plain field`;
  }
  return `Unknown type \`${type.name}\`: use a scalar (String, Int, BigInt, Float, Decimal, Boolean, DateTime, Json, Bytes), an enum or a composite type`;
}

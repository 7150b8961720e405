import { composeOps } from '../../../ops/compose';
import { setNativeType } from '../../../ops/set-native-type';
import { locateField, refuse } from '../../../ops/shared';
import type { FieldInfo } from '../../../schema/model';
import type { Rule } from '../../types';
import { linkedFields } from '../../key-links';

/** `Timestamp`, `Timestamp(6)`, `Timestamp( 3 )`: the precision argument, or '' without one. */
const TIMESTAMP = /^Timestamp\s*(?:\(\s*(\d+)\s*\))?$/;

/**
 * The timestamptz type that replaces a field's type: Prisma's default is timestamp(3), so a field
 * without `@db.*` gets Timestamptz(3); an explicit Timestamp keeps its precision (none means 6).
 */
export function timestamptzFor(field: FieldInfo): string | null {
  if (field.kind !== 'scalar' || field.type !== 'DateTime') return null;
  if (field.nativeType === null) return 'Timestamptz(3)';
  const m = TIMESTAMP.exec(field.nativeType.trim());
  if (!m) return null; // Timestamptz, Date, Time, Timetz: has a zone or is no point in time
  return m[1] === undefined ? 'Timestamptz' : `Timestamptz(${m[1]})`;
}

export const typesDatetimeWithoutTz: Rule = {
  id: 'types-datetime-without-tz',
  category: 'types',
  severity: 'warning',
  title: 'Timestamp without time zone',
  why: "Prisma's PostgreSQL default for DateTime is timestamp(3) without time zone, which drops the offset of every value written.",
  postgresOnly: true,
  profile: 'strict',
  check(ctx) {
    return ctx.models.flatMap((model) =>
      model.fields.flatMap((field) => {
        const type = timestamptzFor(field);
        if (!type) return [];
        return [
          {
            message: `${model.name}.${field.name}: stored as ${ctx.dbType(field)} without time zone, so the offset of every value written is lost.`,
            span: ctx.fieldSpan(model, field),
            target: { kind: 'field' as const, model: model.name, field: field.name },
            fixLabel: `${field.nativeType ? 'Use' : 'Add'} @db.${type}`,
          },
        ];
      }),
    );
  },
  fix(schema, advisory) {
    if (advisory.target.kind !== 'field') return refuse('Not a field advisory');
    const located = locateField(schema, advisory.target.model, advisory.target.field);
    if ('reason' in located) return refuse(located.reason);
    const type = timestamptzFor(located.field);
    if (!type) return refuse(`${advisory.target.model}.${advisory.target.field} is no longer a timestamp without time zone`);
    // A DateTime foreign key (rare) changes with the key it references, so both keep one type.
    const steps = linkedFields(schema.model, { model: advisory.target.model, field: advisory.target.field }).map((ref) => (s: typeof schema) => {
      const at = locateField(s, ref.model, ref.field);
      const to = 'reason' in at ? null : timestamptzFor(at.field);
      return to ? setNativeType(s, { ...ref, nativeType: to }) : { ok: true as const, edits: [] };
    });
    return composeOps(schema, steps);
  },
};

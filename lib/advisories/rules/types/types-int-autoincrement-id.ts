import { composeOps } from '../../../ops/compose';
import { refuse } from '../../../ops/shared';
import type { FieldInfo, SchemaModel } from '../../../schema/model';
import type { AdvisoryDraft, Rule } from '../../types';
import { linkedFields, type FieldRef } from '../../key-links';
import { retypeKeyToBigInt } from './linked-fields';

/** `Int @id @default(autoincrement())`: a SERIAL primary key. */
function isSerialId(field: FieldInfo | undefined): boolean {
  return !!field && field.kind === 'scalar' && field.type === 'Int' && !field.list && field.isId && /^autoincrement\s*\(\s*\)$/.test(field.default ?? '');
}

function fieldOf(model: SchemaModel, ref: FieldRef): FieldInfo | undefined {
  return model.models.find((m) => m.name === ref.model)?.fields.find((f) => f.name === ref.field);
}

/** The foreign keys that must change with the id: every linked field except the id itself. */
function keysOf(model: SchemaModel, id: FieldRef): FieldRef[] {
  return linkedFields(model, id).slice(1);
}

function label(keys: number): string {
  return keys ? `Change to BigInt with ${keys} foreign key${keys > 1 ? 's' : ''}` : 'Change to BigInt';
}

export const typesIntAutoincrementId: Rule = {
  id: 'types-int-autoincrement-id',
  category: 'types',
  severity: 'info',
  title: 'Int autoincrement id',
  why: 'An Int id stops at 2³¹−1 and moving to BigInt later rewrites the table and every foreign key; Prisma emits SERIAL, not IDENTITY.',
  postgresOnly: true,
  profile: 'strict',
  check(ctx) {
    const out: AdvisoryDraft[] = [];
    const reported = new Set<string>();
    for (const model of ctx.models) {
      const id = model.fields.find(isSerialId);
      if (!id) continue;
      const keys = keysOf(ctx.model, { model: model.name, field: id.name });
      const data = { id: { model: model.name, field: id.name } };
      out.push({
        message: `${model.name}.${id.name}: an Int autoincrement id (SERIAL) runs out at 2,147,483,647${keys.length ? `, and ${keys.length} foreign key${keys.length > 1 ? 's' : ''} would have to change with it` : ''}.`,
        span: ctx.fieldSpan(model, id),
        target: { kind: 'field', model: model.name, field: id.name },
        fixLabel: label(keys.length),
        data,
      });
      reported.add(`${model.name}.${id.name}`);
      // The foreign keys share the ceiling: each is flagged where it is declared, with the same fix.
      for (const k of keys) {
        const holder = ctx.modelNamed(k.model);
        const field = ctx.field(k.model, k.field);
        if (!holder || holder.ignored || !field || reported.has(`${k.model}.${k.field}`) || isSerialId(field)) continue;
        reported.add(`${k.model}.${k.field}`);
        out.push({
          message: `${k.model}.${k.field}: an Int foreign key to ${model.name}.${id.name}, an Int autoincrement id that runs out at 2,147,483,647.`,
          span: ctx.fieldSpan(holder, field),
          target: { kind: 'field', model: k.model, field: k.field },
          fixLabel: label(keys.length),
          data,
        });
      }
    }
    return out;
  },
  fix(schema, advisory) {
    if (advisory.target.kind !== 'field') return refuse('Not a field advisory');
    const target = advisory.target;
    const id = advisory.data?.id as FieldRef | undefined;
    if (!id || !isSerialId(fieldOf(schema.model, id))) return refuse('The id is no longer an Int autoincrement id');
    const fields = linkedFields(schema.model, id);
    if (!fields.some((f) => f.model === target.model && f.field === target.field)) {
      return refuse(`${target.model}.${target.field} no longer references ${id.model}.${id.field}`);
    }
    return composeOps(
      schema,
      fields.map((f) => (s) => retypeKeyToBigInt(s, f)),
    );
  },
};

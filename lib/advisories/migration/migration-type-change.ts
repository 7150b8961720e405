import type { FieldInfo } from '../../schema/model';
import type { AdvisoryDraft } from '../types';
import { fieldLabel, sqlIdent, sqlTable } from './context';
import type { MigrationPlan, OpCall } from './plans';
import type { MigrationRule } from './types';

/**
 * migration-type-change (M6): the column type of an existing field changes (type, native type, or
 * list-ness). Narrowing or lossy: error; a table rewrite: warning; metadata only (varchar(n) → larger
 * or text, more timestamp precision): nothing. The classification is in column-types.ts.
 */

interface TypeChangeData {
  model: string;
  field: string;
  column: string;
  table: { schema: string; name: string };
  from: string;
  to: string;
  /** Step 1 of expand/contract as op calls: the old type back, the new type in a new column. */
  expand: OpCall[] | null;
  newField: string;
  newColumn: string;
}

export const migrationTypeChange: MigrationRule = {
  id: 'migration-type-change',
  category: 'migration-safety',
  severity: 'warning',
  title: 'Column type changed on an existing table',
  why: 'Changing a column type rewrites the table and its indexes under an exclusive lock; a narrowing change fails or loses data, and without a cast Prisma drops and recreates the column.',
  postgresOnly: true,
  check(ctx) {
    const out: AdvisoryDraft[] = [];
    const ds = ctx.current.model.datasource?.name ?? 'db';
    for (const m of ctx.diff.models) {
      for (const f of m.fields) {
        const change = f.typeChange;
        if (change.kind === 'same' || change.kind === 'metadata') continue;
        const from = f.typeBefore.label;
        const to = f.typeAfter.label;
        const newField = freeName(`${f.after.name}New`, m.after.fields.map((x) => x.name));
        const newColumn = `${f.columnAfter}_new`;
        const expand = expandCalls(m.after.name, f.before, f.after, newField, newColumn, ds, (name) => ctx.diff.enums.find((e) => e.before.name === name)?.after.name ?? null);
        const data: TypeChangeData = { model: m.after.name, field: f.after.name, column: f.columnAfter, table: m.tableAfter, from, to, expand, newField, newColumn };
        out.push({
          message: `${fieldLabel(m.after, f.after)} changes from ${from} to ${to}: ${change.reason}.`,
          severity: change.kind === 'narrowing' ? 'error' : 'warning',
          span: ctx.fieldSpan(m.after, f.after),
          target: ctx.fieldTarget(m.after.name, f.after.name),
          data: data as unknown as Record<string, unknown>,
        });
      }
    }
    return out;
  },
  plans(advisory) {
    const data = advisory.data as unknown as TypeChangeData | undefined;
    if (!data) return [];
    const table = sqlTable(data.table);
    const plan: MigrationPlan = {
      title: 'Expand and contract',
      when: 'The table has rows that must survive, or cannot be locked for a rewrite.',
      steps: [
        {
          title: `Add a ${data.to} column next to "${data.column}"`,
          detail: `Keep ${data.model}.${data.field} as ${data.from} and add ${data.newField} (column "${data.newColumn}") as ${data.to}, optional. Deploy the app writing both.`,
          ...(data.expand ? { schema: data.expand } : {}),
        },
        {
          title: 'Backfill the new column',
          detail: 'Copy every value over, converting it the way you want (in batches on a big table); fix or report the values that do not convert.',
          sql: [`UPDATE ${table} SET ${sqlIdent(data.newColumn)} = ${sqlIdent(data.column)}::<new type> WHERE ${sqlIdent(data.newColumn)} IS NULL;`],
        },
        {
          title: 'Switch over',
          detail: `Point ${data.model}.${data.field} at the new column with @map("${data.newColumn}") and stop writing the old one; make it required if it was.`,
        },
        { title: 'Drop the old column', detail: `Once no instance uses "${data.column}", remove it (see migration-drop-column).` },
      ],
    };
    return [plan];
  },
};

/**
 * Step 1 of expand/contract as op calls on the current schema: the field gets its baseline type back
 * and the new type goes into a new optional column. Null for lists and Unsupported types.
 */
function expandCalls(model: string, before: FieldInfo, after: FieldInfo, newField: string, newColumn: string, ds: string, enumAfter: (name: string) => string | null): OpCall[] | null {
  if (before.list || after.list || before.kind === 'unsupported' || after.kind === 'unsupported') return null;
  const oldBase = before.kind === 'enum' ? enumAfter(before.type) : before.type;
  if (!oldBase) return null;
  const calls: OpCall[] = [];
  // changeFieldType drops the native type (it belongs to one scalar), so it is set again after.
  if (oldBase !== after.type) calls.push({ op: 'changeFieldType', args: { model, field: after.name, type: oldBase } });
  const nativeNow = oldBase !== after.type ? null : after.nativeType;
  if (before.nativeType !== nativeNow) calls.push({ op: 'setNativeType', args: { model, field: after.name, nativeType: before.nativeType ?? '' } });
  const attributes = [`@map(${JSON.stringify(newColumn)})`, ...(after.nativeType ? [`@${ds}.${after.nativeType}`] : [])];
  calls.push({ op: 'addField', args: { model, name: newField, type: `${after.type}?`, attributes: attributes.join(' ') } });
  return calls;
}

function freeName(base: string, taken: readonly string[]): string {
  let name = base;
  for (let i = 2; taken.includes(name); i++) name = `${base}${i}`;
  return name;
}

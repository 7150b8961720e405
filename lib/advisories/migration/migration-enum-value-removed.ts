import type { AdvisoryDraft } from '../types';
import { sqlIdent, sqlTable, type MigrationContext } from './context';
import type { DbName, EnumMatch } from './diff';
import type { MigrationPlan, OpCall } from './plans';
import type { MigrationRule } from './types';

/**
 * migration-enum-value-removed (M10): a value leaves an enum that a column of an existing table uses
 * (removed, or renamed without `@map`, which changes the value stored in the database). Prisma
 * recreates the type and casts every column to it: the migration fails if any row still holds the
 * value (Prisma's EnumValueRemoval warning). A value renamed with `@map("<old>")` keeps its database
 * value and is not reported; neither is an enum that no column of an existing table uses.
 */

interface EnumValueData {
  enum: string;
  /** Database values that go. */
  values: string[];
  added: string[];
  /** The op calls that put the removed values back (step 1 when values were renamed). */
  restore: OpCall[];
  columns: Array<{ table: DbName; column: string; label: string }>;
}

function usedBy(ctx: MigrationContext, e: EnumMatch): EnumValueData['columns'] {
  const out: EnumValueData['columns'] = [];
  for (const m of ctx.diff.models) {
    for (const f of m.fields) {
      if (f.before.kind !== 'enum' || f.before.type !== e.before.name || f.after.kind !== 'enum' || f.after.type !== e.after.name) continue;
      out.push({ table: m.tableAfter, column: f.columnAfter, label: `${m.after.name}.${f.after.name}` });
    }
  }
  return out;
}

function quoted(values: readonly string[]): string {
  return values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ');
}

export const migrationEnumValueRemoved: MigrationRule = {
  id: 'migration-enum-value-removed',
  category: 'migration-safety',
  severity: 'warning',
  title: 'Enum value removed or renamed',
  why: 'The migration fails if any row still holds a value the enum no longer has.',
  postgresOnly: false,
  check(ctx) {
    const out: AdvisoryDraft[] = [];
    for (const e of ctx.diff.enums) {
      if (!e.removedValues.length) continue;
      const columns = usedBy(ctx, e);
      if (!columns.length) continue;
      const values = e.removedValues.map((v) => v.dbName ?? v.name);
      const added = e.addedValues.map((v) => v.dbName ?? v.name);
      const one = values.length === 1;
      const renamed = added.length ? ` (renamed to ${added.join(', ')}? A renamed value changes what is stored unless it keeps @map("${values[0]}"))` : '';
      const labels = columns.map((c) => c.label).join(', ');
      // The old database value back, under its old name, or a free one when that name now maps elsewhere.
      const taken = new Set(e.after.values.map((v) => v.name));
      const restore: OpCall[] = e.removedValues.map((v) => {
        let name = v.name;
        for (let i = 1; taken.has(name); i++) name = `${v.name}_old${i > 1 ? i : ''}`;
        taken.add(name);
        const db = v.dbName ?? v.name;
        return { op: 'addEnumValue', args: { enum: e.after.name, value: name, ...(db !== name ? { map: db } : {}) } };
      });
      const data: EnumValueData = { enum: e.after.name, values, added, columns, restore };
      out.push({
        message: `${e.after.name}: ${one ? 'the value' : 'the values'} ${values.join(', ')} ${one ? 'is' : 'are'} removed${renamed}. If any row of ${labels} still holds ${one ? 'it' : 'one of them'}, the migration fails (Prisma: "The values […] on the enum … will be removed").`,
        span: ctx.enumSpan(e.after),
        target: ctx.modelTarget(e.after.name),
        data: data as unknown as Record<string, unknown>,
      });
    }
    return out;
  },
  plans(advisory) {
    const data = advisory.data as unknown as EnumValueData | undefined;
    if (!data) return [];
    const replacement = data.added.length === 1 ? `'${data.added[0]}'` : `'<new value>'`;
    const plan: MigrationPlan = {
      title: 'Move the rows off the value first',
      steps: [
        ...(data.added.length
          ? [
              {
                title: 'Add the new value first',
                detail: `Deploy the enum with both the old and the new value${data.added.length > 1 ? 's' : ''}, and the app writing only the new one.`,
                schema: data.restore,
              },
            ]
          : []),
        {
          title: 'Update the rows',
          detail: 'Run this before the migration that removes the value (or put it at the top of that migration).',
          sql: data.columns.map((c) => `UPDATE ${sqlTable(c.table)} SET ${sqlIdent(c.column)} = ${replacement} WHERE ${sqlIdent(c.column)} IN (${quoted(data.values)});`),
        },
        { title: 'Remove the value', detail: 'Deploy the current schema.', schema: [] },
      ],
    };
    return [plan];
  },
};

import { refuse } from '../../ops/shared';
import type { AdvisoryDraft } from '../types';
import { MigrationContext, sqlIdent, sqlTable, tableLabel } from './context';
import { applyOpCalls, type MigrationPlan, type OpCall } from './plans';
import { enumNameAfter, keyColumns, restoreFieldCall } from './shared';
import type { MigrationRule } from './types';

/**
 * migration-drop-column (M2): a column of an existing table is gone and it is not a rename. Error,
 * or a warning when the baseline had already `@ignore`d it (step 1 of expand/contract was done).
 */

interface DropColumnData {
  model: string;
  field: string;
  column: string;
  table: { schema: string; name: string };
  key: string[] | null;
  restore: OpCall | null;
}

function restoreCall(ctx: MigrationContext, model: string, field: string): OpCall | null | string {
  const m = ctx.diff.modelMatchAfter(model);
  const f = m?.removedFields.find((x) => x.name === field);
  if (!m || !f) return `\`${model}.${field}\` is no longer dropped`;
  return restoreFieldCall(ctx.current, f, m.after, enumNameAfter(ctx.diff));
}

export const migrationDropColumn: MigrationRule = {
  id: 'migration-drop-column',
  category: 'migration-safety',
  severity: 'error',
  title: 'Column dropped from an existing table',
  why: 'Dropping a column loses its data, and app instances still running the previous Prisma Client fail when they read or write it.',
  postgresOnly: false,
  check(ctx) {
    const out: AdvisoryDraft[] = [];
    for (const m of ctx.diff.models) {
      for (const f of m.removedFields) {
        const ignored = f.ignored || m.before.ignored;
        const column = f.dbName ?? f.name;
        const restore = ignored ? null : restoreCall(ctx, m.after.name, f.name);
        const data: DropColumnData = {
          model: m.after.name,
          field: f.name,
          column,
          table: m.tableAfter,
          key: keyColumns(m.after),
          restore: typeof restore === 'string' ? null : restore,
        };
        const message = ignored
          ? `${m.before.name}.${f.name} (column "${column}") was removed. It was already @ignore in the baseline, so no client uses it, but Prisma Migrate drops the column: if ${tableLabel(m.tableAfter)} has rows, every value in it is lost.`
          : `${m.before.name}.${f.name} (column "${column}") was removed: Prisma Migrate drops the column, so if ${tableLabel(m.tableAfter)} has rows every value in it is lost, and app instances still running the previous Prisma Client fail when they read or write it.`;
        out.push({
          message,
          severity: ignored ? 'warning' : 'error',
          span: ctx.modelSpan(m.after),
          // The field is gone from the diagram: its model's badge counts it, under the field's old name.
          target: ctx.fieldTarget(m.after.name, f.name),
          ...(data.restore ? { fixLabel: `Keep the column for now: restore ${f.name} as @ignore` } : {}),
          data: data as unknown as Record<string, unknown>,
        });
      }
    }
    return out;
  },
  fix(current, advisory, baseline) {
    const data = advisory.data as unknown as DropColumnData | undefined;
    if (!data) return refuse('The advisory has no data to fix it with');
    const call = restoreCall(new MigrationContext(baseline, current), data.model, data.field);
    if (typeof call === 'string') return refuse(call);
    if (!call) return refuse(`\`${data.field}\` cannot be written back into \`${data.model}\` (its name or its enum is taken or gone)`);
    return applyOpCalls(current, [call]);
  },
  plans(advisory) {
    const data = advisory.data as unknown as DropColumnData | undefined;
    if (!data) return [];
    const table = sqlTable(data.table);
    const backup = data.key
      ? [`CREATE TABLE ${sqlIdent(`${data.table.name}_${data.column}_backup`)} AS SELECT ${[...data.key, data.column].map(sqlIdent).join(', ')} FROM ${table};`]
      : [`CREATE TABLE ${sqlIdent(`${data.table.name}_backup`)} AS TABLE ${table};`];
    const plan: MigrationPlan = {
      title: 'Expand and contract',
      when: 'The column is no longer needed, but running app instances or its data still are.',
      steps: [
        {
          title: `Stop using ${data.model}.${data.field}`,
          detail: 'Keep the column, optional and @ignore: the new Prisma Client no longer reads or writes it and inserts keep working. Deploy this with the app change.',
          ...(data.restore ? { schema: [data.restore] } : {}),
        },
        {
          title: 'Back the data up',
          detail: 'Once no instance runs the previous Prisma Client, copy what you may still need.',
          sql: backup,
        },
        { title: 'Drop the column', detail: 'Deploy the current schema: the migration drops the column.', schema: [] },
      ],
    };
    return [plan];
  },
};

import type { AdvisoryDraft } from '../types';
import { fieldLabel, sqlIdent, sqlTable, tableLabel } from './context';
import { handEditStep, type MigrationPlan } from './plans';
import type { MigrationRule } from './types';

/**
 * migration-make-required (M5): an existing column goes from optional to required. SET NOT NULL fails
 * while any row holds NULL (Prisma: "Made the column … required, but there are N existing NULL values")
 * and scans the table under ACCESS EXCLUSIVE. No automatic fix: the data must be backfilled first.
 */

interface MakeRequiredData {
  model: string;
  field: string;
  column: string;
  table: { schema: string; name: string };
  hasDefault: boolean;
}

export const migrationMakeRequired: MigrationRule = {
  id: 'migration-make-required',
  category: 'migration-safety',
  severity: 'warning',
  title: 'Existing column made required',
  why: 'SET NOT NULL fails while any row holds NULL, and it scans the whole table under an ACCESS EXCLUSIVE lock.',
  postgresOnly: false,
  check(ctx) {
    const out: AdvisoryDraft[] = [];
    for (const m of ctx.diff.models) {
      for (const f of m.fields) {
        if (!f.madeRequired) continue;
        const column = f.columnAfter;
        const data: MakeRequiredData = { model: m.after.name, field: f.after.name, column, table: m.tableAfter, hasDefault: f.after.default !== null };
        const note = f.after.default !== null ? ` Its @default(${f.after.default}) only applies to new rows; it does not fill the NULLs already there.` : '';
        out.push({
          message:
            `${fieldLabel(m.after, f.after)} becomes required: if any row of ${tableLabel(m.tableAfter)} has NULL in "${column}", the migration fails ` +
            `(Prisma: "Made the column … required"), and SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock.${note}`,
          span: ctx.fieldSpan(m.after, f.after),
          target: ctx.fieldTarget(m.after.name, f.after.name),
          data: data as unknown as Record<string, unknown>,
        });
      }
    }
    return out;
  },
  plans(advisory) {
    const data = advisory.data as unknown as MakeRequiredData | undefined;
    if (!data) return [];
    const table = sqlTable(data.table);
    const column = sqlIdent(data.column);
    const check = sqlIdent(`${data.table.name}_${data.column}_not_null`);
    const backfill = {
      title: 'Backfill the NULLs',
      detail: 'Give every row without a value one (in batches on a big table), before the migration runs.',
      sql: [`UPDATE ${table} SET ${column} = <value> WHERE ${column} IS NULL;`],
    };
    const plans: MigrationPlan[] = [
      {
        title: 'Backfill, then make it required',
        when: 'The table is small enough to scan under a lock.',
        steps: [backfill, { title: `Make ${data.model}.${data.field} required`, detail: 'Deploy the current schema.', schema: [] }],
      },
      {
        title: 'Backfill, then validate without the long lock',
        when: 'The table is big: PostgreSQL 12+ skips the SET NOT NULL scan when a validated CHECK already proves it.',
        steps: [
          backfill,
          handEditStep('Set NOT NULL through a CHECK constraint', 'Replace the generated SET NOT NULL with these statements: the CHECK is validated under a lock that lets reads and writes go on.', [
            `ALTER TABLE ${table} ADD CONSTRAINT ${check} CHECK (${column} IS NOT NULL) NOT VALID;`,
            `ALTER TABLE ${table} VALIDATE CONSTRAINT ${check};`,
            `ALTER TABLE ${table} ALTER COLUMN ${column} SET NOT NULL;`,
            `ALTER TABLE ${table} DROP CONSTRAINT ${check};`,
          ]),
        ],
      },
    ];
    return plans;
  },
};

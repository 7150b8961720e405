import type { AdvisoryDraft } from '../types';
import { sqlIdent, sqlTable, tableLabel } from './context';
import type { DbName } from './diff';
import { handEditStep, type MigrationPlan } from './plans';
import type { MigrationRule } from './types';

/**
 * migration-add-fk-validation (M9): a new foreign key on an existing table. ADD FOREIGN KEY scans the
 * child and blocks writes on both tables while it validates; it fails on orphan values. Info; a warning
 * when the key columns already existed (an `xId` column turned into a relation: its values may be
 * orphans), and the parent side is either existing or new (then empty: every non-NULL value fails).
 */

interface FkData {
  child: DbName;
  parent: DbName;
  columns: string[];
  references: string[];
  constraint: string;
  onDelete: string;
  onUpdate: string;
}

const SQL_ACTION: Record<string, string> = { Cascade: 'CASCADE', Restrict: 'RESTRICT', NoAction: 'NO ACTION', SetNull: 'SET NULL', SetDefault: 'SET DEFAULT' };

export const migrationAddFkValidation: MigrationRule = {
  id: 'migration-add-fk-validation',
  category: 'migration-safety',
  severity: 'info',
  title: 'Foreign key added to an existing table',
  why: 'ADD FOREIGN KEY scans the child table and blocks writes on both tables, and it fails if any value has no parent row.',
  postgresOnly: true,
  check(ctx) {
    const out: AdvisoryDraft[] = [];
    if (!ctx.foreignKeysIn('current')) return out; // relationMode = "prisma": no constraint is created
    for (const r of ctx.diff.addedForeignKeys) {
      const child = ctx.diff.modelMatchAfter(r.from.model);
      if (!child) continue; // a new table is empty
      const parentMatch = ctx.diff.modelMatchAfter(r.to.model);
      const parent = ctx.after.modelNamed(r.to.model)!;
      const fields = r.from.fields.map((name) => child.after.fields.find((f) => f.name === name)!);
      const existing = r.from.fields.every((name) => !!child.matchOf(name));
      const columns = fields.map((f) => f.dbName ?? f.name);
      const references = r.to.fields.map((name) => {
        const f = parent.fields.find((x) => x.name === name);
        return f?.dbName ?? name;
      });
      const childTable = tableLabel(child.tableAfter);
      const parentTable = parentMatch ? tableLabel(parentMatch.tableAfter) : tableLabel({ schema: parent.schema ?? '', name: parent.dbName ?? parent.name });
      const cols = columns.map((c) => `"${c}"`).join(', ');
      let message = `${r.from.model}.${r.from.field} adds a foreign key to ${r.to.model} on an existing table: ADD FOREIGN KEY scans ${childTable} and blocks writes to ${childTable} and ${parentTable} while it validates.`;
      if (existing && !parentMatch) message += ` ${r.to.model} is a new, empty table, so the migration fails if any row of ${childTable} has a non-NULL ${cols}.`;
      else if (existing) message += ` ${cols} already ${columns.length > 1 ? 'hold' : 'holds'} data: the migration fails if any value has no matching ${r.to.model} row.`;
      const data: FkData = {
        child: child.tableAfter,
        parent: { schema: parent.schema ?? '', name: parent.dbName ?? parent.name },
        columns,
        references,
        constraint: `${child.tableAfter.name}_${columns.join('_')}_fkey`,
        onDelete: String(r.onDelete.action),
        onUpdate: String(r.onUpdate.action),
      };
      out.push({
        message,
        severity: existing ? 'warning' : 'info',
        span: ctx.after.relationSpan(r),
        target: ctx.after.relationTarget(r),
        data: data as unknown as Record<string, unknown>,
      });
    }
    return out;
  },
  plans(advisory) {
    const data = advisory.data as unknown as FkData | undefined;
    if (!data) return [];
    const child = sqlTable(data.child);
    const parent = sqlTable(data.parent);
    const on = data.columns.map((c, i) => `p.${sqlIdent(data.references[i])} = c.${sqlIdent(c)}`).join(' AND ');
    const plan: MigrationPlan = {
      title: 'Clean up orphans, then validate separately',
      steps: [
        {
          title: 'Find orphan rows',
          detail: 'Delete them, set their key to NULL or create the missing parents before deploying.',
          sql: [
            `SELECT c.* FROM ${child} c LEFT JOIN ${parent} p ON ${on} WHERE ${data.columns.map((c) => `c.${sqlIdent(c)} IS NOT NULL`).join(' AND ')} AND p.${sqlIdent(data.references[0])} IS NULL;`,
          ],
        },
        handEditStep('Add the foreign key NOT VALID', 'For big tables: NOT VALID only checks new writes, so adding it is instant.', [
          `ALTER TABLE ${child} ADD CONSTRAINT ${sqlIdent(data.constraint)} FOREIGN KEY (${data.columns.map(sqlIdent).join(', ')}) REFERENCES ${parent} (${data.references.map(sqlIdent).join(', ')}) ON DELETE ${SQL_ACTION[data.onDelete] ?? data.onDelete} ON UPDATE ${SQL_ACTION[data.onUpdate] ?? data.onUpdate} NOT VALID;`,
        ]),
        {
          title: 'Validate it in the next migration',
          detail: 'VALIDATE CONSTRAINT scans the child under a lock that lets reads and writes go on.',
          sql: [`ALTER TABLE ${child} VALIDATE CONSTRAINT ${sqlIdent(data.constraint)};`],
        },
      ],
    };
    return [plan];
  },
};

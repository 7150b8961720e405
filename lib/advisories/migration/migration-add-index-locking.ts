import type { AdvisoryDraft } from '../types';
import { sqlIdent, sqlTable, tableLabel } from './context';
import type { ModelMatch } from './diff';
import { handEditStep, type MigrationPlan } from './plans';
import type { MigrationRule } from './types';

/**
 * migration-add-index-locking (M8): an `@@index` added to or removed from an existing table. Prisma
 * writes a plain CREATE INDEX (SHARE lock: writes wait for the whole build) and DROP INDEX (ACCESS
 * EXCLUSIVE). Indexes compare by columns (renamed fields follow their column), sort, operator class,
 * type and WHERE; a changed `map:` name alone is a cheap rename and not reported. An index that goes
 * with a dropped column is left to migration-drop-column.
 */

interface IndexLockData {
  model: string;
  table: { schema: string; name: string };
  columns: string[];
  indexName: string;
  added: boolean;
}

function columnsOf(m: ModelMatch, fields: readonly string[], side: 'before' | 'after'): string[] {
  const model = side === 'after' ? m.after : m.before;
  return fields.map((name) => {
    const f = side === 'after' ? model.fields.find((x) => x.name === name) : m.fieldBefore(name);
    return f?.dbName ?? name;
  });
}

export const migrationAddIndexLocking: MigrationRule = {
  id: 'migration-add-index-locking',
  category: 'migration-safety',
  severity: 'info',
  title: 'Index added to or removed from an existing table',
  why: 'Prisma writes a plain CREATE INDEX, which blocks writes for the whole build, and DROP INDEX, which takes an ACCESS EXCLUSIVE lock.',
  postgresOnly: true,
  check(ctx) {
    const out: AdvisoryDraft[] = [];
    for (const m of ctx.diff.models) {
      if (m.sameText) continue; // same block text: same indexes
      const before = new Set(m.indexesBefore.map((i) => i.signature));
      const after = new Set(m.indexesAfter.map((i) => i.signature));
      const table = tableLabel(m.tableAfter);
      for (const i of m.indexesAfter) {
        if (i.index.kind !== 'index' || before.has(i.signature)) continue;
        const columns = columnsOf(m, i.fields!, 'after');
        const data: IndexLockData = { model: m.after.name, table: m.tableAfter, columns, indexName: i.index.map ?? `${m.tableAfter.name}_${columns.join('_')}_idx`, added: true };
        out.push({
          message: `${m.after.name}: the new ${i.index.text} is built with a plain CREATE INDEX, which holds a SHARE lock: writes to ${table} wait until the whole index is built.`,
          span: { ...i.index.range },
          target: ctx.modelTarget(m.after.name),
          data: data as unknown as Record<string, unknown>,
        });
      }
      for (const i of m.indexesBefore) {
        if (i.index.kind !== 'index' || !i.fields || after.has(i.signature)) continue;
        const columns = columnsOf(m, i.fields, 'before');
        const data: IndexLockData = { model: m.after.name, table: m.tableAfter, columns, indexName: i.index.map ?? `${m.tableBefore.name}_${columns.join('_')}_idx`, added: false };
        out.push({
          message: `${m.after.name}: ${i.index.text} was removed. DROP INDEX takes an ACCESS EXCLUSIVE lock on ${table}: quick, but it waits for running queries and blocks every query queued behind it.`,
          span: ctx.modelSpan(m.after),
          target: ctx.modelTarget(m.after.name),
          data: data as unknown as Record<string, unknown>,
        });
      }
    }
    return out;
  },
  plans(advisory) {
    const data = advisory.data as unknown as IndexLockData | undefined;
    if (!data) return [];
    const table = sqlTable(data.table);
    const index = data.table.schema ? `${sqlIdent(data.table.schema)}.${sqlIdent(data.indexName)}` : sqlIdent(data.indexName);
    const plan: MigrationPlan = {
      title: data.added ? 'Build the index concurrently' : 'Drop the index concurrently',
      when: 'The table is big or busy.',
      steps: [
        handEditStep(
          data.added ? 'CREATE INDEX CONCURRENTLY' : 'DROP INDEX CONCURRENTLY',
          'CONCURRENTLY does not block writes, but it cannot run inside a transaction: give it a migration of its own (check how your Prisma version runs such a migration).',
          [data.added ? `CREATE INDEX CONCURRENTLY ${sqlIdent(data.indexName)} ON ${table} (${data.columns.map(sqlIdent).join(', ')});` : `DROP INDEX CONCURRENTLY ${index};`],
        ),
      ],
    };
    return [plan];
  },
};

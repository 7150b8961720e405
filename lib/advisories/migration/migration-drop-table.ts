import type { ParsedSchema } from '../../schema/document';
import type { ModelInfo } from '../../schema/model';
import { copyModelsText } from '../../ops/paste-models';
import { refuse } from '../../ops/shared';
import type { AdvisoryDraft } from '../types';
import { MigrationContext, sqlIdent, sqlTable, tableLabel } from './context';
import { tableOf } from './diff';
import { applyOpCalls, type MigrationPlan, type OpCall } from './plans';
import type { MigrationRule } from './types';

/**
 * migration-drop-table (M3): a model is gone and it is not a rename; also an implicit many-to-many
 * join table whose relation was removed between two models that stay. Error, or a warning when the
 * baseline had already `@@ignore`d the model. A dropped table is shown on the datasource (see
 * MigrationContext); a dropped join table on the current model of its relation.
 */

interface DropTableData {
  /** The dropped model's name (baseline), or null for a join table. */
  model: string | null;
  table: { schema: string; name: string };
  restore: OpCall[] | null;
}

/** Paste the baseline model (and enums of its that are gone too) back, and @@ignore it. */
function restoreCalls(ctx: MigrationContext, name: string): OpCall[] | string {
  const model = ctx.diff.removedModels.find((m) => m.name === name);
  if (!model) return `\`${name}\` is no longer dropped`;
  const enums = model.fields.filter((f) => f.kind === 'enum' && ctx.diff.removedEnums.some((e) => e.name === f.type)).map((f) => f.type);
  const text = copyModelsText(ctx.baseline, [name, ...new Set(enums)]);
  // Pasting keeps foreign keys to models that stay, not implicit many-to-many relations: add those again.
  const joins: OpCall[] = ctx.diff.removedJoinTables.flatMap(({ relation: r }): OpCall[] => {
    if (r.self || (r.from.model !== name && r.to.model !== name)) return [];
    const mine = r.from.model === name ? r.from : r.to;
    const other = r.from.model === name ? r.to : r.from;
    const stays = ctx.diff.modelMatchBefore(other.model)?.after.name;
    if (!stays || !other.field) return [];
    return [{ op: 'addRelation', args: { from: name, to: stays, kind: 'm:n', field: mine.field ?? undefined, backField: other.field, ...(r.name ? { name: r.name } : {}) } }];
  });
  return [
    { op: 'pasteModels', args: { text, file: ctx.current.files.some((f) => f.path === model.file) ? model.file : undefined } },
    ...joins,
    { op: 'toggleIgnore', args: { model: name } },
  ];
}

function droppedJoinTables(ctx: MigrationContext, model: ModelInfo): string[] {
  return ctx.diff.removedJoinTables.filter((j) => j.relation.from.model === model.name || j.relation.to.model === model.name).map((j) => j.table);
}

export const migrationDropTable: MigrationRule = {
  id: 'migration-drop-table',
  category: 'migration-safety',
  severity: 'error',
  title: 'Table dropped',
  why: 'Dropping a table loses all its rows (and its implicit many-to-many join tables), and app instances still running the previous Prisma Client fail on it.',
  postgresOnly: false,
  check(ctx) {
    const out: AdvisoryDraft[] = [];
    for (const model of ctx.diff.removedModels) {
      const table = tableOf(model);
      const joins = droppedJoinTables(ctx, model);
      const also = joins.length ? ` with its join table${joins.length > 1 ? 's' : ''} ${joins.map((j) => `"${j}"`).join(', ')}` : '';
      // Foreign keys of tables that stay go with it (their columns stay, unchecked).
      const children = ctx.foreignKeysIn('baseline')
        ? [...new Set(ctx.diff.removedForeignKeys.filter((f) => f.relation.to.model === model.name && ctx.diff.modelMatchBefore(f.relation.from.model)).map((f) => ctx.diff.modelMatchBefore(f.relation.from.model)!.after.name))]
        : [];
      const fks = children.length ? ` The foreign keys of ${children.join(', ')} that reference it go too.` : '';
      const restore = model.ignored ? null : restoreCalls(ctx, model.name);
      const data: DropTableData = { model: model.name, table, restore: typeof restore === 'string' ? null : restore };
      out.push({
        message: model.ignored
          ? `The model ${model.name} was removed. It was already @@ignore in the baseline, so no client uses it, but Prisma Migrate drops the table ${tableLabel(table)}${also}: if it has rows they are all lost.${fks}`
          : `The model ${model.name} was removed: Prisma Migrate drops the table ${tableLabel(table)}${also}, so if it has rows they are all lost, and app instances still running the previous Prisma Client fail on it.${fks}`,
        severity: model.ignored ? 'warning' : 'error',
        span: ctx.schemaSpan(),
        target: ctx.modelTarget(model.name),
        ...(data.restore ? { fixLabel: `Keep the table for now: restore ${model.name} as @@ignore` } : {}),
        data: data as unknown as Record<string, unknown>,
      });
    }
    for (const j of ctx.diff.removedJoinTables) {
      const from = ctx.diff.modelMatchBefore(j.relation.from.model);
      const to = ctx.diff.modelMatchBefore(j.relation.to.model);
      if (!from || !to) continue; // reported with the dropped model
      const data: DropTableData = { model: null, table: { schema: from.tableAfter.schema, name: j.table }, restore: null };
      out.push({
        message: `${j.relation.from.model}.${j.relation.from.field} ↔ ${j.relation.to.model}.${j.relation.to.field} was removed: Prisma Migrate drops its implicit join table "${j.table}", so every link between ${from.after.name} and ${to.after.name} rows is lost.`,
        span: ctx.modelSpan(from.after),
        target: ctx.fieldTarget(from.after.name, j.relation.from.field),
        data: data as unknown as Record<string, unknown>,
      });
    }
    return out;
  },
  fix(current: ParsedSchema, advisory, baseline) {
    const data = advisory.data as unknown as DropTableData | undefined;
    if (!data?.model) return refuse('Nothing to restore');
    const calls = restoreCalls(new MigrationContext(baseline, current), data.model);
    if (typeof calls === 'string') return refuse(calls);
    return applyOpCalls(current, calls);
  },
  plans(advisory) {
    const data = advisory.data as unknown as DropTableData | undefined;
    if (!data) return [];
    const plan: MigrationPlan = {
      title: 'Expand and contract',
      when: 'The table is no longer needed, but running app instances or its rows still are.',
      steps: [
        ...(data.model
          ? [
              {
                title: `Stop using ${data.model}`,
                detail: 'Keep the table, @@ignore: the new Prisma Client no longer has it, the rows stay. Deploy this with the app change.',
                ...(data.restore ? { schema: data.restore } : {}),
              },
            ]
          : []),
        {
          title: 'Back the rows up',
          detail: 'Once no instance runs the previous Prisma Client, copy what you may still need.',
          sql: [`CREATE TABLE ${sqlIdent(`${data.table.name}_backup`)} AS TABLE ${sqlTable(data.table)};`],
        },
        { title: 'Drop the table', detail: 'Deploy the current schema: the migration drops the table.', schema: [] },
      ],
    };
    return [plan];
  },
};


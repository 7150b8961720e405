import { parseSchema, type ParsedSchema } from '../../schema/document';
import { refuse, type OpResult } from '../../ops/shared';
import { applyEdits } from '../../text/edits';
import { fieldLabel, MigrationContext, tableLabel } from './context';
import { tableOf, type DbName, type JoinTableMatch, type ModelMatch } from './diff';
import { applyOpCalls, type MigrationPlan, type OpCall } from './plans';
import type { MigrationRule } from './types';
import type { AdvisoryDraft } from '../types';

/**
 * migration-rename-without-map (M1). Prisma Migrate has no rename detection: a table or column whose
 * database name changes is dropped and created again, empty. Pinning the old storage name with
 * `@@map`/`@map` keeps the new Prisma name and produces no DDL at all.
 */

type RenameData =
  | { kind: 'table'; model: string; table: string; schema: string }
  | { kind: 'column'; model: string; field: string; column: string }
  | { kind: 'join'; relation: string; table: string; models: Array<{ current: string; baseline: string }> };

function percent(x: number | null): string {
  return `${Math.round((x ?? 0) * 100)}%`;
}

function tableDraft(ctx: MigrationContext, m: ModelMatch): AdvisoryDraft {
  const from = tableLabel(m.tableBefore);
  const to = tableLabel(m.tableAfter);
  const what =
    m.by === 'rename'
      ? `${m.after.name} looks like ${m.before.name} renamed (${percent(m.similarity)} of the columns are the same), and its table changes from ${from} to ${to}`
      : m.before.name !== m.after.name
        ? `${m.after.name} (${m.before.name} in the baseline): its table changes from ${from} to ${to}`
        : `${m.after.name}: its table changes from ${from} to ${to}`;
  const schemaMoves = m.tableBefore.schema !== m.tableAfter.schema;
  const data: RenameData = { kind: 'table', model: m.after.name, table: m.tableBefore.name, schema: m.tableBefore.schema };
  // Foreign keys of other existing tables are dropped and added again, now against the empty table.
  const children = ctx.foreignKeysIn('current')
    ? [...new Set(ctx.after.foreignKeys.filter((r) => r.to.model === m.after.name && r.from.model !== m.after.name && ctx.diff.modelMatchAfter(r.from.model)).map((r) => r.from.model))]
    : [];
  const fks = children.length
    ? ` The foreign keys of ${children.join(', ')} are added again against the new, empty table, so the migration fails if ${children.length > 1 ? 'those tables have' : `${children[0]} has`} rows pointing at it.`
    : '';
  return {
    message: `${what}. Prisma Migrate has no rename detection: it drops ${from} and creates ${to}, so if the table has rows they are all lost.${fks}`,
    span: ctx.modelSpan(m.after),
    target: ctx.modelTarget(m.after.name),
    fixLabel: schemaMoves ? `Keep the table ${from}` : m.tableBefore.name === m.after.name ? `Keep the table name "${m.tableBefore.name}" (remove @@map)` : `Keep the table name: @@map("${m.tableBefore.name}")`,
    data,
  };
}

function joinDraft(ctx: MigrationContext, j: JoinTableMatch): AdvisoryDraft {
  const r = j.after.relation;
  const model = ctx.after.modelNamed(r.from.model)!;
  const field = model.fields.find((f) => f.name === r.from.field)!;
  const models = [
    { current: r.from.model, baseline: ctx.diff.modelMatchAfter(r.from.model)?.before.name ?? r.from.model },
    { current: r.to.model, baseline: ctx.diff.modelMatchAfter(r.to.model)?.before.name ?? r.to.model },
  ].filter((x, i, all) => x.current !== x.baseline && all.findIndex((y) => y.current === x.current) === i);
  // Pinning the name cannot undo a swap of A and B: only model names that sort as before can.
  const fixable = j.before.relation.name === null && models.length > 0 && !j.swapped;
  const data: RenameData = { kind: 'join', relation: r.id, table: j.before.table, models };
  const [first, second] = [r.from.model, r.to.model].sort();
  const swap =
    `its column A now references ${first} and B ${second}, the other way round than before (A is the model whose name sorts first): ` +
    `Prisma re-points both foreign keys, so the migration fails on existing links, or, where ids overlap, silently mixes them up. Keep the model names in the same alphabetical order, or turn the relation into an explicit join model first.`;
  const message = !j.renamed
    ? `${r.from.model}.${r.from.field} ↔ ${r.to.model}.${r.to.field}: the implicit many-to-many join table "${j.after.table}" keeps its name, but ${swap}`
    : `${r.from.model}.${r.from.field} ↔ ${r.to.model}.${r.to.field}: the implicit many-to-many join table changes from "${j.before.table}" to "${j.after.table}". ` +
      `Prisma Migrate drops "${j.before.table}" with every link in it and creates "${j.after.table}" empty.` +
      (j.swapped ? ` Naming the relation @relation("${j.before.table.slice(1)}") keeps the table, but ${swap}` : ` Keep the old table by naming the relation @relation("${j.before.table.slice(1)}") on both sides.`);
  return {
    message,
    span: ctx.fieldSpan(model, field),
    target: { kind: 'relation', relation: r.id, model: r.from.model, field: r.from.field },
    ...(fixable ? { fixLabel: `Keep the join table "${j.before.table}"` } : {}),
    data,
  };
}

/** The op calls that pin the old storage name, or why there are none. */
function fixCalls(ctx: MigrationContext, data: RenameData): OpCall[] | string {
  if (data.kind === 'table') {
    const m = ctx.diff.modelMatchAfter(data.model);
    if (!m || !m.tableRenamed || m.tableBefore.name !== data.table || m.tableBefore.schema !== data.schema) return `The table of \`${data.model}\` no longer changes`;
    const calls: OpCall[] = [];
    if (m.tableBefore.schema !== m.tableAfter.schema) {
      if (!m.tableBefore.schema) return `\`${data.model}\` had no @@schema in the baseline; move it back by hand`;
      calls.push({ op: 'setSchema', args: { model: data.model, schema: m.tableBefore.schema } });
    }
    if (m.tableBefore.name !== m.tableAfter.name) calls.push({ op: 'setMapName', args: { model: data.model, name: m.tableBefore.name } });
    return calls;
  }
  if (data.kind === 'column') {
    const m = ctx.diff.modelMatchAfter(data.model);
    const f = m?.matchOf(data.field);
    if (!f || f.columnBefore === f.columnAfter || f.columnBefore !== data.column) return `The column of \`${data.model}.${data.field}\` no longer changes`;
    return [{ op: 'setMapName', args: { model: data.model, field: data.field, name: data.column } }];
  }
  // Rename the models back, then forward again keeping their table names: renameModel writes the
  // baseline's join table names into @relation("…") on both sides (and @@map where the table moved).
  const j = ctx.diff.joinTables.find((x) => x.after.relation.id === data.relation && x.renamed && x.before.table === data.table);
  if (!j) return 'The join table no longer changes';
  if (j.swapped) return 'The renamed models sort the other way round, which swaps the join table\'s A and B columns; pinning its name cannot fix that';
  if (j.before.relation.name !== null || !data.models.length) return 'The relation was renamed by hand; write its old name back into @relation("…") on both sides';
  return [
    ...data.models.map((m): OpCall => ({ op: 'renameModel', args: { model: m.current, newName: m.baseline } })),
    ...data.models.map((m): OpCall => ({ op: 'renameModel', args: { model: m.baseline, newName: m.current, keepTableName: true } })),
  ];
}

export const migrationRenameWithoutMap: MigrationRule = {
  id: 'migration-rename-without-map',
  category: 'migration-safety',
  severity: 'error',
  title: 'Table or column renamed without keeping its storage name',
  why: 'Prisma Migrate has no rename detection: it drops the old table or column and creates a new, empty one, which loses the data.',
  postgresOnly: false,
  check(ctx) {
    const out: AdvisoryDraft[] = [];
    for (const m of ctx.diff.models) {
      if (m.tableRenamed) out.push(tableDraft(ctx, m));
      for (const f of m.fields) {
        if (f.columnBefore === f.columnAfter) continue;
        const label = fieldLabel(m.after, f.after);
        const what =
          f.by === 'rename'
            ? `${label} looks like ${m.before.name}.${f.before.name} renamed (same column type), and its column changes from "${f.columnBefore}" to "${f.columnAfter}"`
            : `${label}: the column changes from "${f.columnBefore}" to "${f.columnAfter}"`;
        const data: RenameData = { kind: 'column', model: m.after.name, field: f.after.name, column: f.columnBefore };
        out.push({
          message: `${what}. Prisma Migrate drops "${f.columnBefore}" and adds "${f.columnAfter}": if ${tableLabel(m.tableAfter)} has rows, every value of "${f.columnBefore}" is lost.`,
          span: ctx.fieldSpan(m.after, f.after),
          target: ctx.fieldTarget(m.after.name, f.after.name),
          fixLabel: f.columnBefore === f.after.name ? `Keep the column name "${f.columnBefore}" (remove @map)` : `Keep the column name: @map("${f.columnBefore}")`,
          data,
        });
      }
    }
    for (const j of ctx.diff.joinTables) if (j.renamed || j.swapped) out.push(joinDraft(ctx, j));
    return out;
  },
  fix(current, advisory, baseline) {
    const data = advisory.data as RenameData | undefined;
    if (!data) return refuse('The advisory has no data to fix it with');
    const calls = fixCalls(new MigrationContext(baseline, current), data);
    if (typeof calls === 'string') return refuse(calls);
    const result = applyOpCalls(current, calls);
    if (!result.ok || data.kind !== 'join') return result;
    const kept = checkTablesKept(current, baseline, result, data.models);
    if (!kept.ok) return kept;
    const mapped = result.message?.includes('@@map') ? '; the table keeps its name too (@@map)' : '';
    return { ...kept, message: `The join table "${data.table}" keeps its name (@relation("${data.table.slice(1)}") on both sides)${mapped}` };
  },
  plans(advisory) {
    const data = advisory.data as RenameData | undefined;
    if (!data || data.kind === 'join') return [];
    const calls: OpCall[] =
      data.kind === 'table'
        ? [{ op: 'setMapName', args: { model: data.model, name: data.table } }]
        : [{ op: 'setMapName', args: { model: data.model, field: data.field, name: data.column } }];
    const plan: MigrationPlan = {
      title: 'Rename in Prisma only',
      when: 'It is a rename: the data should stay.',
      steps: [
        {
          title: data.kind === 'table' ? `Pin the table name "${data.table}"` : `Pin the column name "${data.column}"`,
          detail: 'Keep the new Prisma name and map it to the old storage name: Prisma Client uses the new name, the database keeps its table or column, and the migration has no DDL for it.',
          schema: calls,
        },
      ],
    };
    return [plan];
  },
};

/**
 * The join-table fix renames models back and forth; refuse if that moved a table anywhere but to its
 * baseline name (it must only pin names).
 */
function checkTablesKept(current: ParsedSchema, baseline: ParsedSchema, result: OpResult, models: ReadonlyArray<{ current: string; baseline: string }>): OpResult {
  if (!result.ok) return result;
  const files = applyEdits(
    current.files.map((f) => ({ path: f.path, text: f.text })),
    result.edits,
  );
  const after = parseSchema(files);
  const same = (a: DbName, b: DbName) => a.name === b.name && a.schema === b.schema;
  for (const { current: name, baseline: old } of models) {
    const before = current.model.models.find((m) => m.name === name);
    const now = after.model.models.find((m) => m.name === name);
    const deployed = baseline.model.models.find((m) => m.name === old);
    if (!before || !now) return refuse(`\`${name}\` could not be kept`);
    const table = tableOf(now);
    if (!same(table, tableOf(before)) && !(deployed && same(table, tableOf(deployed)))) {
      return refuse(`Keeping the join table would also move the table of \`${name}\`; name the relation with @relation("…") on both sides by hand`);
    }
  }
  return result;
}


import type { RelationInfo } from '../../schema/model';
import type { AdvisoryDraft } from '../types';
import type { MigrationContext } from './context';
import type { ForeignKeyMatch } from './diff';
import type { MigrationRule } from './types';

/**
 * migration-relation-change (M11): on an existing foreign key the effective onDelete or onUpdate
 * changes, or the foreign key is removed while its columns stay. Prisma drops and re-adds the
 * constraint (a re-validation under lock) and delete semantics change. Info; a warning when deleting
 * a parent row now deletes rows in more tables (the cascade blast radius grows) or when the foreign
 * key goes. No fix: `data` carries the before/after blast radius for a confirmation view.
 */

interface RelationChangeData {
  relation: string;
  parent: string;
  /** Tables one parent delete cascades into, before (in current names) and after. */
  cascadesBefore: string[];
  cascadesAfter: string[];
  removed: boolean;
}

function action(r: RelationInfo, key: 'onDelete' | 'onUpdate'): string {
  const a = r[key];
  return `${String(a.action)}${a.explicit ? '' : ' (Prisma default)'}`;
}

function blast(ctx: MigrationContext, fk: ForeignKeyMatch): { before: string[]; after: string[]; grown: string[] } {
  const rename = (name: string) => ctx.diff.modelMatchBefore(name)?.after.name ?? name;
  const before = [...ctx.before.cascade.deleteImpact(fk.before.to.model).cascaded.keys()].map(rename);
  const after = [...ctx.after.cascade.deleteImpact(fk.after.to.model).cascaded.keys()];
  const known = new Set(before);
  return { before, after, grown: after.filter((t) => !known.has(t)) };
}

/** What a parent delete did to the child rows through the foreign key that goes. */
const DELETE_EFFECT: Record<string, string> = {
  Cascade: 'no longer deletes them',
  SetNull: 'no longer sets them to NULL',
  SetDefault: 'no longer sets them to their default',
  Restrict: 'is no longer blocked by them',
  NoAction: 'is no longer blocked by them',
};

const list = (names: readonly string[]) => (names.length ? names.join(', ') : 'no other table');

export const migrationRelationChange: MigrationRule = {
  id: 'migration-relation-change',
  category: 'migration-safety',
  severity: 'info',
  title: 'Referential action changed or foreign key removed',
  why: 'Prisma drops and re-adds the foreign key (a re-validation under lock), and what a delete does changes; without the foreign key nothing stops orphan rows.',
  postgresOnly: true,
  check(ctx) {
    const out: AdvisoryDraft[] = [];
    for (const fk of ctx.diff.foreignKeys) {
      if (!fk.onDeleteChanged && !fk.onUpdateChanged) continue;
      const r = fk.after;
      const changes = [
        ...(fk.onDeleteChanged ? [`onDelete ${action(fk.before, 'onDelete')} → ${action(r, 'onDelete')}`] : []),
        ...(fk.onUpdateChanged ? [`onUpdate ${action(fk.before, 'onUpdate')} → ${action(r, 'onUpdate')}`] : []),
      ];
      const radius = blast(ctx, fk);
      const ddl = ctx.foreignKeysIn('baseline') && ctx.foreignKeysIn('current');
      let message = ddl
        ? `${r.from.model}.${r.from.field}: ${changes.join(', ')}. Prisma drops and re-adds the foreign key, which re-checks every row of ${r.from.model} under a lock that blocks writes.`
        : `${r.from.model}.${r.from.field}: ${changes.join(', ')}. With relationMode = "prisma" nothing changes in the database, but Prisma Client now does something else on delete or update.`;
      if (radius.grown.length) message += ` Deleting one ${r.to.model} row now also deletes rows in ${radius.grown.join(', ')} (cascades into ${list(radius.before)} before, ${list(radius.after)} after).`;
      const data: RelationChangeData = { relation: r.id, parent: r.to.model, cascadesBefore: radius.before, cascadesAfter: radius.after, removed: false };
      out.push({
        message,
        severity: radius.grown.length ? 'warning' : 'info',
        span: ctx.after.relationSpan(r),
        target: ctx.after.relationTarget(r),
        data: data as unknown as Record<string, unknown>,
      });
    }
    for (const { relation: r, reason } of ctx.diff.removedForeignKeys) {
      if (reason !== 'constraint') continue; // its table or key column goes: reported as a drop
      if (!ctx.foreignKeysIn('baseline')) continue; // relationMode = "prisma": there was no constraint
      const child = ctx.diff.modelMatchBefore(r.from.model)!;
      const parent = ctx.diff.modelMatchBefore(r.to.model)!;
      const columns = r.from.fields.map((name) => {
        const f = child.fieldAfter(name);
        return `"${f?.dbName ?? f?.name ?? name}"`;
      });
      const data: RelationChangeData = { relation: r.id, parent: parent.after.name, cascadesBefore: [], cascadesAfter: [], removed: true };
      out.push({
        message:
          `${child.after.name}.${r.from.field} → ${parent.after.name} was removed while its key column${columns.length > 1 ? 's' : ''} ${columns.join(', ')} ${columns.length > 1 ? 'stay' : 'stays'}: ` +
          `Prisma drops the foreign key, so nothing stops ${columns.join(', ')} from pointing at ${parent.after.name} rows that no longer exist, and deleting a ${parent.after.name} row ${DELETE_EFFECT[String(r.onDelete.action)] ?? 'no longer checks them'}.`,
        severity: 'warning',
        span: ctx.modelSpan(child.after),
        target: ctx.fieldTarget(child.after.name, r.from.field),
        data: data as unknown as Record<string, unknown>,
      });
    }
    return out;
  },
};

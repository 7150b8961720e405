import { addIndex } from '../../../ops/add-index';
import { updateIndex } from '../../../ops/update-index';
import { refuse } from '../../../ops/shared';
import type { ListedIndex } from '../../../ops/list-indexes';
import type { RelationInfo } from '../../../schema/model';
import { AdvisoryContext } from '../../context';
import type { Rule } from '../../types';

/** An index serves an FK lookup when its first |F| columns are the FK columns, in any order (btree, not partial). */
export function coversForeignKey(index: ListedIndex, columns: readonly string[]): boolean {
  if (index.partial || (index.type && index.type !== 'BTree')) return false;
  if (index.fields.length < columns.length) return false;
  const lead = new Set(index.fields.slice(0, columns.length).map((f) => f.name));
  return columns.every((c) => lead.has(c));
}

/** A plain `@@index` that is a strict leftwise prefix of the FK columns: extending it beats adding another. */
function extendable(indexes: readonly ListedIndex[], columns: readonly string[]): ListedIndex | undefined {
  return indexes.find(
    (i) =>
      i.kind === 'index' &&
      i.level === 'block' &&
      !i.partial &&
      !i.type &&
      i.fields.length < columns.length &&
      i.fields.every((f, k) => f.name === columns[k] && !f.sort && !f.ops && f.length === undefined),
  );
}

/** Who did something: `createdBy`, `invitedByUserId`, `creator`, `host`, `publishedById`. */
const ACTOR = /(ed|en|sent|made|done)_?by(_?(user|member))?(_?id)?$|^(creator|inviter|host|publisher|approver|reviewer|updater)(_?user)?(_?id)?$/i;
const PERSON = /(user|member|account|person|profile|employee|admin)s?$/i;

/**
 * A who-did-it reference to a person (`createdBy → User`): only deleting that person scans the child,
 * and nothing lists rows by it, so the index is advice there.
 */
function actorReference(relation: RelationInfo): boolean {
  return PERSON.test(relation.to.model) && (ACTOR.test(relation.from.field) || relation.from.fields.some((f) => ACTOR.test(f)));
}

/**
 * A pointer at one particular row (`currentVersion`, `previousResolution`, `fromVersion`,
 * `defaultTemplate`) rather than membership in a parent: nothing lists children by it, and the row it
 * points at is seldom deleted, so the index is advice there too.
 */
const POINTER = /^(current|latest|previous|prev|next|last|first|active|default|selected|primary|from|to)[A-Z_]/;

function label(relation: RelationInfo, prefix: ListedIndex | undefined): string {
  const list = `@@index([${relation.from.fields.join(', ')}])`;
  return prefix ? `Replace ${prefix.text} with ${list}` : `Add ${list}`;
}

export const indexFkMissing: Rule = {
  id: 'index-fk-missing',
  category: 'indexes',
  severity: 'warning',
  title: 'Foreign key without an index',
  // Its fix indexes the foreign key; the (fk, createdAt) advice follows once there is an index to extend.
  supersedes: ['index-fk-with-sort-key'],
  why: 'PostgreSQL does not index foreign key columns, so deletes and updates of the parent, cascades and joins scan the whole child table.',
  postgresOnly: true,
  check(ctx) {
    return ctx.foreignKeys.flatMap((relation) => {
      const indexes = ctx.indexes(relation.from.model);
      if (indexes.some((i) => coversForeignKey(i, relation.from.fields))) return [];
      const prefix = extendable(indexes, relation.from.fields);
      const cols = relation.from.fields.join(', ');
      return [
        {
          message: `${relation.from.model}.${relation.from.field}: no index starts with the foreign key (${cols}); deleting from ${relation.to.model} scans every ${relation.from.model} row.`,
          span: ctx.relationSpan(relation),
          target: ctx.relationTarget(relation),
          ...(actorReference(relation) || POINTER.test(relation.from.field) ? { severity: 'info' as const } : {}),
          fixLabel: label(relation, prefix),
        },
      ];
    });
  },
  fix(schema, advisory) {
    if (advisory.target.kind !== 'relation') return refuse('Not a relation advisory');
    const ctx = new AdvisoryContext(schema);
    const relation = ctx.foreignKeys.find((r) => r.id === (advisory.target as { relation: string }).relation);
    if (!relation) return refuse('The relation is gone');
    const indexes = ctx.indexes(relation.from.model);
    if (indexes.some((i) => coversForeignKey(i, relation.from.fields))) return refuse('The foreign key is already indexed');
    const prefix = extendable(indexes, relation.from.fields);
    const fields = relation.from.fields.join(', ');
    return prefix && prefix.position !== null
      ? updateIndex(schema, { model: relation.from.model, index: prefix.position, fields })
      : addIndex(schema, { model: relation.from.model, fields });
  },
};


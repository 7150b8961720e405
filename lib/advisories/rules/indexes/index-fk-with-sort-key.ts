import { addIndex } from '../../../ops/add-index';
import { refuse } from '../../../ops/shared';
import { updateIndex } from '../../../ops/update-index';
import type { ListedIndex } from '../../../ops/list-indexes';
import type { FieldInfo, RelationInfo } from '../../../schema/model';
import { AdvisoryContext } from '../../context';
import type { Rule } from '../../types';
import { isBtree } from './shapes';

/** The child's creation time, else its `@updatedAt`: what a parent's children are listed by. */
function sortKey(ctx: AdvisoryContext, model: string): FieldInfo | undefined {
  const fields = (ctx.modelNamed(model)?.fields ?? []).filter((f) => f.type === 'DateTime' && !f.list);
  return fields.find((f) => /^created_?(at|on)$/i.test(f.name)) ?? fields.find((f) => f.isUpdatedAt);
}

/** A one-to-many foreign key of one column, with a sort key and no btree index starting with both. */
function missing(ctx: AdvisoryContext, relation: RelationInfo): { fk: string; key: FieldInfo; plain: ListedIndex | undefined } | null {
  if (relation.kind !== '1:n' || relation.from.fields.length !== 1) return null;
  const fk = relation.from.fields[0];
  const key = sortKey(ctx, relation.from.model);
  if (!key || key.name === fk) return null;
  const indexes = ctx.indexes(relation.from.model);
  if (indexes.some((i) => isBtree(i) && i.fields[0]?.name === fk && i.fields[1]?.name === key.name)) return null;
  // a plain @@index([fk]) is replaced rather than kept beside the composite, which covers the FK too
  const plain = indexes.find((i) => i.kind === 'index' && !i.type && !i.partial && i.fields.length === 1 && i.fields[0].name === fk && !i.fields[0].ops);
  return { fk, key, plain };
}

const wanted = (fk: string, key: FieldInfo) => `${fk}, ${key.name}(sort: Desc)`;

export const indexFkWithSortKey: Rule = {
  id: 'index-fk-with-sort-key',
  category: 'indexes',
  severity: 'info',
  title: 'Foreign key without a (parent, created) index',
  why: "Listing a parent's children newest first and cursor pagination need an index on (parent id, created at), which also covers the foreign key.",
  postgresOnly: true,
  profile: 'strict',
  check(ctx) {
    return ctx.foreignKeys.flatMap((relation) => {
      const hit = missing(ctx, relation);
      if (!hit) return [];
      const list = `@@index([${wanted(hit.fk, hit.key)}])`;
      return [
        {
          message: `${relation.from.model}.${relation.from.field}: no index starts with (${hit.fk}, ${hit.key.name}), so listing one ${relation.to.model}'s ${relation.from.model} rows by ${hit.key.name} sorts all of them.`,
          span: ctx.relationSpan(relation),
          target: ctx.relationTarget(relation),
          fixLabel: hit.plain ? `Replace ${hit.plain.text} with ${list}` : `Add ${list}`,
        },
      ];
    });
  },
  fix(schema, advisory) {
    if (advisory.target.kind !== 'relation') return refuse('Not a relation advisory');
    const id = advisory.target.relation;
    const ctx = new AdvisoryContext(schema);
    const relation = ctx.foreignKeys.find((r) => r.id === id);
    const hit = relation && missing(ctx, relation);
    if (!relation || !hit) return refuse('The foreign key already has a (parent, created) index');
    const fields = wanted(hit.fk, hit.key);
    return hit.plain && hit.plain.position !== null
      ? updateIndex(schema, { model: relation.from.model, index: hit.plain.position, fields })
      : addIndex(schema, { model: relation.from.model, fields });
  },
};

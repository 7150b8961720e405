import { refuse, type OpResult } from '../../../ops/shared';
import type { ParsedSchema } from '../../../schema/document';
import type { FieldInfo, RelationInfo } from '../../../schema/model';
import { AdvisoryContext } from '../../context';
import type { DeleteEdge } from '../../cascade-graph';
import type { Advisory } from '../../types';

/** Helpers shared by the cascade rules: names in messages, and finding a relation again in a fix. */

/** "a User", "an Invoice", "an Upload" (by spelling; good enough for model names). */
export function aModel(name: string): string {
  return `${/^(?:[AEIO]|U[^aeiou][^aeiou])/i.test(name) ? 'an' : 'a'} ${name}`;
}

/** "A", "A or B", "A, B or C". */
export function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/** "A", "A and B", "A, B and C". */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** `Post.author` for an FK edge; `_PostToTag` for an implicit join table edge. */
export function edgeName(edge: DeleteEdge): string {
  return edge.field ? `${edge.child}.${edge.field}` : edge.child;
}

/** "Restrict", or "Restrict, Prisma default" when nothing is written. */
export function actionLabel(edge: DeleteEdge): string {
  return edge.explicit ? edge.onDelete : `${edge.onDelete}, Prisma default`;
}

/** The FK scalars of a relation, in `fields:` order. */
export function foreignKeyFields(ctx: AdvisoryContext, relation: RelationInfo): FieldInfo[] {
  return relation.from.fields.map((f) => ctx.field(relation.from.model, f)).filter((f): f is FieldInfo => !!f);
}

/** The advisory's relation in the schema a fix is given, or why the fix cannot run. */
export function relationOf(schema: ParsedSchema, advisory: Advisory): { ctx: AdvisoryContext; relation: RelationInfo } | { refused: OpResult } {
  if (advisory.target.kind !== 'relation') return { refused: refuse('Not a relation advisory') };
  const id = advisory.target.relation;
  const ctx = new AdvisoryContext(schema);
  const relation = ctx.foreignKeys.find((r) => r.id === id);
  return relation ? { ctx, relation } : { refused: refuse('The relation is gone') };
}

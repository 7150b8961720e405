import type { ParsedSchema } from '../schema/document';
import { indexAttributes, uniqueRemovalProblem } from './index-spec';
import { findModel, refuse, removeMemberEdit, type OpResult } from './shared';

export interface RemoveIndexArgs {
  model: string;
  /** Position among the model's `@@index`/`@@unique` lines, 0-based (see listIndexes). */
  index: number;
}

/**
 * Removes one `@@index`/`@@unique` line with its `///` docs and trailing comment (and a blank line
 * that would be left dangling). A `@@unique` that a relation references, or that is the model's only
 * unique criteria, stays.
 */
export function removeIndex(schema: ParsedSchema, args: RemoveIndexArgs): OpResult {
  const loc = findModel(schema, args.model);
  if (!loc) return refuse(`There is no model called \`${args.model}\``);
  const member = indexAttributes(loc.block)[args.index];
  if (!member) return refuse(`\`${args.model}\` has no @@index or @@unique at position ${args.index}`);
  const problem = uniqueRemovalProblem(schema, loc, member.attribute);
  if (problem) return refuse(problem);
  const { path, text } = loc.file;
  const written = text.slice(member.attribute.range.start, member.attribute.range.end);
  return { ok: true, edits: [removeMemberEdit(path, text, member)], message: `Removed ${written} from ${loc.info.name}` };
}

import type { ParsedSchema } from '../schema/document';
import { buildIndexSpec, checkIndexSpec, indexAttributes, renderIndex } from './index-spec';
import { blockAttributeInsertion, findModel, insertLines, memberIndent, refuse, type OpResult } from './shared';

export interface AddIndexArgs {
  model: string;
  /** `index` (default) or `unique`. */
  kind?: 'index' | 'unique';
  /** The form's text: `a, b(sort: Desc)`. */
  fields: string;
  /** `BTree`, `Hash`, `Gist`, `Gin`, `SpGist`, `Brin` (PostgreSQL). */
  type?: string;
  /** The constraint's name in the database. */
  map?: string;
  /** `@@unique` only: the compound unique's name in Prisma Client. */
  name?: string;
}

/**
 * Adds `@@index(…)` or `@@unique(…)` to a model: after its other indexes, else after its last block
 * attribute, else after its fields with a blank line between.
 */
export function addIndex(schema: ParsedSchema, args: AddIndexArgs): OpResult {
  const loc = findModel(schema, args.model);
  if (!loc) return refuse(`There is no model called \`${args.model}\``);
  if (loc.info.kind !== 'model') return refuse(`\`${args.model}\` is a ${loc.info.kind === 'view' ? 'view' : 'composite type'}; indexes belong to models`);
  const spec = buildIndexSpec(args);
  if (typeof spec === 'string') return refuse(spec);
  const problem = checkIndexSpec(schema, loc, spec);
  if (problem) return refuse(problem);

  const { path, text } = loc.file;
  const attribute = renderIndex(spec);
  const line = memberIndent(text, loc.block) + attribute;
  const siblings = [...indexAttributes(loc.block), ...loc.block.members.filter((m) => m.kind === 'blockAttribute' && m.attribute.name === 'id')];
  const lastSibling = siblings.sort((a, b) => a.line.end - b.line.end).pop();
  const edit = lastSibling
    ? insertLines(path, text, loc.block, lastSibling.line.end, [line])
    : (() => {
        const { offset, blankLineBefore } = blockAttributeInsertion(text, loc.block);
        return insertLines(path, text, loc.block, offset, blankLineBefore ? ['', line] : [line]);
      })();
  return { ok: true, edits: [edit], message: `Added ${attribute} to ${loc.info.name}` };
}

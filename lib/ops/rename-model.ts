import type { ParsedSchema } from '../schema/document';
import type { TextEdit } from '../text/edits';
import { replaceInCell } from './columns';
import { pinImplicitJoinTables } from './join-table-names';
import { blockAttributeInsertion, checkTableName, checkTypeName, fieldsOf, findModel, insertLines, memberIndent, modelBlocks, quote, refuse, type OpResult } from './shared';

export interface RenameModelArgs {
  model: string;
  newName: string;
  /** Add `@@map("<old name>")` so the table keeps its name. */
  keepTableName?: boolean;
}

/** Renames a model or view and every field type that refers to it, in every file. */
export function renameModel(schema: ParsedSchema, args: RenameModelArgs): OpResult {
  const loc = findModel(schema, args.model);
  if (!loc || loc.info.kind === 'type') return refuse(`There is no model called \`${args.model}\``);
  const newName = args.newName.trim();
  if (newName === args.model) return refuse('The new name is the same as the old one');
  // The table is renamed too unless it keeps its name (or already has one, with @@map).
  const tableMoves = !args.keepTableName && loc.info.dbName === null;
  const problem = checkTypeName(schema, newName) ?? (tableMoves ? checkTableName(schema, newName, loc.info.schema, loc.info.name) : null);
  if (problem) return refuse(problem);

  const edits: TextEdit[] = [{ path: loc.file.path, ...loc.block.nameRange, text: newName }];
  for (const { file, block } of modelBlocks(schema)) {
    for (const field of fieldsOf(block)) {
      if (field.type?.name === args.model) edits.push(...replaceInCell(file.path, file.text, block, field.type.nameRange, newName, field.type.range.end));
    }
  }
  let message = `Renamed ${args.model} to ${newName}`;
  if (args.keepTableName && loc.info.dbName === null) {
    const text = loc.file.text;
    const { offset, blankLineBefore } = blockAttributeInsertion(text, loc.block);
    const line = `${memberIndent(text, loc.block)}@@map(${quote(args.model)})`;
    edits.push(insertLines(loc.file.path, text, loc.block, offset, blankLineBefore ? ['', line] : [line]));
    message += `; the ${loc.info.kind === 'view' ? 'view' : 'table'} keeps its name "${args.model}" (@@map)`;
  }
  if (args.keepTableName && loc.info.kind === 'model') {
    const pinned = pinImplicitJoinTables(schema, args.model);
    edits.push(...pinned.edits);
    if (pinned.tables.length) message += `; join table${pinned.tables.length > 1 ? 's' : ''} ${pinned.tables.join(', ')} kept (@relation name)`;
  }
  return { ok: true, edits, message, renamed: { from: args.model, to: newName } };
}

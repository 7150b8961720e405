import type { ParsedSchema } from '../schema/document';
import type { TextEdit } from '../text/edits';
import { replaceInCell } from './columns';
import { enumAttributeInsertion, enumUsages, findEnum, noSuchEnum } from './enum-parts';
import { checkEnumTypeName, checkTypeName, insertLines, memberIndent, quote, refuse, type OpResult } from './shared';

export interface RenameEnumArgs {
  enum: string;
  newName: string;
  /** Add `@@map("<old name>")` so the database type (PostgreSQL) keeps its name. */
  keepTypeName?: boolean;
}

/** Renames an enum and every field type that uses it, in every file. */
export function renameEnum(schema: ParsedSchema, args: RenameEnumArgs): OpResult {
  const loc = findEnum(schema, args.enum);
  if (!loc) return refuse(noSuchEnum(schema, args.enum));
  const newName = args.newName.trim();
  if (newName === args.enum) return refuse('The new name is the same as the old one');
  // The database type is renamed too unless it keeps its name (or already has one, with @@map).
  const typeMoves = !args.keepTypeName && loc.info.dbName === null;
  const problem = checkTypeName(schema, newName) ?? (typeMoves ? checkEnumTypeName(schema, newName, loc.info.schema, loc.info.name) : null);
  if (problem) return refuse(problem);

  const edits: TextEdit[] = [{ path: loc.file.path, ...loc.block.nameRange, text: newName }];
  const usages = enumUsages(schema, args.enum);
  for (const { file, block, field } of usages) {
    edits.push(...replaceInCell(file.path, file.text, block, field.type!.nameRange, newName, field.type!.range.end));
  }
  let message = `Renamed enum ${args.enum} to ${newName}`;
  if (usages.length) message += ` and the type of ${usages.length > 1 ? `${usages.length} fields` : `${usages[0].model}.${usages[0].field.name}`}`;
  if (args.keepTypeName && loc.info.dbName === null) {
    const text = loc.file.text;
    const { offset, blankLineBefore } = enumAttributeInsertion(loc.block);
    const line = `${memberIndent(text, loc.block)}@@map(${quote(args.enum)})`;
    edits.push(insertLines(loc.file.path, text, loc.block, offset, blankLineBefore ? ['', line] : [line]));
    message += `; the database type keeps its name "${args.enum}" (@@map)`;
  }
  return { ok: true, edits, message, renamed: { from: args.enum, to: newName } };
}

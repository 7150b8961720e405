import type { ParsedSchema } from '../schema/document';
import type { TextEdit } from '../text/edits';
import { replaceInCell } from './columns';
import { fieldReferences } from './references';
import { checkFieldName, locateField, quote, refuse, type OpResult } from './shared';

export interface RenameFieldArgs {
  model: string;
  field: string;
  newName: string;
  /** Add `@map("<old name>")` so the column keeps its name (scalar fields only; relation fields have no column). */
  keepColumnName?: boolean;
}

/** Renames a field and every reference to it: indexes, `@@id`, `@@unique`, and relation `fields`/`references`. */
export function renameField(schema: ParsedSchema, args: RenameFieldArgs): OpResult {
  const located = locateField(schema, args.model, args.field);
  if ('reason' in located) return refuse(located.reason);
  const { loc, field } = located;
  const newName = args.newName.trim();
  if (newName === field.name) return refuse('The new name is the same as the old one');
  const problem = checkFieldName(loc, newName, args.field);
  if (problem) return refuse(problem);

  const edits: TextEdit[] = replaceInCell(loc.file.path, loc.file.text, loc.block, field.node.nameRange, newName, field.node.nameRange.end);
  for (const ref of fieldReferences(schema, args.model, args.field)) edits.push({ path: ref.path, ...ref.nameRange, text: newName });

  let message = `Renamed ${args.model}.${args.field} to ${newName}`;
  const hasColumn = field.kind !== 'object';
  if (args.keepColumnName && hasColumn && field.dbName === null && loc.info.kind !== 'type') {
    const node = field.node;
    const end = node.attributes.length ? node.attributes[node.attributes.length - 1].range.end : node.type!.range.end;
    edits.push({ path: loc.file.path, start: end, end, text: ` @map(${quote(args.field)})` });
    message += `; the column keeps its name "${args.field}" (@map)`;
  }
  return { ok: true, edits, message };
}

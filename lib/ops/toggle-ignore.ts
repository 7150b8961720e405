import type { ParsedSchema } from '../schema/document';
import type { ModelInfo } from '../schema/model';
import type { TextEdit } from '../text/edits';
import { blockAttributeInsertion, fieldsOf, findField, findModel, insertLines, memberIndent, mergeRemovals, modelBlocks, refuse, removeMemberEdit, type OpResult } from './shared';
import { addFieldAttribute, fieldAttribute, removeFieldAttribute } from './toggle-unique';

export interface ToggleIgnoreArgs {
  model: string;
  /** A field gets `@ignore`; without one the model gets `@@ignore`. */
  field?: string;
}

/**
 * Adds or removes `@ignore` on a field, or `@@ignore` on a model. Prisma requires every relation field
 * pointing to an ignored model to be `@ignore` too, and forbids `@ignore` on the fields of an ignored
 * model, so those change with the model.
 */
export function toggleIgnore(schema: ParsedSchema, args: ToggleIgnoreArgs): OpResult {
  const loc = findModel(schema, args.model);
  if (!loc) return refuse(`There is no model called \`${args.model}\``);
  if (loc.info.kind === 'type') return refuse('Composite types and their fields cannot be ignored; ignore the field that uses the type instead');
  const path = loc.file.path;
  const text = loc.file.text;

  if (args.field) {
    const field = findField(loc, args.field);
    if (!field) return refuse(`\`${args.model}\` has no field called \`${args.field}\``);
    const existing = fieldAttribute(field, 'ignore');
    if (existing) {
      const target = findModel(schema, field.type);
      if (field.kind === 'object' && target?.info.ignored) {
        return refuse(`\`${field.name}\` points to \`${field.type}\`, which is ignored (@@ignore); Prisma requires the field to be ignored too`);
      }
      return { ok: true, edits: [removeFieldAttribute(path, text, field.node, existing)], message: `${args.model}.${args.field} is no longer ignored` };
    }
    if (loc.info.ignored) return refuse(`\`${args.model}\` is ignored as a whole (@@ignore), which covers its fields`);
    if (field.kind === 'unsupported') return refuse(`\`${field.name}\` has an Unsupported type, which Prisma Client leaves out already; it cannot take @ignore`);
    return {
      ok: true,
      edits: [addFieldAttribute(path, text, loc.block, field.node, 'ignore', '@ignore')],
      message: `${args.model}.${args.field} is now ignored by Prisma Client (@ignore)`,
    };
  }

  const edits: TextEdit[] = [];
  const pointing: string[] = [];
  const block = loc.block.members.find((m) => m.kind === 'blockAttribute' && m.attribute.name === 'ignore');
  if (block) {
    if (loc.info.kind === 'model' && !hasUniqueCriteria(loc.info)) {
      return refuse(`\`${args.model}\` has no @id or @unique of required fields, which Prisma needs once the model is no longer ignored; add one first`);
    }
    edits.push(removeMemberEdit(path, text, block));
    for (const { file, block: other } of modelBlocks(schema)) {
      if (other === loc.block) continue;
      for (const f of fieldsOf(other)) {
        const ignore = f.type?.name === args.model ? f.attributes.find((a) => a.name === 'ignore') : undefined;
        if (!ignore) continue;
        edits.push(removeFieldAttribute(file.path, file.text, f, ignore));
        pointing.push(`${other.name}.${f.name}`);
      }
    }
    let message = `${args.model} is no longer ignored`;
    if (pointing.length) message += `; removed @ignore from ${pointing.join(', ')}, which point${pointing.length > 1 ? '' : 's'} to it`;
    return { ok: true, edits: mergeRemovals(edits), message };
  }

  const { offset, blankLineBefore } = blockAttributeInsertion(text, loc.block);
  const line = `${memberIndent(text, loc.block)}@@ignore`;
  edits.push(insertLines(path, text, loc.block, offset, blankLineBefore ? ['', line] : [line]));
  const own: string[] = [];
  for (const f of loc.info.fields) {
    const ignore = fieldAttribute(f, 'ignore');
    if (!ignore) continue;
    edits.push(removeFieldAttribute(path, text, f.node, ignore));
    own.push(f.name);
  }
  for (const { file, block: other } of modelBlocks(schema)) {
    if (other === loc.block || other.kind === 'type') continue;
    const otherInfo = findModel(schema, other.name);
    if (otherInfo?.block !== other || otherInfo.info.ignored) continue;
    for (const f of fieldsOf(other)) {
      if (f.type?.name !== args.model || f.attributes.some((a) => a.name === 'ignore')) continue;
      edits.push(addFieldAttribute(file.path, file.text, other, f, 'ignore', '@ignore'));
      pointing.push(`${other.name}.${f.name}`);
    }
  }
  let message = `${args.model} is now ignored by Prisma Client (@@ignore)`;
  if (pointing.length) message += `; ${pointing.join(', ')} ${pointing.length > 1 ? 'point' : 'points'} to it and ${pointing.length > 1 ? 'are' : 'is'} now @ignore too`;
  if (own.length) message += `; removed @ignore from ${own.join(', ')} (the model's @@ignore covers ${own.length > 1 ? 'them' : 'it'})`;
  return { ok: true, edits: mergeRemovals(edits), message };
}

/** Whether the model has an `@id`, `@@id`, `@unique` or `@@unique` whose fields are all required. */
function hasUniqueCriteria(model: ModelInfo): boolean {
  const required = (name: string) => model.fields.some((f) => f.name === name && !f.optional);
  const lists = [model.primaryKey ?? [], ...model.fields.filter((f) => f.isUnique).map((f) => [f.name]), ...model.uniques.map((u) => u.fields)];
  return lists.some((l) => l.length > 0 && l.every(required));
}

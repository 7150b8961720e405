import { findArg } from '../schema/attributes';
import type { BlockNode } from '../schema/ast';
import type { ParsedSchema } from '../schema/document';
import { blockAttributeInsertion, findModel, insertLines, memberIndent, quote, refuse, type OpResult } from './shared';

export interface SetSchemaArgs {
  /** A model, view or enum. */
  model: string;
  /** One of the datasource's `schemas`. */
  schema: string;
}

/** Moves a model, view or enum to another database schema: writes or replaces `@@schema("…")` (multiSchema). */
export function setSchema(schema: ParsedSchema, args: SetSchemaArgs): OpResult {
  const loc = findModel(schema, args.model);
  const enumInfo = loc ? null : schema.model.enums.find((e) => e.name === args.model);
  if (!loc && !enumInfo) return refuse(`There is no model called \`${args.model}\``);
  if (loc?.info.kind === 'type') return refuse('Composite types are stored inside their model and have no schema of their own');
  const ds = schema.model.datasource;
  if (!ds) return refuse('There is no datasource; add one with a `schemas` list to use several database schemas');
  if (!ds.schemas.length) {
    return refuse(`The datasource \`${ds.name}\` lists no \`schemas\`; add \`schemas = ["public", …]\` to it first, then give every model and enum its @@schema`);
  }
  const name = (args.schema ?? '').trim();
  if (!name) return refuse(`Every model and enum needs a @@schema when the datasource lists schemas; choose one of ${list(ds.schemas)}`);
  if (!ds.schemas.includes(name)) return refuse(`"${name}" is not one of the datasource's schemas (${list(ds.schemas)}); add it to \`schemas\` in the datasource first`);

  const current = loc ? loc.info.schema : enumInfo!.schema;
  if (current === name) return refuse(`\`${args.model}\` is already in the schema "${name}"`);
  if (loc) {
    const info = loc.info;
    const table = info.dbName ?? info.name;
    const clash = [...schema.model.models, ...schema.model.views].find((m) => m !== info && m.schema === name && (m.dbName ?? m.name) === table);
    if (clash) return refuse(`\`${clash.name}\` already uses the name "${table}" in the schema "${name}"; rename or map one of them first`);
  }

  const file = schema.files.find((f) => f.path === (loc ? loc.file.path : enumInfo!.file))!;
  const block: BlockNode = loc ? loc.block : enumInfo!.block;
  const what = loc ? loc.info.kind : 'enum';
  const member = block.members.find((m) => m.kind === 'blockAttribute' && m.attribute.name === 'schema');
  if (member && member.kind === 'blockAttribute') {
    const arg = findArg(member.attribute, 'name', 0);
    if (!arg) return refuse(`The @@schema of \`${args.model}\` has no name to replace; fix it in the text`);
    return {
      ok: true,
      edits: [{ path: file.path, start: arg.value.range.start, end: arg.value.range.end, text: quote(name) }],
      message: `Moved the ${what} ${args.model} from the schema "${current}" to "${name}"`,
    };
  }
  const { offset, blankLineBefore } = insertionPoint(file.text, block);
  const line = `${memberIndent(file.text, block)}@@schema(${quote(name)})`;
  return {
    ok: true,
    edits: [insertLines(file.path, file.text, block, offset, blankLineBefore ? ['', line] : [line])],
    message: `The ${what} ${args.model} is now in the schema "${name}" (@@schema)`,
  };
}

/** After the last block attribute, else after the last field or enum value (with a blank line). */
function insertionPoint(text: string, block: BlockNode): { offset: number; blankLineBefore: boolean } {
  const values = block.members.filter((m) => m.kind === 'enumValue');
  if (block.kind !== 'enum' || block.members.some((m) => m.kind === 'blockAttribute') || !values.length) return blockAttributeInsertion(text, block);
  return { offset: values[values.length - 1].line.end, blankLineBefore: true };
}

function list(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

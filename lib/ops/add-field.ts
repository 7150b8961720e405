import type { ParsedSchema } from '../schema/document';
import { checkFieldName, done, fieldInsertionOffset, fieldLine, findModel, insertLines, refuse, type OpResult } from './shared';
import { parseTypeExpression, checkFieldType } from './types';

export interface AddFieldArgs {
  model: string;
  name: string;
  /** `String`, `String?`, `Role[]`, `Unsupported("circle")?` … */
  type: string;
  /** Attributes as written, e.g. `@unique @default("")`. */
  attributes?: string;
}

/** Adds a field after the model's last field, laid out in the block's columns. */
export function addField(schema: ParsedSchema, args: AddFieldArgs): OpResult {
  const loc = findModel(schema, args.model);
  if (!loc) return refuse(`There is no model called \`${args.model}\``);
  const name = args.name.trim();
  const nameProblem = checkFieldName(loc, name);
  if (nameProblem) return refuse(nameProblem);
  const type = parseTypeExpression(args.type);
  if (!type) return refuse(`\`${args.type}\` is not a type: write e.g. String, Int?, Role[]`);
  const typeProblem = checkFieldType(schema, type, loc.info.kind);
  if (typeProblem) return refuse(typeProblem);
  const attributes = (args.attributes ?? '').trim();
  if (attributes && !attributes.startsWith('@')) return refuse('Attributes start with @, e.g. @unique');
  const text = loc.file.text;
  const line = fieldLine(text, loc.block, name, type.text, attributes);
  const offset = fieldInsertionOffset(text, loc.block);
  return done([insertLines(loc.file.path, text, loc.block, offset, [line])], `Added ${loc.info.name}.${name}`);
}

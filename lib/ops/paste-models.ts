import type { BlockNode, FieldNode } from '../schema/ast';
import { parseSchema, type ParsedSchema } from '../schema/document';
import { isScalarType, type FieldInfo, type ModelInfo } from '../schema/model';
import type { TextEdit } from '../text/edits';
import { replaceInCell, sharedColumns } from './columns';
import { copyCleanupEdits, explicitConstraintNames, realignFields, sliceWithEdits } from './duplicate-model';
import { insertIntoBlock } from './relation-parts';
import { freeName, lowerFirst, plural, upperFirst } from './relation-naming';
import { blockAttributeInsertion, eol, fieldLine, findModel, insertLines, memberIndent, mergeRemovals, quote, refuse, removeMemberEdit, type ModelLocation, type OpResult } from './shared';

export interface PasteModelsArgs {
  /** Model, enum, view or composite-type blocks as text (from copyModelsText, this document or another). */
  text: string;
  /** The file to append them to; defaults to the file holding most models. */
  file?: string;
}

const PASTABLE = new Set(['model', 'view', 'enum', 'type']);
const SCRATCH = 'clipboard.prisma';

/** The block's text from its first doc line through `}`. */
function blockSource(text: string, block: BlockNode): string {
  return text.slice(block.line.start, block.closeBrace === null ? block.range.end : block.closeBrace + 1);
}

/**
 * The source text of the named models, views, enums and composite types, with their docs, in schema
 * order and separated by blank lines: what the canvas puts on the clipboard. Unknown names are skipped.
 */
export function copyModelsText(schema: ParsedSchema, names: readonly string[]): string {
  const wanted = new Set(names);
  const parts: string[] = [];
  let nl: string | null = null;
  for (const file of schema.files) {
    for (const block of file.blocks) {
      if (!PASTABLE.has(block.kind) || !wanted.has(block.name)) continue;
      nl ??= eol(file.text);
      parts.push(blockSource(file.text, block));
    }
  }
  return parts.length ? parts.join(nl! + nl!) + nl! : '';
}

function defaultFile(schema: ParsedSchema) {
  let best = schema.files[0];
  let bestCount = -1;
  for (const f of schema.files) {
    const count = f.blocks.filter((b) => b.kind === 'model').length;
    if (count > bestCount) [best, bestCount] = [f, count];
  }
  return best;
}

function schemaConvention(schema: ParsedSchema): string | null {
  const listed = schema.model.datasource?.schemas ?? [];
  if (!listed.length) return null;
  const counts = new Map<string, number>();
  for (const m of schema.model.models) if (m.schema && listed.includes(m.schema)) counts.set(m.schema, (counts.get(m.schema) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? listed[0];
}

/** Where a block attribute goes in an enum: after its values, with a blank line before the first one. */
function enumAttributeInsertion(text: string, block: BlockNode): { offset: number; blankLineBefore: boolean } {
  const members = block.members.filter((m) => m.kind === 'enumValue' || m.kind === 'blockAttribute');
  const last = members[members.length - 1];
  if (!last) return blockAttributeInsertion(text, block);
  return { offset: last.line.end, blankLineBefore: !members.some((m) => m.kind === 'blockAttribute') };
}

/** True when the fields (by name) are a unique criteria of the model: its primary key, a @unique or a @@unique. */
function isUniqueCriteria(model: ModelInfo, fields: readonly string[]): boolean {
  const same = (list: readonly string[] | null) => !!list && list.length === fields.length && list.every((f) => fields.includes(f));
  return same(model.primaryKey) || (fields.length === 1 && model.fields.some((f) => f.name === fields[0] && f.isUnique)) || model.uniques.some((u) => same(u.fields));
}

/** A field of unknown type is taken for a relation when it says so, is a list, or is optional without a default. */
function looksLikeRelation(field: FieldNode): boolean {
  const has = (name: string) => field.attributes.some((a) => a.name === name);
  return has('relation') || !!field.type?.list || (!!field.type?.optional && !has('default'));
}

interface BackRelation {
  target: ModelLocation;
  lines: string[];
  names: Set<string>;
}

/**
 * Pastes model and enum blocks copied as text. Blocks whose names are taken get the next free name
 * (`User` → `User2`) and the pasted fields follow; a renamed block drops `@@map` and `map:` names,
 * which would clash with the original's. An enum identical to one of the schema's (same name and
 * values) is not pasted again. Relation fields to models that are neither pasted nor in the schema
 * go; a foreign-key relation to a model of the schema stays when its `references:` fit, and that model
 * gets the back-relation field Prisma needs. `@@schema` follows the destination's multiSchema setup.
 */
export function pasteModels(schema: ParsedSchema, args: PasteModelsArgs): OpResult {
  const file = args.file ? schema.files.find((f) => f.path === args.file) : defaultFile(schema);
  if (!file) return refuse(args.file ? `There is no file called ${args.file}` : 'The schema has no files');
  const scratch = parseSchema([{ path: SCRATCH, text: args.text }]);
  const ast = scratch.files[0];
  if (ast.errors.length) return refuse(`The pasted text is not a valid Prisma schema: ${ast.errors[0].message}`);
  const blocks = ast.blocks.filter((b) => PASTABLE.has(b.kind));
  if (!blocks.length) return refuse('Nothing to paste: the text holds no model or enum blocks');
  const text = ast.text;
  const dest = schema.model;

  // ---- names
  const destNames = new Set(schema.files.flatMap((f) => f.blocks.filter((b) => PASTABLE.has(b.kind)).map((b) => b.name)));
  const reused = new Set<string>();
  for (const b of blocks) {
    if (b.kind !== 'enum') continue;
    const mine = scratch.model.enums.find((e) => e.block === b)!;
    const theirs = dest.enums.find((e) => e.name === b.name);
    if (theirs && JSON.stringify(theirs.values.map((v) => v.name)) === JSON.stringify(mine.values.map((v) => v.name))) reused.add(b.name);
  }
  const pasted = blocks.filter((b) => !reused.has(b.name));
  if (!pasted.length) return refuse(`The schema already has ${[...reused].join(', ')}`);
  const taken = new Set([...destNames, ...pasted.map((b) => b.name)]);
  const renamed = new Map<string, string>();
  for (const b of pasted) {
    if (!destNames.has(b.name)) continue;
    const base = b.name.replace(/\d+$/, '') || b.name;
    const name = freeName(base, taken);
    taken.add(name);
    renamed.set(b.name, name);
  }
  const finalName = (name: string) => renamed.get(name) ?? name;
  const pastedNames = new Set(pasted.map((b) => b.name));
  const schemas = dest.datasource?.schemas ?? [];
  // database names in use: tables (models and views) and enums, per database schema
  const dbNames = new Set([
    ...[...dest.models, ...dest.views].map((m) => `table ${schemas.length ? (m.schema ?? '') : ''}.${m.dbName ?? m.name}`),
    ...dest.enums.map((e) => `enum ${schemas.length ? (e.schema ?? '') : ''}.${e.dbName ?? e.name}`),
  ]);
  const dsName = dest.datasource?.name ?? null;
  const fallbackSchema = schemaConvention(schema);
  const constraintNames = new Set([...explicitConstraintNames(schema), ...explicitConstraintNames(scratch)]);

  const edits: TextEdit[] = [];
  const dropped: string[] = [];
  const backRelations = new Map<string, BackRelation>();
  const linked: string[] = [];
  let problem: string | null = null;
  const realign = new Set<BlockNode>();

  for (const block of pasted) {
    const info: ModelInfo | undefined = [...scratch.model.models, ...scratch.model.views, ...scratch.model.composites].find((m) => m.block === block);
    const newName = finalName(block.name);
    edits.push({ path: SCRATCH, start: block.nameRange.start, end: block.nameRange.end, text: newName });

    // ---- fields: renamed types, relations to keep or drop
    const drop = new Set<FieldNode>();
    let retyped = false;
    const forwardTo = new Map<string, number>();
    for (const field of info?.fields ?? []) {
      const type = field.type;
      if (pastedNames.has(type)) {
        if (renamed.has(type)) {
          edits.push(...replaceInCell(SCRATCH, text, block, field.node.type!.nameRange, finalName(type), field.node.type!.range.end));
          retyped = true;
        }
        continue;
      }
      if (isScalarType(type) || type === 'Unsupported' || reused.has(type)) continue;
      const target = findModel(schema, type);
      if (dest.enums.some((e) => e.name === type) || (target && target.info.kind === 'type')) continue;
      if (!target) {
        if (looksLikeRelation(field.node)) drop.add(field.node);
        else problem ??= `\`${block.name}.${field.name}\` has type \`${type}\`, which this schema does not define: copy it along`;
        continue;
      }
      const back = info && info.kind === 'model' && target.info.kind === 'model' ? backRelationFor(info, field, target, newName, block.name) : null;
      if (!back) {
        drop.add(field.node);
        continue;
      }
      forwardTo.set(type, (forwardTo.get(type) ?? 0) + 1);
      const entry = backRelations.get(type) ?? { target, lines: [], names: new Set(target.info.fields.map((f) => f.name)) };
      const qualified = `${field.name}${upperFirst(back.name)}`;
      const backName = !entry.names.has(back.name) ? back.name : forwardTo.get(type)! > 1 && !entry.names.has(qualified) ? qualified : freeName(back.name, entry.names);
      entry.names.add(backName);
      const relation = field.relation?.name ? `@relation(${quote(field.relation.name)})` : '';
      entry.lines.push(fieldLine(target.file.text, target.block, backName, back.type, relation));
      backRelations.set(type, entry);
      linked.push(`${type}.${backName}`);
    }
    for (const f of drop) dropped.push(`${block.name}.${f.name}`);
    // a copy that lost fields or got longer type names lines up again, as `prisma format` would
    if ((drop.size || retyped) && sharedColumns(text, block).size) realign.add(block);

    // ---- native types: `@pg.Uuid` from a datasource called `pg` becomes `@db.Uuid`
    for (const field of info?.fields ?? []) {
      for (const a of field.node.attributes) {
        const dot = a.name.indexOf('.');
        if (dot > 0 && dsName && a.name.slice(0, dot) !== dsName) edits.push({ path: SCRATCH, start: a.nameRange.start, end: a.nameRange.start + dot, text: dsName });
      }
    }

    // ---- @@schema, as the destination's datasource wants it
    const schemaAttr = block.members.find((m) => m.kind === 'blockAttribute' && m.attribute.name === 'schema');
    let dbSchema = '';
    if (!schemas.length) {
      if (schemaAttr) edits.push(removeMemberEdit(SCRATCH, text, schemaAttr));
    } else if (schemaAttr && schemaAttr.kind === 'blockAttribute') {
      const value = schemaAttr.attribute.args?.[0]?.value;
      dbSchema = value?.kind === 'string' && schemas.includes(value.value) ? value.value : fallbackSchema!;
      if (value && dbSchema !== (value.kind === 'string' ? value.value : null)) edits.push({ path: SCRATCH, start: value.range.start, end: value.range.end, text: quote(dbSchema) });
    } else {
      dbSchema = fallbackSchema!;
      const { offset, blankLineBefore } = block.kind === 'enum' ? enumAttributeInsertion(text, block) : blockAttributeInsertion(text, block);
      const line = `${memberIndent(text, block)}@@schema(${quote(fallbackSchema!)})`;
      edits.push(insertLines(SCRATCH, text, block, offset, blankLineBefore ? ['', line] : [line]));
    }

    // ---- names that would clash go (a renamed block is a copy of one here); relation fields that go
    const kind = block.kind === 'enum' ? 'enum' : 'table';
    const mapped = block.kind === 'enum' ? scratch.model.enums.find((e) => e.block === block)?.dbName : info?.dbName;
    const dropNames = renamed.has(block.name) || (!!mapped && dbNames.has(`${kind} ${dbSchema}.${mapped}`));
    edits.push(...copyCleanupEdits(SCRATCH, text, block, (f) => drop.has(f), dropNames, constraintNames).edits);
    dbNames.add(`${kind} ${dbSchema}.${dropNames || !mapped ? newName : mapped}`);
  }
  if (problem) return refuse(problem);

  // ---- the pasted text, appended to the file
  const merged = mergeRemovals(edits);
  const nl = eol(file.text);
  const pieces = pasted.map((b) => {
    const piece = sliceWithEdits(text, b.line.start, b.closeBrace! + 1, merged);
    return (realign.has(b) ? realignFields(piece) : piece).replace(/\r?\n/g, nl);
  });
  const dtext = file.text;
  let prefix = '';
  if (dtext.length && !dtext.endsWith('\n')) prefix = nl + nl;
  else if (dtext.trim().length && !/\n[ \t]*\r?\n$/.test(dtext)) prefix = nl;
  const out: TextEdit[] = [{ path: file.path, start: dtext.length, end: dtext.length, text: prefix + pieces.join(nl + nl) + nl }];
  for (const { target, lines } of backRelations.values()) out.push(...insertIntoBlock(target, lines, []));

  const names = pasted.map((b) => (renamed.has(b.name) ? `${b.name} as ${renamed.get(b.name)}` : b.name));
  let message = `Pasted ${names.join(', ')}`;
  if (reused.size) message += `; kept this schema's ${[...reused].join(', ')}`;
  if (dropped.length) message += `; left out relation field${dropped.length > 1 ? 's' : ''} ${dropped.join(', ')}`;
  if (linked.length) message += `; added back-relation${linked.length > 1 ? 's' : ''} ${linked.join(', ')}`;
  return { ok: true, edits: out, message };
}

/**
 * The back-relation a pasted foreign-key relation needs on a model of the schema, or null when the
 * relation cannot stay: it is not the side with `fields:`/`references:`, or the referenced fields are
 * not a unique criteria of the target, or the foreign-key types do not match.
 */
function backRelationFor(model: ModelInfo, field: FieldInfo, target: ModelLocation, newName: string, originalName: string): { name: string; type: string } | null {
  const rel = field.relation;
  if (!rel?.fields?.length || !rel.references?.length || rel.fields.length !== rel.references.length || field.list) return null;
  if (!isUniqueCriteria(target.info, rel.references)) return null;
  for (let i = 0; i < rel.fields.length; i++) {
    const fk = model.fields.find((f) => f.name === rel.fields![i]);
    const ref = target.info.fields.find((f) => f.name === rel.references![i]);
    if (!fk || !ref || fk.kind === 'object' || ref.kind === 'object' || fk.type !== ref.type || fk.list || ref.list) return null;
  }
  const oneToOne = isUniqueCriteria(model, rel.fields);
  // `Post` pasted as `Post2`: `posts2` reads better than `post2s`
  const suffix = newName !== originalName && newName.startsWith(originalName.replace(/\d+$/, '')) ? newName.slice(originalName.replace(/\d+$/, '').length) : '';
  const base = lowerFirst(originalName.replace(/\d+$/, '') || originalName);
  return oneToOne ? { name: base + suffix, type: `${newName}?` } : { name: plural(base) + suffix, type: `${newName}[]` };
}

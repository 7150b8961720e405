import type { ParsedSchema } from '../schema/document';
import { REFERENTIAL_ACTIONS, type FieldInfo } from '../schema/model';
import type { TextEdit } from '../text/edits';
import { addJoinModel } from './add-join-model';
import { coveredByIndex, insertIntoBlock, nativeTypeAttribute, referencedKey, relationsBetween } from './relation-parts';
import { freeName, lowerFirst, plural, upperFirst } from './relation-naming';
import { checkFieldName, fieldLine, findField, findModel, quote, refuse, type ModelLocation, type OpResult } from './shared';

export const RELATION_KINDS = ['1:n', '1:1', 'm:n', 'm:n (join model)'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export interface AddRelationArgs {
  /** The model that holds the foreign key (for m:n, the first side). */
  from: string;
  /** The referenced model. */
  to: string;
  kind: RelationKind;
  /** The relation field on `from`; a name Prisma users expect when empty. */
  field?: string;
  /** The back-relation field on `to`. */
  backField?: string;
  /** `Cascade`, `Restrict`, `NoAction`, `SetNull`, `SetDefault`; empty for Prisma's default. */
  onDelete?: string;
  /** Make the foreign key optional (1:n and 1:1). Self-relations default to optional. */
  optional?: boolean;
  /** The relation name; one is generated when Prisma needs it (self-relations, a second relation between a pair). */
  name?: string;
  /** The join model's name (m:n with a join model). */
  joinModel?: string;
}

/**
 * Adds a relation the way a careful Prisma user writes it: the foreign-key scalars with the
 * referenced key's type and native type, the `@relation(fields, references)` field, the back-relation
 * on the other model, and `@@index` on the foreign key (PostgreSQL does not index foreign keys).
 */
export function addRelation(schema: ParsedSchema, args: AddRelationArgs): OpResult {
  if (!RELATION_KINDS.includes(args.kind)) return refuse(`Unknown relation kind \`${args.kind}\`: use ${RELATION_KINDS.join(', ')}`);
  const from = modelFor(schema, args.from);
  if (typeof from === 'string') return refuse(from);
  const to = modelFor(schema, args.to);
  if (typeof to === 'string') return refuse(to);
  const onDelete = (args.onDelete ?? '').trim();
  if (onDelete && !(REFERENTIAL_ACTIONS as readonly string[]).includes(onDelete)) return refuse(`\`${onDelete}\` is not a referential action: use ${REFERENTIAL_ACTIONS.join(', ')}`);
  if (args.kind === 'm:n (join model)') return addJoinModel(schema, { ...args, onDelete }, from, to);
  if (schema.model.datasource?.provider === 'mongodb' && args.kind === 'm:n') return refuse('Implicit many-to-many relations on MongoDB need id lists; use a join model');
  return args.kind === 'm:n' ? addImplicitManyToMany(schema, args, from, to) : addOneTo(schema, { ...args, onDelete }, from, to);
}

function modelFor(schema: ParsedSchema, name: string): ModelLocation | string {
  const loc = findModel(schema, name.trim());
  if (!loc) return `There is no model called \`${name}\``;
  if (loc.info.kind !== 'model') return `\`${name}\` is a ${loc.info.kind === 'view' ? 'view' : 'composite type'}; relations join models`;
  return loc;
}

/** The relation name: the one asked for, else a generated one when Prisma needs it to tell relations apart. */
function relationName(schema: ParsedSchema, args: AddRelationArgs, field: string): string | null {
  const asked = args.name?.trim();
  if (asked) return asked;
  const self = args.from === args.to;
  const existing = relationsBetween(schema, args.from, args.to);
  if (!self && !existing.length) return null;
  const taken = new Set(existing.map((r) => r.name ?? ''));
  return freeName(`${args.from}${upperFirst(field)}`, taken);
}

function fieldNames(loc: ModelLocation, extra: readonly string[] = []): Set<string> {
  return new Set([...loc.info.fields.map((f) => f.name), ...extra]);
}

function addOneTo(schema: ParsedSchema, args: AddRelationArgs, from: ModelLocation, to: ModelLocation): OpResult {
  const self = from.info.name === to.info.name;
  const oneToOne = args.kind === '1:1';
  const key = referencedKey(to.info);
  if (!key) return refuse(`\`${to.info.name}\` has no @id or @unique field to reference; give it a primary key first`);

  const field = args.field?.trim() || (self ? (oneToOne ? 'previous' : 'parent') : lowerFirst(to.info.name));
  const fieldProblem = checkFieldName(from, field);
  if (fieldProblem) return refuse(fieldProblem);
  const optional = args.optional ?? self;
  if (args.onDelete === 'SetNull' && !optional) {
    return refuse('onDelete: SetNull needs an optional foreign key (a required column cannot be set to NULL); tick "Optional" or choose another action');
  }

  // Foreign-key scalars: reuse a same-typed scalar the user already added (e.g. `authorId Int`), else add one.
  const fkLines: string[] = [];
  const fks: string[] = [];
  let reusedOptional = false;
  const takenOnFrom = fieldNames(from, [field]);
  const keyFields = key.map((k) => findField(to, k)!);
  for (const target of keyFields) {
    const wanted = `${field}${upperFirst(target.name)}`;
    const existing = findField(from, wanted);
    if (existing && reusable(existing, target) && (!oneToOne || existing.isUnique || key.length > 1)) {
      fks.push(existing.name);
      if (existing.optional) reusedOptional = true;
      continue;
    }
    const name = freeName(wanted, takenOnFrom);
    takenOnFrom.add(name);
    fks.push(name);
    const attrs = [nativeTypeAttribute(schema, to, target), oneToOne && key.length === 1 ? '@unique' : null].filter(Boolean).join(' ');
    fkLines.push(fieldLine(from.file.text, from.block, name, `${target.type}${optional ? '?' : ''}`, attrs));
  }

  const askedBack = args.backField?.trim();
  const defaultBack = self ? (oneToOne ? 'next' : 'children') : oneToOne ? lowerFirst(from.info.name) : plural(lowerFirst(from.info.name));
  const takenOnTo = self ? takenOnFrom : fieldNames(to);
  if (askedBack && takenOnTo.has(askedBack)) return refuse(`\`${to.info.name}\` already has a field called \`${askedBack}\``);
  // A second relation to the same model: `editorPosts` beside `posts` reads better than `posts2`.
  const qualifiedBack = `${field}${upperFirst(defaultBack)}`;
  const backName = askedBack || (!takenOnTo.has(defaultBack) ? defaultBack : freeName(qualifiedBack, takenOnTo));
  const backProblem = checkFieldName(to, backName);
  if (backProblem) return refuse(backProblem);

  const name = relationName(schema, args, field);
  const relationArgs = [
    name ? quote(name) : null,
    `fields: [${fks.join(', ')}]`,
    `references: [${key.join(', ')}]`,
    args.onDelete ? `onDelete: ${args.onDelete}` : null,
  ].filter(Boolean);
  const relationLine = fieldLine(from.file.text, from.block, field, `${to.info.name}${optional || reusedOptional ? '?' : ''}`, `@relation(${relationArgs.join(', ')})`);
  const backLine = fieldLine(to.file.text, to.block, backName, `${from.info.name}${oneToOne ? '?' : '[]'}`, name ? `@relation(${quote(name)})` : '');

  const fromAttributes: string[] = [];
  const mongo = schema.model.datasource?.provider === 'mongodb';
  if (oneToOne && key.length > 1) fromAttributes.push(`@@unique([${fks.join(', ')}])`);
  else if (!oneToOne && !mongo && !coveredByIndex(from.info, fks)) fromAttributes.push(`@@index([${fks.join(', ')}])`);

  const edits: TextEdit[] = [];
  if (self) edits.push(...insertIntoBlock(from, [...fkLines, relationLine, backLine], fromAttributes));
  else {
    edits.push(...insertIntoBlock(from, [...fkLines, relationLine], fromAttributes));
    edits.push(...insertIntoBlock(to, [backLine], []));
  }
  const described = `${args.kind} relation ${from.info.name}.${field} → ${to.info.name}${name ? ` ("${name}")` : ''}`;
  return { ok: true, edits, message: `Added the ${described}, back-relation ${to.info.name}.${backName}` };
}

/** A scalar the user already wrote can serve as the foreign key when its type matches the target's. */
function reusable(existing: FieldInfo, target: FieldInfo): boolean {
  return existing.kind !== 'object' && !existing.list && !existing.isForeignKey && existing.type === target.type;
}

function addImplicitManyToMany(schema: ParsedSchema, args: AddRelationArgs, from: ModelLocation, to: ModelLocation): OpResult {
  const self = from.info.name === to.info.name;
  for (const side of [from, to]) {
    const pk = side.info.primaryKey;
    if (!pk || pk.length !== 1) return refuse(`An implicit many-to-many relation needs a single-field @id on \`${side.info.name}\`; use "m:n (join model)"`);
  }
  if (args.onDelete) return refuse('The join table of an implicit many-to-many relation always cascades; onDelete cannot be set (use a join model)');
  const field = args.field?.trim() || (self ? `related${upperFirst(plural(from.info.name))}` : plural(lowerFirst(to.info.name)));
  const fieldProblem = checkFieldName(from, field);
  if (fieldProblem) return refuse(fieldProblem);
  const back = args.backField?.trim() || (self ? `${field}Of` : plural(lowerFirst(from.info.name)));
  if (back === field) return refuse('The two sides of a self-relation need different field names');
  const backProblem = checkFieldName(to, back);
  if (backProblem) return refuse(backProblem);
  const name = relationName(schema, args, field);
  const attr = name ? `@relation(${quote(name)})` : '';
  const line = fieldLine(from.file.text, from.block, field, `${to.info.name}[]`, attr);
  const backLine = fieldLine(to.file.text, to.block, back, `${from.info.name}[]`, attr);
  const edits = self ? insertIntoBlock(from, [line, backLine], []) : [...insertIntoBlock(from, [line], []), ...insertIntoBlock(to, [backLine], [])];
  return { ok: true, edits, message: `Added the m:n relation ${from.info.name}.${field} ↔ ${to.info.name}.${back}${name ? ` ("${name}")` : ''}` };
}

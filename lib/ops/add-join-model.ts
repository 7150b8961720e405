import type { ParsedSchema } from '../schema/document';
import { checkTypeName, eol, fieldLine, findField, indentUnit, quote, refuse, type ModelLocation, type OpResult } from './shared';
import { insertIntoBlock, nativeTypeAttribute, referencedKey } from './relation-parts';
import { freeName, lowerFirst, plural, upperFirst } from './relation-naming';
import type { AddRelationArgs } from './add-relation';

interface Side {
  loc: ModelLocation;
  /** The relation field on the join model. */
  field: string;
  /** The list field on the side's model that lists its join rows. */
  listField: string;
  fks: { name: string; type: string; native: string | null }[];
  references: string[];
  relationName: string | null;
}

/**
 * An explicit many-to-many: a join model with a foreign key to each side, a compound `@@id` over
 * both keys (which also indexes the first), `@@index` on the second key, and a list of join rows on
 * each side. Join rows go with either side (`onDelete: Cascade` unless another action is asked for).
 */
export function addJoinModel(schema: ParsedSchema, args: AddRelationArgs, from: ModelLocation, to: ModelLocation): OpResult {
  const self = from.info.name === to.info.name;
  const joinName = args.joinModel?.trim() || (self ? `${from.info.name}${upperFirst(args.field?.trim() || 'Link')}` : `${from.info.name}${to.info.name}`);
  if (args.onDelete === 'SetNull' || args.onDelete === 'SetDefault') {
    return refuse(`A join model's foreign keys make up its primary key, which cannot be NULL or defaulted; use Cascade, Restrict or NoAction`);
  }
  const nameProblem = checkTypeName(schema, joinName);
  if (nameProblem) return refuse(nameProblem);
  const keyA = referencedKey(from.info);
  const keyB = referencedKey(to.info);
  if (!keyA) return refuse(`\`${from.info.name}\` has no @id or @unique field to reference; give it a primary key first`);
  if (!keyB) return refuse(`\`${to.info.name}\` has no @id or @unique field to reference; give it a primary key first`);

  const listA = args.field?.trim() || (self ? 'links' : plural(lowerFirst(to.info.name)));
  const listB = args.backField?.trim() || (self ? `${listA}Of` : plural(lowerFirst(from.info.name)));
  if (self && listA === listB) return refuse('The two sides of a self-relation need different field names');
  for (const [loc, name] of [[from, listA], [to, listB]] as const) {
    if (loc.info.fields.some((f) => f.name === name)) return refuse(`\`${loc.info.name}\` already has a field called \`${name}\``);
  }

  const fieldA = self ? 'source' : lowerFirst(from.info.name);
  const fieldB = self ? 'target' : lowerFirst(to.info.name);
  const taken = new Set<string>([fieldA, fieldB]);
  const side = (loc: ModelLocation, key: string[], field: string, listField: string): Side => ({
    loc,
    field,
    listField,
    references: key,
    relationName: self ? `${joinName}${upperFirst(field)}` : null,
    fks: key.map((k) => {
      const target = findField(loc, k)!;
      const name = freeName(`${field}${upperFirst(k)}`, taken);
      taken.add(name);
      return { name, type: target.type, native: nativeTypeAttribute(schema, loc, target) };
    }),
  });
  const a = side(from, keyA, fieldA, listA);
  const b = side(to, keyB, fieldB, listB);
  const onDelete = args.onDelete || 'Cascade';

  const rows: [string, string, string][] = [];
  for (const s of [a, b]) {
    for (const fk of s.fks) rows.push([fk.name, fk.type, fk.native ?? '']);
    const relArgs = [s.relationName ? quote(s.relationName) : null, `fields: [${s.fks.map((f) => f.name).join(', ')}]`, `references: [${s.references.join(', ')}]`, `onDelete: ${onDelete}`];
    rows.push([s.field, s.loc.info.name, `@relation(${relArgs.filter(Boolean).join(', ')})`]);
  }
  const file = from.file;
  const nl = eol(file.text);
  const indent = indentUnit(file.text);
  const nameWidth = Math.max(...rows.map((r) => r[0].length));
  const typeWidth = Math.max(...rows.map((r) => r[1].length));
  const lines = rows.map(([n, t, at]) => (at ? `${indent}${n.padEnd(nameWidth)} ${t.padEnd(typeWidth)} ${at}` : `${indent}${n.padEnd(nameWidth)} ${t}`).trimEnd());
  const ids = [...a.fks, ...b.fks].map((f) => f.name);
  lines.push('', `${indent}@@id([${ids.join(', ')}])`, `${indent}@@index([${b.fks.map((f) => f.name).join(', ')}])`);
  if (from.info.schema) lines.push(`${indent}@@schema(${quote(from.info.schema)})`);
  const block = `model ${joinName} {${nl}${lines.map((l) => l + nl).join('')}}${nl}`;
  const text = file.text;
  const prefix = !text.length ? '' : !text.endsWith('\n') ? nl + nl : /\n[ \t]*\r?\n$/.test(text) ? '' : nl;

  const listLine = (s: Side) => fieldLine(s.loc.file.text, s.loc.block, s.listField, `${joinName}[]`, s.relationName ? `@relation(${quote(s.relationName)})` : '');
  const edits = self
    ? insertIntoBlock(from, [listLine(a), listLine(b)], [])
    : [...insertIntoBlock(from, [listLine(a)], []), ...insertIntoBlock(to, [listLine(b)], [])];
  edits.push({ path: file.path, start: text.length, end: text.length, text: prefix + block });
  return { ok: true, edits, message: `Added the join model ${joinName} between ${from.info.name}.${listA} and ${to.info.name}.${listB}` };
}

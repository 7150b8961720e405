import type { BlockNode } from '../schema/ast';
import type { ParsedSchema } from '../schema/document';
import { isScalarType, SCALAR_TYPES, type FieldInfo, type FieldKind } from '../schema/model';
import { isPostgres } from '../schema/provider';
import type { Token } from '../schema/tokenize';
import {
  blockAttributes,
  BLOCK_KEYWORDS,
  DATASOURCE_PROPERTIES,
  DEFAULT_FUNCTIONS,
  FIELD_ATTRIBUTES,
  GENERATOR_PROPERTIES,
  nativeTypePrefix,
  PROPERTY_VALUES,
  RELATION_ARGUMENTS,
  SCALAR_DOCS,
  UNSUPPORTED_TYPE,
  type CatalogEntry,
} from './completion-catalog';
import { currentArgument, cursorContext, isPunct, ownerOfBracket, type CursorContext } from './completion-context';

export type CompletionKind = 'keyword' | 'type' | 'attribute' | 'function' | 'value' | 'field' | 'property';

export interface CompletionSuggestion {
  label: string;
  kind: CompletionKind;
  insertText: string;
  /** `insertText` uses Monaco snippet syntax (`${1:x}`, `$0`). */
  snippet: boolean;
  detail?: string;
  documentation?: string;
  /** UTF-16 offsets in the file: the partial word being replaced (with its `@`/`@@`). */
  replace: { start: number; end: number };
}

type Item = Omit<CompletionSuggestion, 'replace'>;

/**
 * Context-aware completion for Prisma schema text: block keywords, field types, attributes,
 * `@default` values, field names inside `@@index([…])`/`@relation(fields: […])`, and datasource and
 * generator properties. It complements prisma-fmt's `text_document_completion`, which covers only
 * engine contexts (`@db.` native types, `onDelete:` actions, preview features).
 *
 * Works on half-typed text. Suggestions are not filtered by the partial word: the editor's fuzzy
 * matching does that against `replace`. Returns [] inside comments, strings (except a datasource or
 * generator value) and wherever nothing fits.
 */
export function ownCompletions(parsed: ParsedSchema, path: string, offset: number): CompletionSuggestion[] {
  const file = parsed.files.find((f) => f.path === path);
  if (!file) return [];
  const ctx = cursorContext(file, offset);
  if (!ctx) return [];
  const items = suggest(parsed, ctx);
  const replace = { start: ctx.wordStart, end: offset };
  return items.map((item) => ({ ...item, replace }));
}

function suggest(parsed: ParsedSchema, ctx: CursorContext): Item[] {
  const block = ctx.block;
  if (!block) return topLevel(parsed, ctx);
  switch (block.kind) {
    case 'datasource':
    case 'generator':
      return configBlock(parsed, ctx, block);
    case 'enum':
      return enumBlock(parsed, ctx, block);
    default:
      return modelBlock(parsed, ctx, block);
  }
}

function entry(kind: CompletionKind, e: CatalogEntry): Item {
  const item: Item = { label: e.label, kind, insertText: e.insertText, snippet: e.snippet, detail: e.detail };
  if (e.documentation) item.documentation = e.documentation;
  return item;
}

function tokenText(ctx: CursorContext, t: Token): string {
  return ctx.text.slice(t.start, t.end);
}

/** True when nothing but whitespace separates the previous token from the (empty) word. */
function afterSpace(ctx: CursorContext, previous: Token): boolean {
  return ctx.wordStart > previous.end;
}

// ---------------------------------------------------------------- top level

function topLevel(parsed: ParsedSchema, ctx: CursorContext): Item[] {
  if (ctx.ats || ctx.string) return [];
  const lineStart = ctx.text.lastIndexOf('\n', ctx.wordStart - 1) + 1;
  if (ctx.text.slice(lineStart, ctx.wordStart).trim()) return [];
  // Prisma allows one datasource per schema.
  return BLOCK_KEYWORDS.filter((k) => k.label !== 'datasource' || !parsed.model.datasource).map((k) => entry('keyword', k));
}

// ---------------------------------------------------------------- datasource and generator

function configBlock(parsed: ParsedSchema, ctx: CursorContext, block: BlockNode): Item[] {
  const kind = block.kind as 'datasource' | 'generator';
  const st = ctx.statement;
  if (ctx.ats || ctx.open.length) return [];
  if (st.length === 0) {
    if (ctx.string) return [];
    const present = new Set(block.members.flatMap((m) => (m.kind === 'property' && m.keyRange.start !== ctx.wordStart ? [m.key] : [])));
    const catalog = kind === 'datasource' ? DATASOURCE_PROPERTIES : GENERATOR_PROPERTIES;
    const provider = parsed.model.datasource?.provider;
    return catalog
      .filter((p) => !present.has(p.label) && (p.label !== 'extensions' || !provider || isPostgres(provider)))
      .map((p) => entry('property', p));
  }
  if (st.length !== 2 || st[0].kind !== 'word' || !isPunct(ctx.text, st[1], '=')) return [];
  const values = PROPERTY_VALUES[kind][tokenText(ctx, st[0])] ?? [];
  if (ctx.string) {
    if (!/^[\w-]*$/.test(ctx.word)) return [];
    return values.map((v) => ({ label: v, kind: 'value', insertText: v, snippet: false }));
  }
  if (ctx.word && !/^[\w-]*$/.test(ctx.word)) return [];
  return values.map((v) => ({ label: `"${v}"`, kind: 'value', insertText: `"${v}"`, snippet: false }));
}

// ---------------------------------------------------------------- enum

function enumBlock(parsed: ParsedSchema, ctx: CursorContext, block: BlockNode): Item[] {
  const st = ctx.statement;
  if (ctx.string || ctx.open.length) return [];
  if (st.length === 0) {
    if (ctx.ats === 0 && ctx.word) return [];
    const attrs = blockAttributes(parsed.model.datasource?.schemas ?? []);
    const present = presentBlockAttributes(ctx, block);
    const offered = [attrs.map, ...(parsed.model.datasource?.schemas.length ? [attrs.schema] : [])];
    return offered.filter((a) => !present.has(attributeName(a))).map((a) => entry('attribute', a));
  }
  if (st[0].kind !== 'word' || ctx.ats === 2) return [];
  if (ctx.ats === 0 && (ctx.word || !afterSpace(ctx, st[st.length - 1]))) return [];
  return presentFieldAttributes(ctx, block).has('map') ? [] : [entry('attribute', FIELD_ATTRIBUTES.map)];
}

// ---------------------------------------------------------------- model, view, type

function modelBlock(parsed: ParsedSchema, ctx: CursorContext, block: BlockNode): Item[] {
  const st = ctx.statement;
  if (ctx.string) return [];
  if (ctx.open.length) return insideBrackets(parsed, ctx, block);
  if (st.length === 0) {
    if (ctx.ats === 0 && ctx.word) return []; // a field name is being typed
    return blockAttributeItems(parsed, ctx, block);
  }
  if (st[0].kind !== 'word') return [];
  if (st.length === 1) {
    if (ctx.ats || !afterSpace(ctx, st[0])) return [];
    return typeItems(parsed, block);
  }
  if (st[1].kind !== 'word' || ctx.ats === 2) return [];
  if (ctx.ats === 0 && (ctx.word || !afterSpace(ctx, st[st.length - 1]))) return [];
  return fieldAttributeItems(parsed, ctx, block);
}

function typeItems(parsed: ParsedSchema, block: BlockNode): Item[] {
  const m = parsed.model;
  // Composite types hold scalars, enums and other composite types, never relations.
  const relations = block.kind !== 'type';
  return [
    ...SCALAR_TYPES.map((t): Item => ({ label: t, kind: 'type', insertText: t, snippet: false, detail: 'Scalar type', documentation: SCALAR_DOCS[t] })),
    ...m.enums.map((e) => named(e.name, 'Enum', e.docs)),
    ...m.composites.map((c) => named(c.name, 'Composite type', c.docs)),
    ...(relations ? m.models.map((x) => named(x.name, 'Model (relation)', x.docs)) : []),
    ...(relations ? m.views.map((x) => named(x.name, 'View (relation)', x.docs)) : []),
    ...(relations ? [entry('type', UNSUPPORTED_TYPE)] : []),
  ];
}

function named(name: string, detail: string, docs: string): Item {
  const item: Item = { label: name, kind: 'type', insertText: name, snippet: false, detail };
  if (docs) item.documentation = docs;
  return item;
}

function blockAttributeItems(parsed: ParsedSchema, ctx: CursorContext, block: BlockNode): Item[] {
  if (block.kind === 'type') return []; // composite types take no block attributes
  const schemas = parsed.model.datasource?.schemas ?? [];
  const a = blockAttributes(schemas);
  const offered = block.kind === 'view' ? [a.id, a.unique, a.map, a.ignore] : [a.id, a.unique, a.index, a.map, a.ignore];
  if (schemas.length) offered.push(a.schema);
  const present = presentBlockAttributes(ctx, block);
  const repeatable = new Set(['unique', 'index']);
  return offered.filter((x) => repeatable.has(attributeName(x)) || !present.has(attributeName(x))).map((x) => entry('attribute', x));
}

/** `@@id([…])` → `id`. */
function attributeName(e: CatalogEntry): string {
  return /^@@?([\w.]+)/.exec(e.label)?.[1] ?? e.label;
}

function presentBlockAttributes(ctx: CursorContext, block: BlockNode): Set<string> {
  return new Set(block.members.flatMap((m) => (m.kind === 'blockAttribute' && m.range.start !== ctx.wordStart ? [m.attribute.name] : [])));
}

/**
 * Attribute names already on the member being written (`@id @db.Uuid` → `id`, `db`), before the
 * cursor and, from the syntax tree, after it; the attribute under the cursor does not count.
 */
function presentFieldAttributes(ctx: CursorContext, block: BlockNode): Set<string> {
  const st = ctx.statement;
  const names = new Set<string>();
  for (let k = 0; k + 1 < st.length; k++) {
    if (isPunct(ctx.text, st[k], '@') && st[k + 1].kind === 'word' && !isPunct(ctx.text, st[k - 1], '@')) names.add(tokenText(ctx, st[k + 1]));
  }
  const member = block.members.find((m) => (m.kind === 'field' || m.kind === 'enumValue') && m.nameRange.start === st[0]?.start);
  if (member && (member.kind === 'field' || member.kind === 'enumValue')) {
    for (const a of member.attributes) if (a.range.start !== ctx.wordStart && !a.block) names.add(a.name.split('.')[0]);
  }
  return names;
}

function typeKind(parsed: ParsedSchema, name: string): FieldKind {
  const m = parsed.model;
  if (isScalarType(name)) return 'scalar';
  if (name === 'Unsupported') return 'unsupported';
  if (m.enums.some((e) => e.name === name)) return 'enum';
  if (m.models.some((x) => x.name === name) || m.views.some((x) => x.name === name)) return 'object';
  if (m.composites.some((x) => x.name === name)) return 'composite';
  return 'unknown';
}

/** `[]` and `?` after the type in `statement` (skipping `Unsupported("…")`'s parentheses). */
function typeModifiers(ctx: CursorContext): { list: boolean; optional: boolean } {
  const st = ctx.statement;
  let j = 2;
  if (isPunct(ctx.text, st[j], '(')) {
    while (j < st.length && !isPunct(ctx.text, st[j], ')')) j++;
    j++;
  }
  const list = isPunct(ctx.text, st[j], '[') && isPunct(ctx.text, st[j + 1], ']');
  if (list) j += 2;
  return { list, optional: isPunct(ctx.text, st[j], '?') };
}

function fieldAttributeItems(parsed: ParsedSchema, ctx: CursorContext, block: BlockNode): Item[] {
  const st = ctx.statement;
  const type = tokenText(ctx, st[1]);
  const { list, optional } = typeModifiers(ctx);
  const kind = typeKind(parsed, type);
  const a = FIELD_ATTRIBUTES;
  const datasource = parsed.model.datasource;
  const native = datasource && kind === 'scalar' ? [nativeTypePrefix(datasource.name)] : [];
  let offered: CatalogEntry[];
  if (block.kind === 'type') offered = kind === 'composite' ? [a.map] : [a.default, a.map, ...native];
  else if (kind === 'object') offered = [list ? a.relationName : a.relation, a.ignore];
  else if (kind === 'composite') offered = [a.map];
  else {
    offered = [
      ...(list || optional ? [] : [a.id]),
      ...(list ? [] : [a.unique]),
      a.default,
      a.map,
      ...(type === 'DateTime' ? [a.updatedAt] : []),
      a.ignore,
      ...native,
    ];
  }
  const present = presentFieldAttributes(ctx, block);
  return offered.filter((x) => !present.has(attributeName(x).replace(/\.$/, ''))).map((x) => entry('attribute', x));
}

// ---------------------------------------------------------------- inside ( … ) and [ … ]

function insideBrackets(parsed: ParsedSchema, ctx: CursorContext, block: BlockNode): Item[] {
  const st = ctx.statement;
  const text = ctx.text;
  const top = ctx.open[ctx.open.length - 1];
  if (ctx.ats) return [];
  const isField = st[0]?.kind === 'word' && st[1]?.kind === 'word';
  if (isPunct(text, st[top], '(')) {
    const owner = ownerOfBracket(text, st, top);
    const arg = currentArgument(text, st, top, st.length);
    if (!owner || owner.ats !== 1 || !isField || arg.tokens.length) return [];
    if (owner.name === 'default' && arg.index === 0) return defaultValues(parsed, ctx);
    if (owner.name === 'relation') {
      const used = namedArguments(ctx, top);
      return RELATION_ARGUMENTS.filter((r) => !used.has(r.label)).map((r) => entry('property', r));
    }
    return [];
  }
  // `[`: a list argument of an attribute
  const paren = ctx.open[ctx.open.length - 2];
  if (paren === undefined || !isPunct(text, st[paren], '(')) return [];
  const last = st[st.length - 1];
  if (last !== st[top] && !isPunct(text, last, ',')) return []; // not at the start of an item
  const owner = ownerOfBracket(text, st, paren);
  const arg = currentArgument(text, st, paren, top);
  if (!owner) return [];
  const listed = listedNames(ctx, top);
  if (owner.ats === 2 && ['id', 'unique', 'index', 'fulltext'].includes(owner.name) && (arg.name === 'fields' || (arg.name === null && arg.index === 0))) {
    return fieldItems(parsed, block.name, listed);
  }
  if (owner.ats === 1 && owner.name === 'relation' && isField) {
    if (arg.name === 'fields') return fieldItems(parsed, block.name, listed);
    if (arg.name === 'references') return fieldItems(parsed, tokenText(ctx, st[1]), listed);
  }
  return [];
}

function defaultValues(parsed: ParsedSchema, ctx: CursorContext): Item[] {
  const st = ctx.statement;
  const type = tokenText(ctx, st[1]);
  const dbgenerated = DEFAULT_FUNCTIONS.filter((f) => f.types === null).map((f) => entry('function', f));
  if (typeModifiers(ctx).list) return dbgenerated; // list defaults are literal arrays
  const en = parsed.model.enums.find((e) => e.name === type);
  if (en) {
    return [...en.values.map((v): Item => ({ label: v.name, kind: 'value', insertText: v.name, snippet: false, detail: `${en.name} value` })), ...dbgenerated];
  }
  if (type === 'Boolean') {
    return [...['true', 'false'].map((v): Item => ({ label: v, kind: 'value', insertText: v, snippet: false })), ...dbgenerated];
  }
  return DEFAULT_FUNCTIONS.filter((f) => f.types === null || f.types.includes(type)).map((f) => entry('function', f));
}

/** Names of the named arguments already written inside the parenthesis at `statement[openIdx]`. */
function namedArguments(ctx: CursorContext, openIdx: number): Set<string> {
  return topLevelWords(ctx, openIdx, (k) => isPunct(ctx.text, ctx.statement[k + 1], ':'));
}

/** Field names already in the list at `statement[openIdx]` (`[a, b(sort: Desc)]` → a, b). */
function listedNames(ctx: CursorContext, openIdx: number): Set<string> {
  return topLevelWords(ctx, openIdx, () => true);
}

/** The words directly inside the bracket at `statement[openIdx]` (not nested deeper) that `keep` accepts. */
function topLevelWords(ctx: CursorContext, openIdx: number, keep: (k: number) => boolean): Set<string> {
  const st = ctx.statement;
  const names = new Set<string>();
  let depth = 0;
  for (let k = openIdx + 1; k < st.length; k++) {
    const ch = st[k].kind === 'punct' ? ctx.text[st[k].start] : '';
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (depth === 0 && st[k].kind === 'word' && keep(k)) names.add(tokenText(ctx, st[k]));
  }
  return names;
}

/** The scalar and enum fields of a model, view or composite type, for field lists. */
function fieldItems(parsed: ParsedSchema, modelName: string, exclude: ReadonlySet<string>): Item[] {
  const m = parsed.model;
  const model = [...m.models, ...m.views, ...m.composites].find((x) => x.name === modelName);
  if (!model) return [];
  return model.fields.filter((f) => (f.kind === 'scalar' || f.kind === 'enum') && !exclude.has(f.name)).map((f) => fieldItem(f, model.primaryKey));
}

function fieldItem(f: FieldInfo, primaryKey: readonly string[] | null): Item {
  const role = primaryKey?.includes(f.name) ? ' · primary key' : f.isUnique ? ' · unique' : '';
  const item: Item = { label: f.name, kind: 'field', insertText: f.name, snippet: false, detail: `${f.type}${f.list ? '[]' : ''}${f.optional ? '?' : ''}${role}` };
  if (f.docs) item.documentation = f.docs;
  return item;
}

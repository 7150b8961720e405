import type { ListedIndex } from '../../../ops/list-indexes';
import type { IndexFieldSpec } from '../../../ops/index-spec';
import type { FieldInfo, ModelInfo } from '../../../schema/model';
import type { ParsedSchema } from '../../../schema/document';
import { AdvisoryContext } from '../../context';
import type { Advisory, AdvisoryDraft } from '../../types';

/** What the index rules compare (catalogue §5.3): btree-ness, partial-ness and columns with their options. */

export const isBtree = (index: ListedIndex): boolean => !index.type || index.type === 'BTree';

/** A btree without `where:`: the only kind whose columns say everything about what it serves. */
export const isPlainBtree = (index: ListedIndex): boolean => isBtree(index) && !index.partial;

const squash = (text: string | undefined) => (text ?? '').replace(/\s+/g, '');

/** Same column with the same sort (Asc when unwritten), operator class and length. */
export function sameColumn(a: IndexFieldSpec, b: IndexFieldSpec): boolean {
  return a.name === b.name && (a.sort ?? 'Asc') === (b.sort ?? 'Asc') && squash(a.ops) === squash(b.ops) && a.length === b.length;
}

export function sameColumns(a: ListedIndex, b: ListedIndex): boolean {
  return a.fields.length === b.fields.length && a.fields.every((f, k) => sameColumn(f, b.fields[k]));
}

/** `b` is longer than `a` and starts with `a`'s columns, in order and with the same options. */
export function isLeadingPrefix(a: ListedIndex, b: ListedIndex): boolean {
  return b.fields.length > a.fields.length && a.fields.every((f, k) => sameColumn(f, b.fields[k]));
}

/** The primary key or unique (plain btree) whose columns a plain `@@index` repeats exactly. */
export function uniqueTwin(index: ListedIndex, all: readonly ListedIndex[]): ListedIndex | undefined {
  if (index.kind !== 'index' || !isPlainBtree(index)) return undefined;
  return all.find((o) => o !== index && o.kind !== 'index' && isPlainBtree(o) && sameColumns(index, o));
}

/** A nullable timestamp that marks a row as soft-deleted (`deletedAt`, `archived_at`, `removedAt`…). */
export const isSoftDeleteField = (field: FieldInfo): boolean =>
  field.type === 'DateTime' && field.optional && !field.list && /^(deleted|archived|removed)(At|_at)$/.test(field.name);

/** The index contains every primary-key column, so it is unique whatever else it holds. */
export function containsPrimaryKey(model: ModelInfo, index: ListedIndex): boolean {
  const pk = model.primaryKey ?? [];
  return pk.length > 0 && pk.every((c) => index.fields.some((f) => f.name === c));
}

/** How an index reads in a message: `@@index([a, b])`, or `email @unique` for one written on its field. */
export const describeIndex = (index: ListedIndex): string => (index.level === 'field' ? `${index.fields[0]?.name} ${index.text}` : index.text);

export const columnList = (index: ListedIndex): string => index.fields.map((f) => f.name).join(', ');

/** The `where:` argument as written (whitespace removed), or '' when the index is not partial. */
export function whereText(ctx: AdvisoryContext, model: ModelInfo, index: ListedIndex): string {
  if (!index.partial) return '';
  for (const m of model.block.members) {
    const attributes = m.kind === 'field' ? m.attributes : m.kind === 'blockAttribute' ? [m.attribute] : [];
    const attribute = attributes.find((a) => a.range.start === index.range.start);
    const where = attribute?.args?.find((a) => a.name === 'where');
    if (where) return squash(ctx.fileText(model.file).slice(where.value.range.start, where.value.range.end));
  }
  return '';
}

/**
 * A comment on the index that says it is partial in the database (`// partial: WHERE deleted_at IS
 * NULL, see migration`), written by hand because the Prisma version cannot express `where:`. Its
 * columns do not say what it serves, so calling it redundant (and deleting it) would do harm.
 */
const PARTIAL_COMMENT = /partial|\bwhere\b|hand[- ]?(written|edited|made)|custom migration|concurrently/i;

export function meantAsPartial(model: ModelInfo, index: ListedIndex): boolean {
  const members = model.block.members;
  for (let k = 0; k < members.length; k++) {
    const m = members[k];
    if (m.kind !== 'field' && m.kind !== 'blockAttribute') continue;
    const attributes = m.kind === 'field' ? m.attributes : [m.attribute];
    if (!attributes.some((a) => a.range.start === index.range.start)) continue;
    const comments = [...m.docs, ...(m.trailingComment ? [m.trailingComment] : [])];
    // `//` lines right above the index are members of their own.
    for (let j = k - 1; j >= 0; j--) {
      const above = members[j];
      if (above.kind !== 'comment') break;
      comments.push(above);
    }
    return comments.some((c) => PARTIAL_COMMENT.test(c.text));
  }
  return false;
}

/** Draft fields that let a fix find the same index again: its position, text and columns (`@unique` alone says little). */
export function indexData(index: ListedIndex): Record<string, unknown> {
  return { position: index.position, index: index.text, columns: columnList(index) };
}

/**
 * The model and index an index advisory is about, re-read from the schema the fix is given: same text
 * and columns, preferably at the recorded position.
 */
export function locateIndex(schema: ParsedSchema, advisory: Advisory | AdvisoryDraft): { ctx: AdvisoryContext; model: ModelInfo; index: ListedIndex } | null {
  const ctx = new AdvisoryContext(schema);
  const model = ctx.modelNamed(advisory.target.model);
  const written = advisory.data?.index;
  if (!model || model.ignored || typeof written !== 'string') return null;
  const list = ctx.indexes(model.name).filter((i) => i.text === written && columnList(i) === advisory.data?.columns);
  const index = list.find((i) => i.position === advisory.data?.position) ?? list[0];
  return index ? { ctx, model, index } : null;
}

import type { Arg } from '../schema/ast';
import type { ParsedSchema } from '../schema/document';
import { applyEditsToText, type TextEdit } from '../text/edits';
import { checkIndexSpec, formatIndexFields, indexAttributes, normalizeIndexType, parseIndexFields, readIndexAttribute, uniqueRemovalProblem, INDEX_TYPES, type IndexSpec } from './index-spec';
import { blockAttributeFieldList, findModel, quote, refuse, type OpResult } from './shared';

export interface UpdateIndexArgs {
  model: string;
  /** Position among the model's `@@index`/`@@unique` lines, 0-based (see listIndexes). */
  index: number;
  /** Swaps `@@index` ↔ `@@unique`. */
  kind?: 'index' | 'unique';
  /** The form's text: `a, b(sort: Desc)`. */
  fields?: string;
  /** An index type; empty to remove `type:`. */
  type?: string;
  /** The constraint name; empty to remove `map:`. */
  map?: string;
  /** `@@unique` only: the compound unique's name; empty to remove `name:`. */
  name?: string;
}

/** `undefined` keeps what is written, an empty string removes it. */
function option(value: string | undefined, old: string | undefined): string | undefined {
  if (value === undefined) return old;
  return value.trim() || undefined;
}

const sameFields = (a: IndexSpec['fields'], b: IndexSpec['fields']) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Rewrites one `@@index`/`@@unique` in place: only the parts that change are patched, so the line,
 * its comments, the order of its arguments and anything else written in it stay.
 */
export function updateIndex(schema: ParsedSchema, args: UpdateIndexArgs): OpResult {
  const loc = findModel(schema, args.model);
  if (!loc) return refuse(`There is no model called \`${args.model}\``);
  const member = indexAttributes(loc.block)[args.index];
  if (!member) return refuse(`\`${args.model}\` has no @@index or @@unique at position ${args.index}`);
  const { path, text } = loc.file;
  const attribute = member.attribute;
  const old = readIndexAttribute(text, attribute)!;
  const list = blockAttributeFieldList(attribute);
  if (!list) return refuse(`${text.slice(attribute.range.start, attribute.range.end)} has no field list to edit; fix it in the text`);

  const kind = args.kind ?? old.kind;
  if (kind !== 'index' && kind !== 'unique') return refuse(`\`${String(kind)}\` is not an index kind: use index or unique`);
  let fields = old.fields;
  if (args.fields !== undefined) {
    const parsed = parseIndexFields(args.fields);
    if (!parsed.ok) return refuse(parsed.error);
    fields = parsed.fields;
  }
  const typeText = option(args.type, old.type);
  const type = typeText === undefined ? undefined : normalizeIndexType(typeText);
  if (type === null) return refuse(`\`${typeText}\` is not an index type: use ${INDEX_TYPES.join(', ')}`);
  const spec: IndexSpec = { kind, fields };
  if (type) spec.type = type;
  const map = option(args.map, old.map);
  if (map) spec.map = map;
  const name = kind === 'unique' ? option(args.name, old.name) : undefined;
  if (name) spec.name = name;

  if (old.kind === 'unique' && (kind !== 'unique' || !sameFields(fields.map((f) => ({ name: f.name })), old.fields.map((f) => ({ name: f.name }))))) {
    const problem = uniqueRemovalProblem(schema, loc, attribute);
    if (problem) return refuse(problem);
  }
  const problem = checkIndexSpec(schema, loc, spec, attribute);
  if (problem) return refuse(problem);

  const edits: TextEdit[] = [];
  if (kind !== old.kind) edits.push({ path, start: attribute.nameRange.start, end: attribute.nameRange.end, text: kind });
  if (!sameFields(fields, old.fields)) {
    edits.push({ path, start: list.value.range.start, end: list.value.range.end, text: `[${formatIndexFields(fields)}]` });
  }
  const written = attribute.args ?? [];
  const appended: string[] = [];
  const setArg = (argName: string, value: string | undefined) => {
    const index = written.findIndex((a) => a.name === argName);
    const current: Arg | undefined = written[index];
    const currentText = current ? text.slice(current.value.range.start, current.value.range.end) : undefined;
    if (value === currentText) return;
    if (value === undefined) {
      // remove with the comma before it (or after it, when it comes first)
      if (index > 0) edits.push({ path, start: written[index - 1].range.end, end: current!.range.end, text: '' });
      else edits.push({ path, start: current!.range.start, end: written[1].range.start, text: '' });
    } else if (current) {
      edits.push({ path, start: current.value.range.start, end: current.value.range.end, text: value });
    } else {
      appended.push(`${argName}: ${value}`);
    }
  };
  // a legacy `name:` on an @@index stays unless the index becomes a @@unique
  if (kind === 'unique' || old.kind === 'unique') setArg('name', spec.name !== undefined ? quote(spec.name) : undefined);
  setArg('type', spec.type);
  setArg('map', spec.map !== undefined ? quote(spec.map) : undefined);
  if (appended.length) {
    const last = written[written.length - 1];
    const at = last ? last.range.end : attribute.argsRange!.start + 1;
    edits.push({ path, start: at, end: at, text: (last ? ', ' : '') + appended.join(', ') });
  }
  if (!edits.length) return refuse('Nothing to change: the index already reads like that');
  const { start, end } = attribute.range;
  const after = applyEditsToText(text.slice(start, end), edits.map((e) => ({ start: e.start - start, end: e.end - start, text: e.text })));
  return { ok: true, edits, message: `${loc.info.name}: ${text.slice(start, end)} → ${after}` };
}

import type { CommentNode } from '../schema/ast';
import type { ParsedSchema } from '../schema/document';
import type { TextEdit } from '../text/edits';
import { eol, findModel, refuse, type OpResult } from './shared';

export interface SetDocumentationArgs {
  /** A model, view, composite type or enum. */
  model: string;
  /** Document this field (or enum value) instead of the block. */
  field?: string;
  /** The documentation; several lines become several `///` lines; empty removes it. */
  text: string;
}

/**
 * Writes the doc comment above a model or field: one `///` line per line of text, indented like the
 * line it documents, replacing the doc comment lines Prisma attaches there (a `/** … *\/` doc comment
 * keeps its style). Plain `//` comments are never touched.
 */
export function setDocumentation(schema: ParsedSchema, args: SetDocumentationArgs): OpResult {
  const loc = findModel(schema, args.model);
  const enumInfo = loc ? null : schema.model.enums.find((e) => e.name === args.model);
  if (!loc && !enumInfo) return refuse(`There is no model called \`${args.model}\``);
  const file = schema.files.find((f) => f.path === (loc ? loc.file.path : enumInfo!.file))!;
  const block = loc ? loc.block : enumInfo!.block;
  const text = file.text;
  const path = file.path;

  let docs: readonly CommentNode[];
  let trailing: CommentNode | null = null;
  let lineStart: number;
  let contentStart: number;
  let label: string;
  if (args.field) {
    const member = block.members.find((m) => (m.kind === 'field' || m.kind === 'enumValue') && m.name === args.field);
    if (!member || (member.kind !== 'field' && member.kind !== 'enumValue')) {
      return refuse(`\`${args.model}\` has no ${enumInfo ? 'value' : 'field'} called \`${args.field}\``);
    }
    docs = member.docs;
    trailing = member.trailingComment?.doc ? member.trailingComment : null;
    lineStart = member.line.start;
    contentStart = member.nameRange.start;
    label = `${args.model}.${args.field}`;
  } else {
    docs = block.docs;
    lineStart = text.lastIndexOf('\n', block.keywordRange.start - 1) + 1;
    contentStart = block.keywordRange.start;
    label = args.model;
  }
  const indent = text.slice(lineStart, contentStart);
  if (!/^[ \t]*$/.test(indent)) return refuse(`\`${label}\` shares its line with other code; put it on its own line first`);
  for (const d of docs) {
    const before = text.slice(d.line.start, d.range.start);
    const after = text.slice(d.range.end, d.line.end);
    if (!/^[ \t]*$/.test(before) || !/^[ \t]*\r?\n?$/.test(after)) return refuse(`The doc comment of \`${label}\` shares its line with other code; edit it in the text`);
  }

  const lines = args.text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd());
  while (lines.length && !lines[0]) lines.shift();
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  const current = [...docs, ...(trailing ? [trailing] : [])];
  const currentText = current.length ? docText(current) : '';
  if (lines.join('\n') === currentText) return refuse(lines.length ? `\`${label}\` already has this documentation` : `\`${label}\` has no documentation to remove`);

  const nl = eol(text);
  const blockStyle = docs.length === 1 && !docs[0].doc && !lines.some((l) => l.includes('*/'));
  let written: string;
  if (!lines.length) written = '';
  else if (blockStyle && lines.length === 1 && !/[\r\n]/.test(docs[0].text)) written = `${indent}/** ${lines[0]} */${nl}`;
  else if (blockStyle) written = [`${indent}/**`, ...lines.map((l) => `${indent} *${l ? ` ${l}` : ''}`), `${indent} */`].map((l) => l + nl).join('');
  else written = lines.map((l) => `${indent}///${l ? ` ${l}` : ''}${nl}`).join('');

  const edits: TextEdit[] = [];
  // A one-line `///` after the member on its own line stays there when the new text is one line too.
  if (trailing && !docs.length && lines.length === 1) {
    edits.push({ path, start: trailing.range.start, end: trailing.range.end, text: `/// ${lines[0]}` });
  } else {
    if (trailing) {
      let start = trailing.range.start;
      while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
      edits.push({ path, start, end: trailing.range.end, text: '' });
    }
    // The new lines take the place of the last doc comment line: `//` lines between doc lines stay put.
    docs.forEach((d, i) => edits.push({ path, start: d.line.start, end: d.line.end, text: i === docs.length - 1 ? written : '' }));
    if (!docs.length && written) {
      // Above a block, the edit spans its first word so it counts as part of the block, which the new docs join.
      const end = args.field ? lineStart : block.keywordRange.end;
      edits.push({ path, start: lineStart, end, text: written + text.slice(lineStart, end) });
    }
  }
  const message = !lines.length ? `Removed the documentation of ${label}` : current.length ? `Updated the documentation of ${label}` : `Documented ${label}`;
  return { ok: true, edits, message };
}

function docText(docs: readonly CommentNode[]): string {
  return docs
    .flatMap((d) => {
      if (d.doc) return [d.text.slice(3).trim()];
      const inner = d.text.replace(/^\/\*\*?/, '').replace(/\*\/$/, '');
      return inner
        .split(/\r?\n/)
        .map((l) => l.replace(/^\s*\*( |$)?/, '').trimEnd())
        .join('\n')
        .replace(/^\n+|\n+$/g, '')
        .split('\n');
    })
    .join('\n');
}

import type { BlockNode, PropertyNode } from '../schema/ast';
import type { ParsedSchema } from '../schema/document';
import type { TextEdit } from '../text/edits';
import { eol, memberIndent, refuse, type OpResult } from './shared';

export interface DeclareExtensionsArgs {
  /** As the datasource writes them: `pg_trgm`, `uuid_ossp(map: "uuid-ossp")`. */
  declarations: string[];
}

const PREVIEW = 'postgresqlExtensions';

function property(block: BlockNode, key: string): PropertyNode | undefined {
  return block.members.find((m): m is PropertyNode => m.kind === 'property' && m.key === key);
}

/** The identifier a declaration starts with (`uuid_ossp` of `uuid_ossp(map: "uuid-ossp")`). */
const identifier = (declaration: string) => /^[\w]+/.exec(declaration)?.[0] ?? declaration;

/**
 * Adds extensions to the datasource's `extensions = [...]` (creating the property after the last one
 * written) and `postgresqlExtensions` to the client generators' `previewFeatures`, which every Prisma
 * version from 5 to 7 needs for `extensions`. Extensions already declared are left alone.
 */
export function declareExtensions(schema: ParsedSchema, args: DeclareExtensionsArgs): OpResult {
  const ds = schema.model.datasource;
  if (!ds) return refuse('The schema has no datasource block');
  const edits: TextEdit[] = [];
  const dsFile = schema.files.find((f) => f.path === ds.file)!;
  const existing = property(ds.block, 'extensions');
  const value = existing?.value;
  const written = new Set(value?.kind === 'array' ? value.items.map((i) => (i.kind === 'call' ? i.name : '')) : []);
  const wanted = args.declarations.filter((d) => !written.has(identifier(d)));
  if (wanted.length) {
    if (value?.kind === 'array') {
      const close = value.range.end - 1;
      edits.push({ path: ds.file, start: close, end: close, text: `${value.items.length ? ', ' : ''}${wanted.join(', ')}` });
    } else if (existing) {
      return refuse('The datasource has an `extensions` property that is not a list');
    } else {
      edits.push(appendProperty(dsFile.path, dsFile.text, ds.block, `extensions = [${wanted.join(', ')}]`));
    }
  }
  const clients = schema.model.generators.filter((g) => /prisma-client/.test(g.provider ?? ''));
  for (const g of clients.length ? clients : schema.model.generators.slice(0, 1)) {
    if (g.previewFeatures.includes(PREVIEW)) continue;
    const file = schema.files.find((f) => f.path === g.file)!;
    const preview = property(g.block, 'previewFeatures')?.value;
    if (preview?.kind === 'array') {
      const close = preview.range.end - 1;
      edits.push({ path: g.file, start: close, end: close, text: `${preview.items.length ? ', ' : ''}"${PREVIEW}"` });
    } else if (!preview) {
      edits.push(appendProperty(file.path, file.text, g.block, `previewFeatures = ["${PREVIEW}"]`));
    }
  }
  if (!edits.length) return refuse('The extensions are already declared');
  return { ok: true, edits, message: `Declared ${args.declarations.map(identifier).join(', ')}` };
}

/** A new `key = value` line after the block's last property (or member), indented like them. */
function appendProperty(path: string, text: string, block: BlockNode, line: string): TextEdit {
  const nl = eol(text);
  const props = block.members.filter((m) => m.kind === 'property');
  const last = (props.length ? props : block.members).at(-1);
  const indent = memberIndent(text, block);
  if (last) return { path, start: last.line.end, end: last.line.end, text: `${text[last.line.end - 1] === '\n' ? '' : nl}${indent}${line}${nl}` };
  const at = block.openBrace + 1;
  return { path, start: at, end: at, text: `${nl}${indent}${line}${nl}` };
}

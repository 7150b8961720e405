/**
 * Concrete syntax of a `.prisma` file with source ranges.
 *
 * Every offset is a UTF-16 code unit index into the file text (what JavaScript strings, Monaco and
 * prisma-fmt's `lint` use). Ranges are half-open: `[start, end)`. The tree is built by a tolerant
 * scanner (parse.ts) so that it exists for text Prisma rejects, which is how the diagram can render
 * Prisma 5 and Prisma 7 schemas alike and how canvas operations find where to patch.
 */

export interface Range {
  start: number;
  end: number;
}

export type Value =
  | { kind: 'string'; value: string; range: Range }
  | { kind: 'number'; raw: string; range: Range }
  | { kind: 'array'; items: Value[]; range: Range }
  /** A bare identifier (`Cascade`, `id`) or a call (`now()`, `dbgenerated("…")`, `id(sort: Desc)`). `args` is null without parentheses. */
  | { kind: 'call'; name: string; nameRange: Range; args: Arg[] | null; range: Range }
  /** An object literal, e.g. the partial-index filter in `@@index([a], where: { flag: true })` (Prisma 7). Entries are named args. */
  | { kind: 'object'; entries: Arg[]; range: Range }
  /** Anything the scanner could not make sense of; kept so ranges stay complete. */
  | { kind: 'unknown'; raw: string; range: Range };

export interface Arg {
  /** `fields` in `fields: [a]`; null for a positional argument. */
  name: string | null;
  value: Value;
  range: Range;
}

export interface AttributeNode {
  /** Without the `@`/`@@`: `id`, `default`, `db.VarChar`, `relation`, `index`. */
  name: string;
  block: boolean;
  /** From the first `@` to the closing parenthesis (or the end of the name). */
  range: Range;
  nameRange: Range;
  args: Arg[] | null;
  /** The parentheses themselves, inclusive. */
  argsRange: Range | null;
}

export interface TypeNode {
  /** `String`, `User`, or `Unsupported` for `Unsupported("…")`. */
  name: string;
  nameRange: Range;
  /** The whole type expression including `?`/`[]`. */
  range: Range;
  optional: boolean;
  list: boolean;
  /** The database type of `Unsupported("circle")`, else null. */
  unsupported: string | null;
}

/** A comment line inside or between blocks. `doc` is true for `///`. */
export interface CommentNode {
  kind: 'comment';
  range: Range;
  line: Range;
  doc: boolean;
  text: string;
}

interface MemberBase {
  /** From the start of the member's line to just after its newline (or the end of the text). */
  line: Range;
  /**
   * Doc comments above the member, in order: the last group of `///` lines (and `/* *\/` comments
   * that start their line) before it, as Prisma attaches them.
   */
  docs: CommentNode[];
  /** A `//` or `///` comment after the member on the same line. */
  trailingComment: CommentNode | null;
}

export interface FieldNode extends MemberBase {
  kind: 'field';
  name: string;
  nameRange: Range;
  type: TypeNode | null;
  attributes: AttributeNode[];
  /** From the name to the end of the last attribute. */
  range: Range;
}

export interface BlockAttributeNode extends MemberBase {
  kind: 'blockAttribute';
  attribute: AttributeNode;
  range: Range;
}

export interface EnumValueNode extends MemberBase {
  kind: 'enumValue';
  name: string;
  nameRange: Range;
  attributes: AttributeNode[];
  range: Range;
}

/** `key = value` in a datasource or generator block. */
export interface PropertyNode extends MemberBase {
  kind: 'property';
  key: string;
  keyRange: Range;
  value: Value | null;
  range: Range;
}

export type MemberNode = FieldNode | BlockAttributeNode | EnumValueNode | PropertyNode | CommentNode;

export type BlockKind = 'model' | 'view' | 'enum' | 'type' | 'datasource' | 'generator';

export interface BlockNode {
  kind: BlockKind;
  name: string;
  nameRange: Range;
  keywordRange: Range;
  /** From the keyword to just after the closing brace (or the end of the text when unterminated). */
  range: Range;
  openBrace: number;
  /** Offset of `}`; null when the block is not closed. */
  closeBrace: number | null;
  members: MemberNode[];
  /** `///` lines (and `/* *\/` comments that start their line) directly above the block. */
  docs: CommentNode[];
  /** From the start of the first doc line (or keyword line) to just after the newline that follows `}`. */
  line: Range;
}

export interface SyntaxError {
  message: string;
  range: Range;
}

export interface SchemaFileAst {
  path: string;
  text: string;
  blocks: BlockNode[];
  /** Comments between blocks (not attached as docs). */
  comments: CommentNode[];
  errors: SyntaxError[];
}

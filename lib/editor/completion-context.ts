import type { BlockNode, SchemaFileAst } from '../schema/ast';
import { tokenize, type Token } from '../schema/tokenize';

/**
 * Where the cursor is, read from the raw tokens around it rather than from the syntax tree: while
 * typing, the line under the cursor is usually half-written and the tree has no node for it.
 */
export interface CursorContext {
  text: string;
  offset: number;
  /** Start of the partial word being replaced, including a leading `@`/`@@`. */
  wordStart: number;
  /** The partial word, e.g. `Str`, `@de`, `@@` or `` (nothing typed yet). */
  word: string;
  /** How many `@` start the partial word: 0, 1 or 2. */
  ats: number;
  /** The block whose body holds the cursor; null at the top level. */
  block: BlockNode | null;
  /**
   * Tokens of the member being written, up to the partial word; comments are dropped. A member
   * normally ends with its line, but continues across lines while a bracket is open.
   */
  statement: Token[];
  /** Indexes into `statement` of the brackets still open at the cursor, outermost first. */
  open: number[];
  /** When the cursor is inside a string literal, that string; the word is then its content so far. */
  string: Token | null;
}

const COMMENTS = new Set(['lineComment', 'docComment', 'blockComment']);
const tokenCache = new WeakMap<SchemaFileAst, Token[]>();

/** Tokens of a parsed file, computed once per file version (completion runs on every keystroke). */
export function fileTokens(file: SchemaFileAst): Token[] {
  let tokens = tokenCache.get(file);
  if (!tokens) tokenCache.set(file, (tokens = tokenize(file.text)));
  return tokens;
}

export function isPunct(text: string, t: Token | undefined, ch: string): boolean {
  return !!t && t.kind === 'punct' && text[t.start] === ch;
}

function isWordChar(c: number): boolean {
  // the tokenizer's identifier characters: letters, digits, `_`, `-` and anything non-ASCII
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 45 || c > 127;
}

/**
 * Reads the context at `offset`. Returns null where nothing can be completed: inside a comment,
 * and after `@db.` (native types are prisma-fmt's job).
 */
export function cursorContext(file: SchemaFileAst, offset: number): CursorContext | null {
  const text = file.text;
  if (offset < 0 || offset > text.length) return null;
  const tokens = fileTokens(file);
  const around = tokenAt(tokens, offset);
  if (around && COMMENTS.has(around.kind)) return null;

  let wordStart = offset;
  let ats = 0;
  let string: Token | null = null;
  if (around?.kind === 'string') {
    string = around;
    wordStart = around.start + 1;
  } else {
    while (wordStart > 0 && isWordChar(text.charCodeAt(wordStart - 1))) wordStart--;
    // `@db.VarChar`: the part after the dot is a native type, which prisma-fmt completes.
    if (/@[\w-]+\.$/.test(text.slice(Math.max(0, wordStart - 64), wordStart))) return null;
    while (ats < 2 && text[wordStart - 1] === '@') {
      wordStart--;
      ats++;
    }
  }

  const block = blockAt(file, offset);
  const limit = string ? string.start : wordStart;
  const { statement, open } = block ? statementBefore(text, tokens, block.openBrace + 1, limit) : { statement: [], open: [] };
  return { text, offset, wordStart, word: text.slice(wordStart, offset), ats, block, statement, open, string };
}

/** The comment or string token the cursor is inside (for a line comment, its end counts as inside). */
function tokenAt(tokens: readonly Token[], offset: number): Token | null {
  let lo = 0;
  let hi = tokens.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tokens[mid];
    if (t.end < offset) lo = mid + 1;
    else if (t.start >= offset) hi = mid - 1;
    else {
      // t.start < offset <= t.end
      const openEnded = t.kind === 'lineComment' || t.kind === 'docComment' || t.unterminated;
      return offset < t.end || openEnded ? t : null;
    }
  }
  return null;
}

/**
 * The block whose body holds `offset`. An unclosed block (the user is still typing it) extends to
 * the next block or the end of the file.
 */
export function blockAt(file: SchemaFileAst, offset: number): BlockNode | null {
  const blocks = file.blocks;
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const end = b.closeBrace ?? (i + 1 < blocks.length ? blocks[i + 1].line.start : file.text.length);
    if (offset > b.openBrace && offset <= end) return b;
  }
  return null;
}

function statementBefore(text: string, tokens: readonly Token[], from: number, limit: number): { statement: Token[]; open: number[] } {
  let statement: Token[] = [];
  const open: number[] = [];
  for (let i = firstTokenAtOrAfter(tokens, from); i < tokens.length; i++) {
    const t = tokens[i];
    if (t.end > limit) break;
    if (COMMENTS.has(t.kind)) continue;
    if (t.kind === 'newline') {
      if (!open.length || !continuesOnNextLine(text, statement[statement.length - 1]) || startsNewMember(text, tokens, i + 1, limit)) {
        statement = [];
        open.length = 0;
      }
      continue;
    }
    const ch = t.kind === 'punct' ? text[t.start] : '';
    if (ch === '(' || ch === '[') {
      open.push(statement.length);
    } else if (ch === ')' || ch === ']') {
      const top = open[open.length - 1];
      if (top !== undefined && text[statement[top].start] === (ch === ')' ? '(' : '[')) open.pop();
    }
    statement.push(t);
  }
  return { statement, open };
}

/** Arguments written over several lines break after `(`, `[` or `,`. */
function continuesOnNextLine(text: string, last: Token | undefined): boolean {
  return !!last && last.kind === 'punct' && '([,'.includes(text[last.start]);
}

/**
 * A bracket left open on an earlier line (a half-typed `@default(`) must not swallow the lines
 * below: a line that starts like a member (`name Type`, `@@…`, or a lone name before the cursor)
 * begins a new statement.
 */
function startsNewMember(text: string, tokens: readonly Token[], i: number, limit: number): boolean {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || a.start >= limit) return false;
  if (isPunct(text, a, '@') && isPunct(text, b, '@')) return true;
  return a.kind === 'word' && (!b || b.start >= limit || b.kind === 'word');
}

function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The argument of the bracket at `statement[openIdx]` that ends at `statement[endIdx]` (exclusive). */
export interface ArgumentPosition {
  /** 0 for the first argument. */
  index: number;
  /** `fields` in `fields: […]`; null for a positional argument. */
  name: string | null;
  /** The argument's tokens so far, at any depth. */
  tokens: Token[];
}

export function currentArgument(text: string, statement: readonly Token[], openIdx: number, endIdx: number): ArgumentPosition {
  let index = 0;
  let depth = 0;
  let tokens: Token[] = [];
  for (let k = openIdx + 1; k < endIdx; k++) {
    const t = statement[k];
    const ch = t.kind === 'punct' ? text[t.start] : '';
    if (ch === '(' || ch === '[') depth++;
    if (ch === ')' || ch === ']') depth--;
    if (ch === ',' && depth === 0) {
      index++;
      tokens = [];
      continue;
    }
    tokens.push(t);
  }
  const name = tokens[0]?.kind === 'word' && isPunct(text, tokens[1], ':') ? text.slice(tokens[0].start, tokens[0].end) : null;
  return { index, name, tokens };
}

/** `@default(` → `{name: 'default', ats: 1}`; `uuid(` → `{name: 'uuid', ats: 0}`. */
export function ownerOfBracket(text: string, statement: readonly Token[], openIdx: number): { name: string; ats: number } | null {
  let j = openIdx - 1;
  if (statement[j]?.kind !== 'word') return null;
  let start = statement[j].start;
  const end = statement[j].end;
  j--;
  while (isPunct(text, statement[j], '.') && statement[j - 1]?.kind === 'word') {
    start = statement[j - 1].start;
    j -= 2;
  }
  let ats = 0;
  while (ats < 2 && isPunct(text, statement[j], '@')) {
    ats++;
    j--;
  }
  return { name: text.slice(start, end), ats };
}

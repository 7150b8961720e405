import type {
  Arg,
  AttributeNode,
  BlockKind,
  BlockNode,
  CommentNode,
  EnumValueNode,
  FieldNode,
  MemberNode,
  PropertyNode,
  Range,
  SchemaFileAst,
  SyntaxError,
  TypeNode,
  Value,
} from './ast';
import { tokenize, type Token } from './tokenize';

const BLOCK_KEYWORDS = new Set<BlockKind>(['model', 'view', 'enum', 'type', 'datasource', 'generator']);
const COMMENT_KINDS = new Set(['lineComment', 'docComment', 'blockComment']);

/**
 * Scans one `.prisma` file into blocks, members, attributes and comments with source ranges.
 * Tolerant: it never throws, records syntax errors and resynchronises at the next line, so it can
 * run on every keystroke, on half-typed text, and on schemas written for any Prisma version.
 */
export function parseSchemaFile(path: string, text: string): SchemaFileAst {
  return new Parser(path, text).parseFile();
}

class Parser {
  private readonly tokens: Token[];
  private pos = 0;
  private readonly errors: SyntaxError[] = [];

  constructor(
    private readonly path: string,
    private readonly text: string,
  ) {
    this.tokens = tokenize(text);
    for (const t of this.tokens) {
      if (t.unterminated) {
        this.error(t.kind === 'string' ? 'Unterminated string' : 'Unterminated block comment', t);
      }
    }
  }

  parseFile(): SchemaFileAst {
    const blocks: BlockNode[] = [];
    const comments: CommentNode[] = [];
    let pendingDocs: CommentNode[] = [];
    while (this.pos < this.tokens.length) {
      const t = this.tokens[this.pos];
      if (t.kind === 'newline') {
        if (this.isBlankLineAt(this.pos)) {
          comments.push(...pendingDocs);
          pendingDocs = [];
        }
        this.pos++;
        continue;
      }
      if (COMMENT_KINDS.has(t.kind)) {
        const node = this.comment(t);
        this.pos++;
        if (this.isDocumentation(t)) pendingDocs.push(node);
        else comments.push(node);
        continue;
      }
      if (t.kind === 'word' && this.isBlockStart(this.pos)) {
        blocks.push(this.parseBlock(pendingDocs));
        pendingDocs = [];
        continue;
      }
      this.error(this.unexpectedMessage(t, 'a block (model, enum, view, type, datasource or generator)'), t);
      this.pos++;
      this.skipLine();
    }
    comments.push(...pendingDocs);
    return { path: this.path, text: this.text, blocks, comments, errors: this.errors };
  }

  // ---------------------------------------------------------------- blocks

  /** `model Name {` — keyword, name, then `{` on the same line. */
  private isBlockStart(i: number): boolean {
    const kw = this.tokens[i];
    if (kw.kind !== 'word' || !BLOCK_KEYWORDS.has(this.tokenText(kw) as BlockKind)) return false;
    const name = this.tokens[i + 1];
    const brace = this.tokens[i + 2];
    return name?.kind === 'word' && brace?.kind === 'punct' && this.text[brace.start] === '{';
  }

  private parseBlock(docs: CommentNode[]): BlockNode {
    const kwTok = this.tokens[this.pos];
    const nameTok = this.tokens[this.pos + 1];
    const braceTok = this.tokens[this.pos + 2];
    this.pos += 3;
    const kind = this.tokenText(kwTok) as BlockKind;
    const members: MemberNode[] = [];
    let closeBrace: number | null = null;
    let memberDocs: CommentNode[] = [];
    // Inside a block Prisma documents a member with the last `///` group above it, even across blank
    // lines; an earlier group that a blank line separates from a newer one floats free.
    let blankAfterDocs = false;
    while (this.pos < this.tokens.length) {
      const t = this.tokens[this.pos];
      if (t.kind === 'newline') {
        if (this.isBlankLineAt(this.pos) && memberDocs.length) blankAfterDocs = true;
        this.pos++;
        continue;
      }
      if (this.isPunct(t, '}')) {
        closeBrace = t.start;
        this.pos++;
        break;
      }
      if (COMMENT_KINDS.has(t.kind)) {
        const node = this.comment(t);
        this.pos++;
        if (this.isDocumentation(t) && kind !== 'datasource' && kind !== 'generator') {
          if (blankAfterDocs) {
            members.push(...memberDocs);
            memberDocs = [];
            blankAfterDocs = false;
          }
          memberDocs.push(node);
        } else members.push(node);
        continue;
      }
      if (t.kind === 'word' && this.isBlockStart(this.pos)) {
        // A new block starts before this one was closed: the `}` is missing.
        this.error(`The ${kind} \`${this.tokenText(nameTok)}\` is missing its closing brace \`}\``, braceTok);
        // Doc comments right above the new block are its docs: re-read them (and any comment among
        // them) at the top level.
        if (memberDocs.length) {
          const from = memberDocs[0].range.start;
          while (this.pos > 0 && this.tokens[this.pos - 1].start >= from) this.pos--;
          while (members.length && members[members.length - 1].range.start >= from) members.pop();
          memberDocs = [];
        }
        break;
      }
      const member = this.parseMember(kind, memberDocs);
      memberDocs = [];
      blankAfterDocs = false;
      if (member) members.push(member);
    }
    members.push(...memberDocs);
    if (closeBrace === null && !this.errors.some((e) => e.range.start === braceTok.start)) {
      this.error(`The ${kind} \`${this.tokenText(nameTok)}\` is missing its closing brace \`}\``, braceTok);
    }
    const end = closeBrace === null ? this.lastTokenEndBefore(this.pos) : closeBrace + 1;
    const firstLine = docs.length ? docs[0].line.start : this.lineStart(kwTok.start);
    return {
      kind,
      name: this.tokenText(nameTok),
      nameRange: { start: nameTok.start, end: nameTok.end },
      keywordRange: { start: kwTok.start, end: kwTok.end },
      range: { start: kwTok.start, end },
      openBrace: braceTok.start,
      closeBrace,
      members,
      docs,
      line: { start: firstLine, end: closeBrace === null ? end : this.lineEndAfter(end) },
    };
  }

  // ---------------------------------------------------------------- members

  private parseMember(kind: BlockKind, docs: CommentNode[]): MemberNode | null {
    const first = this.tokens[this.pos];
    let member: MemberNode | null;
    if (this.isPunct(first, '@') && this.isAdjacentPunct(this.pos + 1, '@', first.end)) {
      const attribute = this.parseAttribute();
      member = { kind: 'blockAttribute', attribute, range: attribute.range, line: { start: 0, end: 0 }, docs, trailingComment: null };
    } else if (first.kind !== 'word') {
      this.error(this.unexpectedMessage(first, kind === 'enum' ? 'an enum value' : 'a field'), first);
      this.skipLine();
      return null;
    } else if (kind === 'datasource' || kind === 'generator') {
      member = this.parseProperty(docs);
    } else if (kind === 'enum') {
      member = this.parseEnumValue(docs);
    } else {
      member = this.parseField(docs);
    }
    member.trailingComment = this.trailingComment();
    const lastEnd = member.trailingComment ? member.trailingComment.range.end : member.range.end;
    const next = this.tokens[this.pos];
    if (next && next.kind !== 'newline' && !this.isPunct(next, '}')) {
      this.error(this.unexpectedMessage(next, 'the end of the line'), next);
      this.skipLine();
    }
    member.line = { start: this.memberLineStart(first.start), end: this.memberLineEnd(lastEnd) };
    return member;
  }

  private parseField(docs: CommentNode[]): FieldNode {
    const nameTok = this.tokens[this.pos++];
    const name = this.tokenText(nameTok);
    let type: TypeNode | null = null;
    const typeTok = this.tokens[this.pos];
    if (typeTok?.kind === 'word') {
      type = this.parseType();
    } else {
      this.error(`The field \`${name}\` has no type`, nameTok);
    }
    const attributes = this.parseFieldAttributes();
    const end = attributes.length ? attributes[attributes.length - 1].range.end : (type?.range.end ?? nameTok.end);
    return {
      kind: 'field',
      name,
      nameRange: { start: nameTok.start, end: nameTok.end },
      type,
      attributes,
      range: { start: nameTok.start, end },
      line: { start: 0, end: 0 },
      docs,
      trailingComment: null,
    };
  }

  private parseType(): TypeNode {
    const nameTok = this.tokens[this.pos++];
    const name = this.tokenText(nameTok);
    let end = nameTok.end;
    let unsupported: string | null = null;
    if (name === 'Unsupported' && this.isPunct(this.tokens[this.pos], '(')) {
      const open = this.tokens[this.pos++];
      const str = this.tokens[this.pos];
      if (str?.kind === 'string') {
        unsupported = unquote(this.tokenText(str));
        this.pos++;
      }
      const close = this.tokens[this.pos];
      if (this.isPunct(close, ')')) {
        this.pos++;
        end = close.end;
      } else {
        this.error('`Unsupported(…)` needs a closing parenthesis', open);
        end = str?.end ?? open.end;
      }
    }
    let list = false;
    let optional = false;
    if (this.isPunct(this.tokens[this.pos], '[') && this.isPunct(this.tokens[this.pos + 1], ']')) {
      list = true;
      end = this.tokens[this.pos + 1].end;
      this.pos += 2;
    }
    if (this.isPunct(this.tokens[this.pos], '?')) {
      optional = true;
      end = this.tokens[this.pos].end;
      this.pos++;
    }
    // `String!` was Prisma 1 syntax; accept the token so the rest of the line still parses.
    if (this.isPunct(this.tokens[this.pos], '!')) {
      this.error('Prisma has no `!` type modifier (fields are required unless marked `?`)', this.tokens[this.pos]);
      this.pos++;
    }
    return { name, nameRange: { start: nameTok.start, end: nameTok.end }, range: { start: nameTok.start, end }, optional, list, unsupported };
  }

  private parseFieldAttributes(): AttributeNode[] {
    const attributes: AttributeNode[] = [];
    while (this.isPunct(this.tokens[this.pos], '@')) {
      if (this.isAdjacentPunct(this.pos + 1, '@', this.tokens[this.pos].end)) {
        this.error('Block attributes (`@@…`) go on their own line', this.tokens[this.pos]);
      }
      attributes.push(this.parseAttribute());
    }
    return attributes;
  }

  private parseEnumValue(docs: CommentNode[]): EnumValueNode {
    const nameTok = this.tokens[this.pos++];
    const attributes = this.parseFieldAttributes();
    const end = attributes.length ? attributes[attributes.length - 1].range.end : nameTok.end;
    return {
      kind: 'enumValue',
      name: this.tokenText(nameTok),
      nameRange: { start: nameTok.start, end: nameTok.end },
      attributes,
      range: { start: nameTok.start, end },
      line: { start: 0, end: 0 },
      docs,
      trailingComment: null,
    };
  }

  private parseProperty(docs: CommentNode[]): PropertyNode {
    const keyTok = this.tokens[this.pos++];
    let value: Value | null = null;
    let end = keyTok.end;
    if (this.isPunct(this.tokens[this.pos], '=')) {
      end = this.tokens[this.pos].end;
      this.pos++;
      if (this.tokens[this.pos] && this.tokens[this.pos].kind !== 'newline' && !COMMENT_KINDS.has(this.tokens[this.pos].kind)) {
        value = this.parseValue(true);
        end = value.range.end;
      } else {
        this.error(`\`${this.tokenText(keyTok)}\` needs a value`, keyTok);
      }
    } else {
      this.error(`Expected \`=\` after \`${this.tokenText(keyTok)}\``, keyTok);
    }
    return {
      kind: 'property',
      key: this.tokenText(keyTok),
      keyRange: { start: keyTok.start, end: keyTok.end },
      value,
      range: { start: keyTok.start, end },
      line: { start: 0, end: 0 },
      docs,
      trailingComment: null,
    };
  }

  // ---------------------------------------------------------------- attributes and values

  /** At `@` (or the first `@` of `@@`). */
  private parseAttribute(): AttributeNode {
    const at = this.tokens[this.pos++];
    let block = false;
    if (this.isAdjacentPunct(this.pos, '@', at.end)) {
      block = true;
      this.pos++;
    }
    const nameStart = this.tokens[this.pos];
    let name = '';
    let nameRange: Range = { start: at.start, end: block ? at.end + 1 : at.end };
    if (nameStart?.kind === 'word' && nameStart.start === nameRange.end) {
      let end = nameStart.end;
      this.pos++;
      // dotted names: @db.VarChar
      while (this.isAdjacentPunct(this.pos, '.', end) && this.tokens[this.pos + 1]?.kind === 'word' && this.tokens[this.pos + 1].start === this.tokens[this.pos].end) {
        end = this.tokens[this.pos + 1].end;
        this.pos += 2;
      }
      nameRange = { start: nameStart.start, end };
      name = this.text.slice(nameRange.start, end);
    } else {
      this.error('Expected an attribute name after `@`', at);
    }
    let args: Arg[] | null = null;
    let argsRange: Range | null = null;
    if (this.isPunct(this.tokens[this.pos], '(')) {
      const parsed = this.parseArgs();
      args = parsed.args;
      argsRange = parsed.range;
    }
    return { name, block, range: { start: at.start, end: argsRange ? argsRange.end : nameRange.end }, nameRange, args, argsRange };
  }

  /** At `(`; reads to the matching `)`. Newlines and comments inside are allowed. */
  private parseArgs(): { args: Arg[]; range: Range } {
    const open = this.tokens[this.pos++];
    const args: Arg[] = [];
    let end = open.end;
    for (;;) {
      const beforeTrivia = this.pos;
      this.skipTrivia();
      const t = this.tokens[this.pos];
      if (!t || this.isPunct(t, '}') || this.startsMember(this.pos)) {
        this.error('Missing `)`', open);
        if (t && !this.isPunct(t, '}')) this.pos = beforeTrivia;
        break;
      }
      if (this.isPunct(t, ')')) {
        end = t.end;
        this.pos++;
        break;
      }
      if (this.isPunct(t, ',')) {
        this.pos++;
        continue;
      }
      let name: string | null = null;
      const start = t.start;
      if (t.kind === 'word' && this.isPunct(this.tokens[this.pos + 1], ':')) {
        name = this.tokenText(t);
        this.pos += 2;
        this.skipTrivia();
      }
      const next = this.tokens[this.pos];
      if (!next || this.isPunct(next, ')') || this.isPunct(next, ',') || this.isPunct(next, '}')) {
        this.error(name ? `\`${name}:\` needs a value` : 'Expected an argument', t);
        continue;
      }
      const value = this.parseValue(false);
      args.push({ name, value, range: { start, end: value.range.end } });
      end = value.range.end;
    }
    return { args, range: { start: open.start, end } };
  }

  /** A string, number, array, identifier or call. `inLine` stops arrays at nothing special; kept for clarity at call sites. */
  private parseValue(_inLine: boolean): Value {
    const t = this.tokens[this.pos];
    if (t.kind === 'string') {
      this.pos++;
      return { kind: 'string', value: unquote(this.tokenText(t)), range: { start: t.start, end: t.end } };
    }
    if (t.kind === 'number') {
      this.pos++;
      return { kind: 'number', raw: this.tokenText(t), range: { start: t.start, end: t.end } };
    }
    if (this.isPunct(t, '[')) {
      this.pos++;
      const items: Value[] = [];
      const end = this.scanList(t, ']', ['}', ')'], () => {
        const item = this.parseValue(false);
        items.push(item);
        return item.range.end;
      });
      return { kind: 'array', items, range: { start: t.start, end } };
    }
    if (this.isPunct(t, '{')) return this.parseObject();
    if (t.kind === 'word') {
      let end = t.end;
      this.pos++;
      while (this.isAdjacentPunct(this.pos, '.', end) && this.tokens[this.pos + 1]?.kind === 'word') {
        end = this.tokens[this.pos + 1].end;
        this.pos += 2;
      }
      const nameRange = { start: t.start, end };
      const name = this.text.slice(t.start, end);
      if (this.isPunct(this.tokens[this.pos], '(')) {
        const parsed = this.parseArgs();
        return { kind: 'call', name, nameRange, args: parsed.args, range: { start: t.start, end: parsed.range.end } };
      }
      return { kind: 'call', name, nameRange, args: null, range: nameRange };
    }
    this.pos++;
    this.error(this.unexpectedMessage(t, 'a value'), t);
    return { kind: 'unknown', raw: this.tokenText(t), range: { start: t.start, end: t.end } };
  }

  /**
   * At `{`: an object literal `{ key: value, … }` (Prisma 7 partial-index filters). Newlines and
   * comments inside are allowed. An unclosed `{` ends at `)`, at the start of a member or at the end
   * of the file, so the block's own `}` is never taken for the object's.
   */
  private parseObject(): Value {
    const open = this.tokens[this.pos++];
    const entries: Arg[] = [];
    const end = this.scanList(open, '}', [')', ']'], (u) => {
      const keyed = (u.kind === 'word' || u.kind === 'string') && this.isPunct(this.tokens[this.pos + 1], ':');
      if (!keyed) {
        this.error(this.unexpectedMessage(u, 'a `key: value` entry'), u);
        this.pos++;
        return null;
      }
      const name = u.kind === 'string' ? unquote(this.tokenText(u)) : this.tokenText(u);
      this.pos += 2;
      this.skipTrivia();
      const next = this.tokens[this.pos];
      if (!next || this.isPunct(next, '}') || this.isPunct(next, ',') || this.isPunct(next, ')')) {
        this.error(`\`${name}:\` needs a value`, u);
        return null;
      }
      const value = this.parseValue(false);
      entries.push({ name, value, range: { start: u.start, end: value.range.end } });
      return value.range.end;
    });
    return { kind: 'object', entries, range: { start: open.start, end } };
  }

  /**
   * The items of a bracketed list after its opening token, through `close`; commas are skipped and
   * trivia (newlines, comments) allowed. An unclosed list reports "Missing `close`" and ends at one of
   * `stops`, at the start of a member or at the end of the file, leaving the member's trivia to it.
   * `item` reads one item at the current token and returns where it ended (null: nothing read).
   * Returns the end of the list.
   */
  private scanList(open: Token, close: string, stops: readonly string[], item: (at: Token) => number | null): number {
    let end = open.end;
    for (;;) {
      const beforeTrivia = this.pos;
      this.skipTrivia();
      const u = this.tokens[this.pos];
      if (!u || stops.some((p) => this.isPunct(u, p)) || this.startsMember(this.pos)) {
        this.error(`Missing \`${close}\``, open);
        if (u && this.startsMember(this.pos)) this.pos = beforeTrivia;
        return end;
      }
      if (this.isPunct(u, close)) {
        this.pos++;
        return u.end;
      }
      if (this.isPunct(u, ',')) {
        this.pos++;
        continue;
      }
      const itemEnd = item(u);
      if (itemEnd !== null) end = itemEnd;
    }
  }

  // ---------------------------------------------------------------- helpers

  private trailingComment(): CommentNode | null {
    let found: CommentNode | null = null;
    while (this.tokens[this.pos] && COMMENT_KINDS.has(this.tokens[this.pos].kind)) {
      const t = this.tokens[this.pos++];
      if (!found || t.kind !== 'blockComment') found = this.comment(t);
      if (t.kind !== 'blockComment') break;
    }
    return found;
  }

  private comment(t: Token): CommentNode {
    return {
      kind: 'comment',
      range: { start: t.start, end: t.end },
      line: { start: this.memberLineStart(t.start), end: this.memberLineEnd(t.end) },
      doc: t.kind === 'docComment',
      text: this.tokenText(t),
    };
  }

  /**
   * `///` lines, and `/* … *\/` comments that start their line: Prisma documents the next block,
   * field or enum value with both kinds.
   */
  private isDocumentation(t: Token): boolean {
    if (t.kind === 'docComment') return true;
    return t.kind === 'blockComment' && !t.unterminated && this.memberLineStart(t.start) === this.lineStart(t.start);
  }

  /**
   * True at `name Type` or `@@`: the start of a field or block attribute, never valid inside an
   * argument list. Lets an unclosed `(` or `[` (or an unterminated string) end there instead of
   * swallowing the members below it while the user is still typing.
   */
  private startsMember(i: number): boolean {
    const t = this.tokens[i];
    if (t?.kind === 'word') return this.tokens[i + 1]?.kind === 'word';
    return this.isPunct(t, '@') && this.isAdjacentPunct(i + 1, '@', t.end);
  }

  private skipTrivia(): void {
    while (this.tokens[this.pos] && (this.tokens[this.pos].kind === 'newline' || COMMENT_KINDS.has(this.tokens[this.pos].kind))) this.pos++;
  }

  private skipLine(): void {
    while (this.pos < this.tokens.length && this.tokens[this.pos].kind !== 'newline' && !this.isPunct(this.tokens[this.pos], '}')) this.pos++;
    // a `}` on a broken line still closes its block
  }

  /** True when token i is a newline directly preceded by another newline (an empty line). */
  private isBlankLineAt(i: number): boolean {
    return i > 0 && this.tokens[i - 1].kind === 'newline';
  }

  private isPunct(t: Token | undefined, ch: string): boolean {
    return !!t && t.kind === 'punct' && this.text.charCodeAt(t.start) === ch.charCodeAt(0);
  }

  private isAdjacentPunct(i: number, ch: string, at: number): boolean {
    const t = this.tokens[i];
    return !!t && t.start === at && this.isPunct(t, ch);
  }

  private tokenText(t: Token): string {
    return this.text.slice(t.start, t.end);
  }

  /** The end of the last token before `i` that is not a line break. */
  private lastTokenEndBefore(i: number): number {
    for (let j = Math.min(i, this.tokens.length) - 1; j >= 0; j--) if (this.tokens[j].kind !== 'newline') return this.tokens[j].end;
    return 0;
  }

  private lineStart(offset: number): number {
    return this.text.lastIndexOf('\n', offset - 1) + 1;
  }

  private lineEndAfter(offset: number): number {
    const nl = this.text.indexOf('\n', offset);
    return nl < 0 ? this.text.length : nl + 1;
  }

  /** The start of the line, unless something else precedes the member on it. */
  private memberLineStart(offset: number): number {
    const start = this.lineStart(offset);
    return /^[ \t]*$/.test(this.text.slice(start, offset)) ? start : offset;
  }

  /** Just after the newline, unless something else (such as `}`) follows on the line. */
  private memberLineEnd(offset: number): number {
    const end = this.lineEndAfter(offset);
    return /^[ \t]*\r?\n?$/.test(this.text.slice(offset, end)) ? end : offset;
  }

  private unexpectedMessage(t: Token, expected: string): string {
    const shown = t.kind === 'newline' ? 'end of line' : JSON.stringify(this.tokenText(t).slice(0, 40));
    return `Unexpected ${shown}; expected ${expected}`;
  }

  private error(message: string, at: Range): void {
    this.errors.push({ message, range: { start: at.start, end: at.end } });
  }
}

/** `"a\"b"` → `a"b`. Prisma strings use JSON-like escapes. */
export function unquote(raw: string): string {
  const body = raw.endsWith('"') && raw.length > 1 ? raw.slice(1, -1) : raw.slice(1);
  if (!body.includes('\\')) return body;
  try {
    return JSON.parse(`"${body}"`) as string;
  } catch {
    return body.replace(/\\(.)/g, '$1');
  }
}

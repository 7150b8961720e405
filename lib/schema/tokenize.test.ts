import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from './tokenize';

/** `kind:text` for each token, which reads like the source and shows exact ranges. */
function show(text: string, tokens: Token[] = tokenize(text)): string[] {
  return tokens.map((t) => `${t.kind}:${text.slice(t.start, t.end)}${t.unterminated ? ' (unterminated)' : ''}`);
}

describe('tokenize', () => {
  it('splits a field line into words, punctuation, strings and numbers', () => {
    const text = 'name String? @default("a b") @db.VarChar(255)';
    expect(show(text)).toEqual([
      'word:name',
      'word:String',
      'punct:?',
      'punct:@',
      'word:default',
      'punct:(',
      'string:"a b"',
      'punct:)',
      'punct:@',
      'word:db',
      'punct:.',
      'word:VarChar',
      'punct:(',
      'number:255',
      'punct:)',
    ]);
  });

  it('keeps newlines as tokens and treats CRLF as one newline', () => {
    const text = 'a\r\nb\nc';
    expect(show(text)).toEqual(['word:a', 'newline:\r\n', 'word:b', 'newline:\n', 'word:c']);
  });

  it('treats a lone carriage return, tabs and form feeds as whitespace', () => {
    expect(show('a\rb\t\fc')).toEqual(['word:a', 'word:b', 'word:c']);
  });

  it('skips a UTF-8 byte order mark without shifting offsets', () => {
    const text = '\uFEFFmodel A';
    const tokens = tokenize(text);
    expect(tokens[0]).toMatchObject({ kind: 'word', start: 1, end: 6 });
    expect(show(text, tokens)).toEqual(['word:model', 'word:A']);
  });

  it('tells line comments, doc comments and block comments apart', () => {
    const text = '// note\n/// doc\n/* block */ x //// four';
    expect(show(text)).toEqual([
      'lineComment:// note',
      'newline:\n',
      'docComment:/// doc',
      'newline:\n',
      'blockComment:/* block */',
      'word:x',
      // four slashes start with `///`, which Prisma reads as a doc comment
      'docComment://// four',
    ]);
  });

  it('ends a line comment before CRLF so the newline stays a token', () => {
    const text = 'a // c\r\nb';
    expect(show(text)).toEqual(['word:a', 'lineComment:// c', 'newline:\r\n', 'word:b']);
  });

  it('lets a block comment span lines and contain slashes and stars', () => {
    const text = 'a /* one\n * two // not a comment\n */ b';
    expect(show(text)).toEqual(['word:a', 'blockComment:/* one\n * two // not a comment\n */', 'word:b']);
  });

  it('marks an unterminated block comment and runs it to the end of the text', () => {
    const text = 'a /* open\nmodel B {';
    expect(show(text)).toEqual(['word:a', 'blockComment:/* open\nmodel B { (unterminated)']);
  });

  it('reads escaped quotes inside strings', () => {
    const text = '"a \\"quoted\\" word" x';
    expect(show(text)).toEqual(['string:"a \\"quoted\\" word"', 'word:x']);
  });

  it('stops an unterminated string at the end of its line', () => {
    const text = 'x "open\ny';
    expect(show(text)).toEqual(['word:x', 'string:"open (unterminated)', 'newline:\n', 'word:y']);
  });

  it('stops an unterminated string that ends in a backslash at the end of its line', () => {
    const text = 'x "open\\\nmodel B {\r\n"c\\\r\nd';
    expect(show(text)).toEqual([
      'word:x',
      'string:"open\\ (unterminated)',
      'newline:\n',
      'word:model',
      'word:B',
      'punct:{',
      'newline:\r\n',
      'string:"c\\ (unterminated)',
      'newline:\r\n',
      'word:d',
    ]);
  });

  it('handles a backslash as the very last character', () => {
    expect(show('"a\\')).toEqual(['string:"a\\ (unterminated)']);
  });

  it('reads negative, decimal and exponent numbers', () => {
    expect(show('-1 2.5 1.5e3 -4.25E-3')).toEqual(['number:-1', 'number:2.5', 'number:1.5e3', 'number:-4.25E-3']);
  });

  it('reads identifiers that start with a digit or contain dashes as words', () => {
    expect(show('2fa my-name _x')).toEqual(['word:2fa', 'word:my-name', 'word:_x']);
  });

  it('uses UTF-16 offsets for non-ASCII text and emoji', () => {
    const text = '"😀" naïve 名前 // ü😀\nx';
    const tokens = tokenize(text);
    expect(show(text, tokens)).toEqual(['string:"😀"', 'word:naïve', 'word:名前', 'lineComment:// ü😀', 'newline:\n', 'word:x']);
    // the emoji is two UTF-16 code units, so the string token is 4 units long
    expect(tokens[0]).toMatchObject({ start: 0, end: 4 });
    expect(tokens[tokens.length - 1].start).toBe(text.length - 1);
  });

  it('reports characters outside the grammar as `other` tokens', () => {
    expect(show('$ a ; ~')).toEqual(['other:$', 'word:a', 'other:;', 'other:~']);
  });

  it('covers the whole text: gaps between tokens are only whitespace', () => {
    const text = 'model  A {\r\n\t id Int @id /* c */ // d\n}\uFEFF';
    let cursor = 0;
    for (const t of tokenize(text)) {
      expect(text.slice(cursor, t.start)).toMatch(/^[ \t\f\r\uFEFF]*$/);
      cursor = t.end;
    }
    expect(text.slice(cursor)).toMatch(/^[ \t\f\r\uFEFF]*$/);
  });
});

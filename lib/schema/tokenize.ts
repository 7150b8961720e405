/**
 * Tokens of the Prisma schema language. Whitespace is dropped (ranges keep the gaps); newlines and
 * comments are tokens because Prisma's grammar is line-oriented and comments must survive edits.
 */
export type TokenKind =
  | 'word' // identifiers and keywords: model, User, db, VarChar, true
  | 'number'
  | 'string'
  | 'lineComment' // `// …` (not `///`)
  | 'docComment' // `/// …`
  | 'blockComment' // `/* … */`, possibly spanning lines
  | 'newline'
  | 'punct' // one of { } ( ) [ ] , : = ? @ .
  | 'other'; // any other character, reported by the parser

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Unterminated string or block comment. */
  unterminated?: boolean;
}

const PUNCT = new Set(['{', '}', '(', ')', '[', ']', ',', ':', '=', '?', '@', '.', '!']);

function isWordStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c > 127;
}

function isWordPart(c: number): boolean {
  return isWordStart(c) || (c >= 48 && c <= 57) || c === 45; // `-` is allowed inside Prisma identifiers
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Splits `text` into tokens. Never throws; malformed input yields `other` or unterminated tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    // spaces, tabs, form feeds, a lone \r and the BOM are whitespace
    if (c === 32 || c === 9 || c === 12 || c === 0xfeff || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      i++;
      continue;
    }
    const start = i;
    if (c === 10 || c === 13) {
      i += c === 13 ? 2 : 1;
      tokens.push({ kind: 'newline', start, end: i });
      continue;
    }
    if (c === 47 /* / */ && text.charCodeAt(i + 1) === 47) {
      const doc = text.charCodeAt(i + 2) === 47;
      while (i < n && text.charCodeAt(i) !== 10 && !(text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10)) i++;
      tokens.push({ kind: doc ? 'docComment' : 'lineComment', start, end: i });
      continue;
    }
    if (c === 47 && text.charCodeAt(i + 1) === 42 /* * */) {
      const close = text.indexOf('*/', i + 2);
      i = close < 0 ? n : close + 2;
      tokens.push({ kind: 'blockComment', start, end: i, unterminated: close < 0 });
      continue;
    }
    if (c === 34 /* " */) {
      i++;
      let closed = false;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 10 || d === 13) break;
        if (d === 92 /* \ */) {
          // an escape never swallows the line break: strings end with their line
          const e = text.charCodeAt(i + 1);
          i += e === 10 || e === 13 ? 1 : 2;
          continue;
        }
        i++;
        if (d === 34) {
          closed = true;
          break;
        }
      }
      if (i > n) i = n;
      tokens.push({ kind: 'string', start, end: i, unterminated: !closed });
      continue;
    }
    if (isDigit(c) || (c === 45 && isDigit(text.charCodeAt(i + 1)))) {
      i++;
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      // `2fa` or `1D` are identifiers in Prisma's grammar (identifiers may start with a digit)
      if (i < n && isWordStart(text.charCodeAt(i)) && c !== 45) {
        while (i < n && isWordPart(text.charCodeAt(i))) i++;
        tokens.push({ kind: 'word', start, end: i });
        continue;
      }
      if (text.charCodeAt(i) === 46 && isDigit(text.charCodeAt(i + 1))) {
        i++;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
      }
      if ((text.charCodeAt(i) === 101 || text.charCodeAt(i) === 69) && /[+\-\d]/.test(text[i + 1] ?? '')) {
        i += 2;
        while (i < n && isDigit(text.charCodeAt(i))) i++;
      }
      tokens.push({ kind: 'number', start, end: i });
      continue;
    }
    if (isWordStart(c)) {
      i++;
      while (i < n && isWordPart(text.charCodeAt(i))) i++;
      tokens.push({ kind: 'word', start, end: i });
      continue;
    }
    i++;
    tokens.push({ kind: PUNCT.has(text[start]) ? 'punct' : 'other', start, end: i });
  }
  return tokens;
}

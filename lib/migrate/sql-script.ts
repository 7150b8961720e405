/**
 * A small PostgreSQL script scanner: splits a script into statements (quotes, quoted identifiers,
 * dollar quoting, nested block comments and `--` comments understood) and recognises psql
 * meta-commands (`\restrict …`, `\connect …`) and `COPY … FROM stdin` data blocks, which a
 * server cannot execute. Offsets are UTF-16 code units into the script; lines are 1-based.
 */

export interface SqlStatement {
  /** The statement from its first significant character to its `;` (inclusive; absent for a last statement without one). */
  text: string;
  start: number;
  end: number;
  /** Line of `start`. */
  line: number;
}

export interface SqlPiece {
  kind: 'statement' | 'meta-command' | 'copy-data';
  text: string;
  start: number;
  end: number;
  line: number;
}

/** Splits a script into statements, psql meta-command lines and COPY data blocks, in order. Comments between statements are skipped. */
export function scanSqlScript(sql: string): SqlPiece[] {
  const pieces: SqlPiece[] = [];
  const lineStarts = [0];
  for (let i = 0; i < sql.length; i++) if (sql.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const push = (kind: SqlPiece['kind'], start: number, end: number) => pieces.push({ kind, text: sql.slice(start, end), start, end, line: lineOf(start) });

  let i = 0;
  let start = -1; // start of the current statement (first significant character), -1 between statements
  const n = sql.length;
  const endStatement = (end: number) => {
    push('statement', start, end);
    const text = sql.slice(start, end);
    start = -1;
    if (/^COPY\b[\s\S]*\bFROM\s+stdin\b/i.test(text)) {
      // The data follows on the next line and ends with a line `\.`.
      const dataStart = sql.indexOf('\n', end);
      if (dataStart < 0) return;
      const terminator = /^\\\.[ \t]*\r?$/m;
      const rest = sql.slice(dataStart + 1);
      const m = terminator.exec(rest);
      const dataEnd = m ? dataStart + 1 + m.index + m[0].length : n;
      push('copy-data', dataStart + 1, dataEnd);
      i = dataEnd;
    }
  };

  while (i < n) {
    const c = sql[i];
    // psql meta-command: a backslash at the start of a statement runs to the end of its line.
    if (start < 0 && c === '\\') {
      const eol = sql.indexOf('\n', i);
      const end = eol < 0 ? n : eol;
      push('meta-command', i, sql[end - 1] === '\r' ? end - 1 : end);
      i = end;
      continue;
    }
    if (c === '-' && sql[i + 1] === '-') {
      const eol = sql.indexOf('\n', i);
      i = eol < 0 ? n : eol;
      continue;
    }
    if (c === '/' && sql[i + 1] === '*') {
      let depth = 1;
      i += 2;
      while (i < n && depth > 0) {
        if (sql[i] === '/' && sql[i + 1] === '*') {
          depth++;
          i += 2;
        } else if (sql[i] === '*' && sql[i + 1] === '/') {
          depth--;
          i += 2;
        } else i++;
      }
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (start < 0) start = i;
    if (c === ';') {
      i++;
      endStatement(i);
      continue;
    }
    if (c === "'") {
      // E'…' strings take backslash escapes; standard strings only ''.
      const escapes = i > 0 && /[eE]/.test(sql[i - 1]) && (i < 2 || !/[\w$]/.test(sql[i - 2]));
      i++;
      while (i < n) {
        if (escapes && sql[i] === '\\') i += 2;
        else if (sql[i] === "'" && sql[i + 1] === "'") i += 2;
        else if (sql[i] === "'") {
          i++;
          break;
        } else i++;
      }
      continue;
    }
    if (c === '"') {
      i++;
      while (i < n) {
        if (sql[i] === '"' && sql[i + 1] === '"') i += 2;
        else if (sql[i] === '"') {
          i++;
          break;
        } else i++;
      }
      continue;
    }
    if (c === '$') {
      const m = /^\$([A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*)?\$/.exec(sql.slice(i, i + 64));
      // `$1` parameters and identifiers containing `$` are not quotes.
      if (m && !(i > 0 && /[\w$]/.test(sql[i - 1]))) {
        const close = sql.indexOf(m[0], i + m[0].length);
        i = close < 0 ? n : close + m[0].length;
        continue;
      }
    }
    i++;
  }
  if (start >= 0) {
    let end = n;
    while (end > start && /\s/.test(sql[end - 1])) end--;
    push('statement', start, end);
  }
  return pieces;
}

/** Only the statements of a script. */
export function splitSqlStatements(sql: string): SqlStatement[] {
  return scanSqlScript(sql)
    .filter((p) => p.kind === 'statement')
    .map(({ text, start, end, line }) => ({ text, start, end, line }));
}

/** The statement containing a 0-based offset of the script (e.g. a PostgreSQL error position). */
export function statementAt(statements: readonly SqlStatement[], offset: number): SqlStatement | null {
  return statements.find((s) => offset >= s.start && offset < Math.max(s.end, s.start + 1)) ?? statements.findLast((s) => s.start <= offset) ?? null;
}

/** Statements that only manage a transaction (`BEGIN`, `COMMIT`, …). */
export function isTransactionControl(statement: string): boolean {
  return /^(BEGIN|START\s+TRANSACTION|COMMIT|END|ROLLBACK|ABORT)\b\s*(WORK|TRANSACTION)?\s*;?$/i.test(statement.trim());
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

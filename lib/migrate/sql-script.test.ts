import { describe, expect, it } from 'vitest';
import { isTransactionControl, scanSqlScript, splitSqlStatements, statementAt } from './sql-script';

describe('splitSqlStatements', () => {
  it('splits on semicolons outside strings, identifiers, dollar quotes and comments, with 1-based lines', () => {
    const sql = [
      '-- CreateTable',
      'CREATE TABLE "a;b" (x text DEFAULT \'it\'\'s; fine\');',
      '/* a /* nested */ comment; */',
      "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;",
      "SELECT E'back\\\\slash\\'; still string';",
      'SELECT $1;',
      'SELECT 1',
    ].join('\n');
    const statements = splitSqlStatements(sql);
    expect(statements.map((s) => [s.line, s.text])).toEqual([
      [2, 'CREATE TABLE "a;b" (x text DEFAULT \'it\'\'s; fine\');'],
      [4, 'CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;'],
      [5, "SELECT E'back\\\\slash\\'; still string';"],
      [6, 'SELECT $1;'],
      [7, 'SELECT 1'],
    ]);
    for (const s of statements) expect(sql.slice(s.start, s.end)).toBe(s.text);
  });

  it('finds the statement at an error offset', () => {
    const sql = 'CREATE TABLE a (id int);\n\nSELECT * FROM nope;';
    const statements = splitSqlStatements(sql);
    expect(statementAt(statements, sql.indexOf('nope'))?.text).toBe('SELECT * FROM nope;');
    expect(statementAt(statements, 0)?.line).toBe(1);
  });
});

describe('scanSqlScript', () => {
  it('recognises psql meta-commands and COPY … FROM stdin data (pg_dump output)', () => {
    const sql = [
      '\\restrict AbC123',
      'SET statement_timeout = 0;',
      "SELECT pg_catalog.set_config('search_path', '', false);",
      'COPY public.t (id, name) FROM stdin;',
      '1\tone; not a statement',
      '2\t\\N',
      '\\.',
      '',
      'CREATE TABLE public.u (id int);',
      '\\unrestrict AbC123',
      '',
    ].join('\n');
    expect(scanSqlScript(sql).map((p) => [p.kind, p.line, p.text])).toEqual([
      ['meta-command', 1, '\\restrict AbC123'],
      ['statement', 2, 'SET statement_timeout = 0;'],
      ['statement', 3, "SELECT pg_catalog.set_config('search_path', '', false);"],
      ['statement', 4, 'COPY public.t (id, name) FROM stdin;'],
      ['copy-data', 5, '1\tone; not a statement\n2\t\\N\n\\.'],
      ['statement', 9, 'CREATE TABLE public.u (id int);'],
      ['meta-command', 10, '\\unrestrict AbC123'],
    ]);
  });

  it('a backslash inside a statement is not a meta-command', () => {
    expect(scanSqlScript("SELECT\n'\\x';").map((p) => p.kind)).toEqual(['statement']);
  });
});

describe('isTransactionControl', () => {
  it('recognises BEGIN/COMMIT/ROLLBACK only', () => {
    for (const s of ['BEGIN;', 'COMMIT;', 'begin transaction;', 'ROLLBACK', 'END;', 'START TRANSACTION;']) expect(isTransactionControl(s)).toBe(true);
    for (const s of ['BEGIN ATOMIC', 'COMMIT PREPARED \'x\';', 'CREATE TABLE begin (id int);']) expect(isTransactionControl(s)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { parseSchema } from '../../../schema/document';
import { fixAdvisory } from '../../run';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { indexDuplicatesUnique as rule } from './index-duplicates-unique';

const user = (extra: string, email = 'String @unique') => `
model User {
  id    Int    @id
  email ${email}
  name  String
${extra}}
`;

describe('index-duplicates-unique', () => {
  it('fires on an @@index that repeats a field-level @unique and points at the @@index', () => {
    const files = pg(user('\n  @@index([email])\n'));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.message).toBe('User: @@index([email]) repeats the unique constraint email @unique, which already indexes the same columns.');
    expect(a.target).toEqual({ kind: 'model', model: 'User' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('@@index([email])');
    expect(a.fixLabel).toBe('Delete @@index([email])');
    expect(a.severity).toBe('warning');
  });

  it('fires on an @@index repeating a compound unique or the primary key', () => {
    const compound = check(rule, pg(user('\n  @@unique([name, email])\n  @@index([name, email])\n')));
    expect(compound.map((a) => a.message)).toEqual([
      'User: @@index([name, email]) repeats the unique constraint @@unique([name, email]), which already indexes the same columns.',
    ]);
    const pk = check(rule, pg(user('\n  @@index([id])\n')));
    expect(pk.map((a) => a.message)).toEqual(['User: @@index([id]) repeats the primary key id @id, which already indexes the same columns.']);
  });

  it('is quiet when the columns, their order, the sort or the index type differ, or the index is partial', () => {
    expect(check(rule, pg(user('\n  @@index([email, name])\n')))).toEqual([]);
    expect(check(rule, pg(user('\n  @@unique([name, email])\n  @@index([email, name])\n')))).toEqual([]);
    expect(check(rule, pg(user('\n  @@index([email(sort: Desc)])\n')))).toEqual([]);
    expect(check(rule, pg(user('\n  @@index([email], type: Hash)\n')))).toEqual([]);
    const partial = pg(user('\n  @@index([email], where: raw("name <> \'\'"))\n'), PARTIAL_HEADER);
    expect(check(rule, partial)).toEqual([]);
  });

  it('is quiet on an index documented as partial in the database (a hand-written migration)', () => {
    const files = pg(`
model User {
  id    Int    @id
  email String @unique

  @@index([email]) // partial: WHERE deleted_at IS NULL, created in a custom migration
}
`);
    expect(check(rule, files)).toEqual([]);
  });

  it('fix deletes the @@index and keeps the unique', () => {
    const files = pg(user('\n  @@index([email])\n'));
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('  email String @unique\n  name  String\n}');
    expect(text(fixed)).not.toContain('@@index');
  });

  it('fix refuses once the unique is gone', () => {
    const files = pg(user('\n  @@index([email])\n'));
    const [a] = check(rule, files);
    const result = fixAdvisory(parseSchema(pg(user('\n  @@index([email])\n', 'String'))), a, undefined, [rule]);
    expect(result).toEqual({ ok: false, reason: 'The index no longer repeats a unique constraint' });
  });
});

const PARTIAL_HEADER = `datasource db {
  provider = "postgresql"
}

generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["partialIndexes"]
}
`;

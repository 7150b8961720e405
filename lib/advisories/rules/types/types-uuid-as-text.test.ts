import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { typesUuidAsText as rule } from './types-uuid-as-text';

const schema = (idAttrs: string, fkNative = '') => `
model User {
  id    String @id ${idAttrs}
  posts Post[]
}

model Post {
  id       Int     @id
  authorId String${fkNative}
  author   User    @relation(fields: [authorId], references: [id])
}
`;

describe('types-uuid-as-text', () => {
  it('fires on a String id generated with uuid() and no native type', () => {
    const files = pg(schema('@default(uuid())'));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.target).toEqual({ kind: 'field', model: 'User', field: 'id' });
    expect(a.severity).toBe('info');
    expect(a.message).toBe('User.id: a uuid stored as text (36 characters) instead of the 16-byte uuid type.');
    expect(text(files).slice(a.span.start, a.span.end)).toBe('id    String @id @default(uuid())');
    expect(a.fixLabel).toBe('Add @db.Uuid here and on 1 foreign key');
  });

  it('fires on uuid(7), gen_random_uuid() and keys named like a uuid', () => {
    expect(check(rule, pg(schema('@default(uuid(7))')))).toHaveLength(1);
    expect(check(rule, pg(schema('@default(dbgenerated("gen_random_uuid()"))')))).toHaveLength(1);
    expect(check(rule, pg('model Doc {\n  id   Int    @id\n  uuid String @unique\n}\n')).map((a) => a.target)).toEqual([
      { kind: 'field', model: 'Doc', field: 'uuid' },
    ]);
  });

  it('is quiet with a native type, a cuid id, or a uuid default on a field not named like one', () => {
    expect(check(rule, pg(schema('@default(uuid()) @db.Uuid', ' @db.Uuid')))).toEqual([]);
    expect(check(rule, pg(schema('@default(uuid()) @db.Text')))).toEqual([]);
    expect(check(rule, pg(schema('@default(cuid())')))).toEqual([]);
    expect(check(rule, pg('model Doc {\n  id    Int    @id\n  token String @default(uuid())\n}\n'))).toEqual([]);
  });

  it('fix adds @db.Uuid to the id and its foreign keys in one edit', () => {
    const files = pg(schema('@default(uuid())', ' @db.Text'));
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('  id    String @id @default(uuid()) @db.Uuid\n');
    expect(text(fixed)).toContain('  authorId String @db.Uuid\n');
  });

  it('fix leaves a foreign key that is already uuid alone', () => {
    const files = pg(schema('@default(uuid())', ' @db.Uuid'));
    const [a] = check(rule, files);
    expect(a.fixLabel).toBe('Add @db.Uuid');
    const { files: fixed } = fixAndRecheck(rule, files, a);
    expect(text(fixed)).toContain('  id    String @id @default(uuid()) @db.Uuid\n');
  });

  it('stays quiet for other providers', () => {
    expect(check(rule, pg(schema('@default(uuid())'), 'datasource db {\n  provider = "mysql"\n}\n'))).toEqual([]);
  });
});

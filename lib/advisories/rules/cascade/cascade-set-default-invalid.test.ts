import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { cascadeSetDefaultInvalid as rule } from './cascade-set-default-invalid';

const blocks = (authorId: string, actions: string, userId = 'Int') => `
model User {
  id    ${userId} @id
  posts Post[]
}

model Post {
  id       Int  @id
  authorId ${authorId}
  author   User @relation(fields: [authorId], references: [id], ${actions})

  @@index([authorId])
}
`;

describe('cascade-set-default-invalid', () => {
  it('is an error when the required foreign key has no default', () => {
    const files = pg(blocks('Int', 'onDelete: SetDefault'));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('error');
    expect(a.target).toEqual({ kind: 'relation', relation: 'Post.author', model: 'Post', field: 'author' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('@relation(fields: [authorId], references: [id], onDelete: SetDefault)');
    expect(a.message).toBe('Post.author: onDelete SetDefault, but authorId has no database default; deleting a User writes NULL and fails with a NOT NULL violation (23502).');
    expect(a.fixLabel).toBe('Set onDelete: Restrict');
  });

  it('counts a default Prisma Client generates as none', () => {
    const files = pg(blocks('String @default(uuid())', 'onUpdate: SetDefault', 'String'));
    const [a] = check(rule, files);
    expect(a.severity).toBe('error');
    expect(a.message).toBe(
      "Post.author: onUpdate SetDefault, but authorId has no database default (@default(uuid()) is filled in by Prisma Client, not by the database); changing a User's id writes NULL and fails with a NOT NULL violation (23502).",
    );
  });

  it('is a warning when the default is a constant', () => {
    const files = pg(blocks('Int @default(1)', 'onDelete: SetDefault, onUpdate: SetDefault'));
    const [a] = check(rule, files);
    expect(a.severity).toBe('warning');
    expect(a.message).toBe(
      'Post.author: onDelete and onUpdate SetDefault sets authorId = 1; deleting a User or changing its id fails with a foreign key violation (23503) unless that User row exists.',
    );
    expect(a.fixLabel).toBe('Set onDelete: Restrict, onUpdate: Restrict');
  });

  it('is quiet for other actions, database expressions and a nullable key without default', () => {
    expect(check(rule, pg(blocks('Int @default(1)', 'onDelete: Cascade')))).toEqual([]);
    expect(check(rule, pg(blocks('Int @default(dbgenerated("default_user()"))', 'onDelete: SetDefault')))).toEqual([]);
    const nullable = pg(blocks('Int?', 'onDelete: SetDefault').replace('author   User @relation', 'author   User? @relation'));
    expect(check(rule, nullable)).toEqual([]);
  });

  it('fix writes Restrict instead of SetDefault', () => {
    const files = pg(blocks('Int @default(1)', 'onDelete: SetDefault, onUpdate: SetDefault'));
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('author   User @relation(fields: [authorId], references: [id], onDelete: Restrict, onUpdate: Restrict)');
  });

  it('stays quiet for other providers', () => {
    const files = pg(blocks('Int', 'onDelete: SetDefault'), 'datasource db {\n  provider = "sqlite"\n}\n');
    expect(check(rule, files)).toEqual([]);
  });
});

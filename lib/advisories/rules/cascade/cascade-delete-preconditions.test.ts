import { describe, expect, it } from 'vitest';
import { check, pg, text } from '../../../../test-support/advisories';
import { cascadeDeletePreconditions as rule } from './cascade-delete-preconditions';

const blocks = (postAction: string) => `
model User {
  id       Int       @id
  posts    Post[]
  comments Comment[]
}

model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id]${postAction})

  @@index([authorId])
}

model Comment {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])

  @@index([authorId])
}
`;

describe('cascade-delete-preconditions', () => {
  it('lists on the parent every relation that blocks its delete', () => {
    const files = pg(blocks(', onDelete: NoAction'));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('info');
    expect(a.target).toEqual({ kind: 'model', model: 'User' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('User');
    expect(a.message).toBe('To delete a User, first remove or reassign the rows that reference it: Post.author (NoAction), Comment.author (Restrict, Prisma default).');
    expect(a.fixLabel).toBeUndefined();
  });

  it('leaves relations that only carry Prisma\'s default to cascade-ondelete-implicit', () => {
    expect(check(rule, pg(blocks('')))).toEqual([]);
  });

  it('is quiet when the written actions do not block the delete', () => {
    expect(check(rule, pg(blocks(', onDelete: Cascade')))).toEqual([]);
  });

  it('stays quiet for other providers', () => {
    expect(check(rule, pg(blocks(', onDelete: Restrict'), 'datasource db {\n  provider = "sqlite"\n}\n'))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { indexFkWithSortKey as rule } from './index-fk-with-sort-key';

const blocks = (postFields: string, postExtra = '') => `
model User {
  id    Int    @id
  posts Post[]
}

model Post {
  id        Int      @id
  authorId  Int
  author    User     @relation(fields: [authorId], references: [id])
${postFields}
${postExtra}}
`;

describe('index-fk-with-sort-key', () => {
  it('fires on a foreign key without a (fk, createdAt) index and points at its @relation', () => {
    const files = pg(blocks('  createdAt DateTime @default(now())'));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.message).toBe('Post.author: no index starts with (authorId, createdAt), so listing one User\'s Post rows by createdAt sorts all of them.');
    expect(a.target).toEqual({ kind: 'relation', relation: 'Post.author', model: 'Post', field: 'author' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('@relation(fields: [authorId], references: [id])');
    expect(a.severity).toBe('info');
    expect(a.fixLabel).toBe('Add @@index([authorId, createdAt(sort: Desc)])');
  });

  it('falls back to the @updatedAt field, and knows created_at and createdOn', () => {
    expect(check(rule, pg(blocks('  updatedAt DateTime @updatedAt'))).map((a) => a.fixLabel)).toEqual(['Add @@index([authorId, updatedAt(sort: Desc)])']);
    expect(check(rule, pg(blocks('  created_at DateTime\n  updatedAt  DateTime @updatedAt'))).map((a) => a.fixLabel)).toEqual([
      'Add @@index([authorId, created_at(sort: Desc)])',
    ]);
    expect(check(rule, pg(blocks('  createdOn DateTime'))).map((a) => a.fixLabel)).toEqual(['Add @@index([authorId, createdOn(sort: Desc)])']);
  });

  it('is quiet when an index starts with (fk, createdAt) in either sort order, or without a sort key', () => {
    expect(check(rule, pg(blocks('  createdAt DateTime', '\n  @@index([authorId, createdAt])\n')))).toEqual([]);
    expect(check(rule, pg(blocks('  createdAt DateTime', '\n  @@unique([authorId, createdAt(sort: Desc), id])\n')))).toEqual([]);
    expect(check(rule, pg(blocks('  title     String')))).toEqual([]);
    expect(check(rule, pg(blocks('  createdAt String')))).toEqual([]);
  });

  it('is quiet for one-to-one relations and compound foreign keys', () => {
    const oneToOne = pg(`
model User {
  id      Int      @id
  profile Profile?
}

model Profile {
  id        Int      @id
  userId    Int      @unique
  user      User     @relation(fields: [userId], references: [id])
  createdAt DateTime
}
`);
    expect(check(rule, oneToOne)).toEqual([]);
    const compound = pg(`
model Project {
  tenantId Int
  id       Int
  tasks    Task[]

  @@id([tenantId, id])
}

model Task {
  id        Int      @id
  tenantId  Int
  projectId Int
  project   Project  @relation(fields: [tenantId, projectId], references: [tenantId, id])
  createdAt DateTime
}
`);
    expect(check(rule, compound)).toEqual([]);
  });

  it('fix appends the composite index', () => {
    const files = pg(blocks('  createdAt DateTime @default(now())'));
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('  createdAt DateTime @default(now())\n\n  @@index([authorId, createdAt(sort: Desc)])\n}');
  });

  it('fix extends a plain @@index on the foreign key instead of adding a second one', () => {
    const files = pg(blocks('  createdAt DateTime', '\n  @@index([authorId], map: "post_author")\n'));
    const [a] = check(rule, files);
    expect(a.fixLabel).toBe('Replace @@index([authorId], map: "post_author") with @@index([authorId, createdAt(sort: Desc)])');
    const { files: fixed } = fixAndRecheck(rule, files, a);
    expect(text(fixed)).toContain('\n  @@index([authorId, createdAt(sort: Desc)], map: "post_author")\n}');
  });
});

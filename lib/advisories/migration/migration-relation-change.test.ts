import { describe, expect, it } from 'vitest';
import { checkPair, pg, text } from '../../../test-support/migration-safety';
import { migrationRelationChange as rule } from './migration-relation-change';

const schema = (relation: string, extra = '') => `
model User {
  id    Int    @id
  posts Post[]
}

model Post {
  id       Int       @id
  authorId Int
  author   User      @relation(fields: [authorId], references: [id]${relation})
  comments Comment[]
}

model Comment {
  id     Int  @id
  postId Int
  post   Post @relation(fields: [postId], references: [id], onDelete: Cascade)
${extra}}
`;

describe('migration-relation-change', () => {
  it('is a warning when a changed onDelete grows what a delete removes', () => {
    const current = pg(schema(', onDelete: Cascade'));
    const [a, ...rest] = checkPair(rule, pg(schema('')), current);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('warning');
    expect(a.target).toEqual({ kind: 'relation', relation: 'Post.author', model: 'Post', field: 'author' });
    expect(text(current).slice(a.span.start, a.span.end)).toBe('@relation(fields: [authorId], references: [id], onDelete: Cascade)');
    expect(a.message).toBe(
      'Post.author: onDelete Restrict (Prisma default) → Cascade. Prisma drops and re-adds the foreign key, which re-checks every row of Post under a lock that blocks writes. Deleting one User row now also deletes rows in Post, Comment (cascades into no other table before, Post, Comment after).',
    );
    expect(a.data).toMatchObject({ cascadesBefore: [], cascadesAfter: ['Post', 'Comment'] });
  });

  it('is info when the blast radius does not grow', () => {
    const [a] = checkPair(rule, pg(schema(', onDelete: Cascade')), pg(schema(', onDelete: Restrict')));
    expect(a.severity).toBe('info');
    const [b] = checkPair(rule, pg(schema('')), pg(schema(', onUpdate: Restrict')));
    expect(b.message).toContain('onUpdate Cascade (Prisma default) → Restrict');
    expect(b.severity).toBe('info');
  });

  it('with relationMode = "prisma" says nothing changes in the database, and ignores removed relations', () => {
    const header = 'datasource db {\n  provider     = "postgresql"\n  relationMode = "prisma"\n}\n';
    const withIndex = (relation: string) => schema(relation).replace('  comments Comment[]\n}', '  comments Comment[]\n\n  @@index([authorId])\n}').replace('  post   Post @relation(fields: [postId], references: [id], onDelete: Cascade)\n', '  post   Post @relation(fields: [postId], references: [id], onDelete: Cascade)\n\n  @@index([postId])\n');
    const [a] = checkPair(rule, pg(withIndex(''), header), pg(withIndex(', onDelete: Cascade'), header));
    expect(a.message).toContain('With relationMode = "prisma" nothing changes in the database');
    expect(a.severity).toBe('warning');
  });

  it('is quiet when the written action equals the default', () => {
    expect(checkPair(rule, pg(schema('')), pg(schema(', onDelete: Restrict')))).toEqual([]);
  });

  it('is a warning when a foreign key goes but its column stays', () => {
    const before = pg('model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n');
    const current = pg('model User {\n  id Int @id\n}\n\nmodel Post {\n  id       Int @id\n  authorId Int\n}\n');
    const [a] = checkPair(rule, before, current);
    expect(a.severity).toBe('warning');
    expect(a.target).toEqual({ kind: 'field', model: 'Post', field: 'author' });
    expect(a.message).toBe(
      'Post.author → User was removed while its key column "authorId" stays: Prisma drops the foreign key, so nothing stops "authorId" from pointing at User rows that no longer exist, and deleting a User row is no longer blocked by them.',
    );
    // the column going too is migration-drop-column's
    expect(checkPair(rule, before, pg('model User {\n  id Int @id\n}\n\nmodel Post {\n  id Int @id\n}\n'))).toEqual([]);
  });
});

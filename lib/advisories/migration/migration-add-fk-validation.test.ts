import { describe, expect, it } from 'vitest';
import { checkPair, pg, text } from '../../../test-support/migration-safety';
import { migrationAddFkValidation as rule } from './migration-add-fk-validation';
import { plansFor } from './run';

const schema = (postExtra: string, userExtra = '') => `
model User {
  id Int @id
${userExtra}}

model Post {
  id       Int  @id
${postExtra}}
`;
const relation = '  author   User? @relation(fields: [authorId], references: [id])\n';

describe('migration-add-fk-validation', () => {
  it('is a warning when an existing column becomes a foreign key', () => {
    const current = pg(schema(`  authorId Int?\n${relation}`, '  posts Post[]\n'));
    const [a, ...rest] = checkPair(rule, pg(schema('  authorId Int?\n')), current);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('warning');
    expect(a.target).toEqual({ kind: 'relation', relation: 'Post.author', model: 'Post', field: 'author' });
    expect(text(current).slice(a.span.start, a.span.end)).toBe('@relation(fields: [authorId], references: [id])');
    expect(a.message).toBe(
      'Post.author adds a foreign key to User on an existing table: ADD FOREIGN KEY scans "Post" and blocks writes to "Post" and "User" while it validates. "authorId" already holds data: the migration fails if any value has no matching User row.',
    );
  });

  it('is info when the key column is new', () => {
    const [a] = checkPair(rule, pg(schema('')), pg(schema(`  authorId Int?\n${relation}`, '  posts Post[]\n')));
    expect(a.severity).toBe('info');
    expect(a.message).not.toContain('already holds data');
  });

  it('warns that a new parent table is empty', () => {
    const before = pg('model Post {\n  id       Int  @id\n  authorId Int?\n}\n');
    const [a] = checkPair(rule, before, pg(schema(`  authorId Int?\n${relation}`, '  posts Post[]\n')));
    expect(a.message).toContain('User is a new, empty table, so the migration fails if any row of "Post" has a non-NULL "authorId"');
  });

  it('is quiet with relationMode = "prisma" (no constraint in the database)', () => {
    const header = 'datasource db {\n  provider     = "postgresql"\n  relationMode = "prisma"\n}\n';
    const current = schema(`  authorId Int?\n${relation}\n  @@index([authorId])\n`, '  posts Post[]\n');
    expect(checkPair(rule, pg(schema('  authorId Int?\n'), header), pg(current, header))).toEqual([]);
  });

  it('is quiet on unchanged relations and new tables', () => {
    const both = pg(schema(`  authorId Int?\n${relation}`, '  posts Post[]\n'));
    expect(checkPair(rule, both, both)).toEqual([]);
    expect(checkPair(rule, pg('model User {\n  id Int @id\n}\n'), both)).toEqual([]);
  });

  it('plans an orphan check, NOT VALID, then VALIDATE', () => {
    const [a] = checkPair(rule, pg(schema('  authorId Int?\n')), pg(schema(`  authorId Int?\n${relation}`, '  posts Post[]\n')));
    expect(plansFor(a, [rule])[0].steps.flatMap((s) => s.sql ?? [])).toEqual([
      'SELECT c.* FROM "Post" c LEFT JOIN "User" p ON p."id" = c."authorId" WHERE c."authorId" IS NOT NULL AND p."id" IS NULL;',
      'ALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE NOT VALID;',
      'ALTER TABLE "Post" VALIDATE CONSTRAINT "Post_authorId_fkey";',
    ]);
  });
});

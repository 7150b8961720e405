import { describe, expect, it } from 'vitest';
import { check, pg, text } from '../../../../test-support/advisories';
import { indexSoftDeleteUnique as rule } from './index-soft-delete-unique';

const user = (fields: string, extra = '') => `
model User {
  id        Int       @id
${fields}
${extra}}
`;

const PARTIAL_HEADER = `datasource db {
  provider = "postgresql"
}

generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["partialIndexes"]
}
`;

describe('index-soft-delete-unique', () => {
  it('fires on a field-level @unique beside deletedAt and says what to write by hand', () => {
    const files = pg(user('  email     String    @unique\n  deletedAt DateTime?'));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.message).toBe(
      'User.email: @unique also counts rows with deletedAt set, so re-creating a soft-deleted (email) fails; ' +
        'write @@unique([email], where: { deletedAt: null }) instead (previewFeatures = ["partialIndexes"], Prisma 7.4+) ' +
        'or hand-write CREATE UNIQUE INDEX … ON "User" ("email") WHERE "deletedAt" IS NULL in a migration.',
    );
    expect(a.target).toEqual({ kind: 'field', model: 'User', field: 'email' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('@unique');
    expect(a.severity).toBe('info');
    // no canvas operation writes `where:` or previewFeatures
    expect(a.fixLabel).toBeUndefined();
    expect(rule.fix).toBeUndefined();
  });

  it('fires on a compound @@unique, uses database names in the SQL, and drops the preview hint once enabled', () => {
    const fields = '  teamId    Int\n  slug      String\n  removedAt DateTime? @map("removed_at")';
    const extra = '\n  @@unique([teamId, slug])\n  @@map("users")\n';
    const [a] = check(rule, pg(user(fields, extra), PARTIAL_HEADER));
    expect(a.target).toEqual({ kind: 'model', model: 'User' });
    expect(a.message).toBe(
      'User: @@unique([teamId, slug]) also counts rows with removedAt set, so re-creating a soft-deleted (teamId, slug) fails; ' +
        'write @@unique([teamId, slug], where: { removedAt: null }) instead ' +
        'or hand-write CREATE UNIQUE INDEX … ON "users" ("teamId", "slug") WHERE "removed_at" IS NULL in a migration.',
    );
  });

  it('is quiet on archivedAt: archived rows stay in use and keep their key on purpose', () => {
    expect(check(rule, pg(user('  slug       String    @unique\n  archivedAt DateTime?')))).toEqual([]);
  });

  it('the advice it gives is valid for Prisma 7', () => {
    expect(check(rule, pg(user('  email     String\n  deletedAt DateTime?', '\n  @@unique([email], where: { deletedAt: null })\n'), PARTIAL_HEADER))).toEqual([]);
  });

  it('is quiet without a nullable soft-delete timestamp', () => {
    expect(check(rule, pg(user('  email     String    @unique')))).toEqual([]);
    expect(check(rule, pg(user('  email     String    @unique\n  deletedAt DateTime')))).toEqual([]);
    expect(check(rule, pg(user('  email     String    @unique\n  deleted   Boolean')))).toEqual([]);
  });

  it('is quiet for partial uniques, uniques with the timestamp or the primary key, and opaque identifiers', () => {
    expect(check(rule, pg(user('  email     String    @unique(where: { deletedAt: null })\n  deletedAt DateTime?'), PARTIAL_HEADER))).toEqual([]);
    expect(check(rule, pg(user('  email     String\n  deletedAt DateTime?', '\n  @@unique([email, deletedAt])\n')))).toEqual([]);
    expect(check(rule, pg(user('  email     String\n  deletedAt DateTime?', '\n  @@unique([id, email])\n')))).toEqual([]);
    expect(check(rule, pg(user('  publicId  String    @unique\n  token     String    @unique\n  code      String    @unique @default(cuid())\n  deletedAt DateTime?')))).toEqual([]);
  });

  it('is quiet for uniques a relation needs whole', () => {
    const files = pg(`
model User {
  id        Int       @id
  handle    String    @unique
  deletedAt DateTime?
  profile   Profile?
  posts     Post[]
}

model Profile {
  id        Int       @id
  userId    Int       @unique
  user      User      @relation(fields: [userId], references: [id])
  deletedAt DateTime?
}

model Post {
  id           Int    @id
  authorHandle String
  author       User   @relation(fields: [authorHandle], references: [handle])
}
`);
    expect(check(rule, files)).toEqual([]);
  });
});

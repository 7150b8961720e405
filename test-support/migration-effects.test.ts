import { describe, expect, it } from 'vitest';
import { applyMigrationEffects, emptyCatalog, splitTopLevel } from './migration-effects';

const INIT = `
-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'USER');

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'USER',
    "price" DECIMAL(10, 2),
    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "Post" ("id" TEXT NOT NULL, author_id TEXT REFERENCES "User"("id"));

-- CreateIndex
CREATE UNIQUE INDEX "Post_author_id_key" ON "Post"("author_id");
`;

describe('migration effects', () => {
  it('splits at top-level commas only', () => {
    expect(splitTopLevel(`"a" DECIMAL(10, 2), "b" TEXT DEFAULT 'x,y'`)).toEqual([`"a" DECIMAL(10, 2)`, `"b" TEXT DEFAULT 'x,y'`]);
  });

  it('records created tables, columns, enums and indexes, and what each statement touched', () => {
    const c = emptyCatalog();
    const step = applyMigrationEffects(c, INIT);
    expect(Object.fromEntries(c.tables)).toEqual({ User: ['id', 'role', 'price'], Post: ['id', 'author_id'] });
    expect(Object.fromEntries(c.enums)).toEqual({ Role: ['ADMIN', 'USER'] });
    expect(Object.fromEntries(c.indexes)).toEqual({ User_pkey: 'User', Post_author_id_key: 'Post' });
    expect([...step.touched].sort()).toEqual(['Post', 'Role', 'User']);
    expect(step.unrecognized).toEqual([]);
  });

  it('follows column and table changes, enum edits, index drops and drops', () => {
    const c = emptyCatalog();
    applyMigrationEffects(c, INIT);
    const step = applyMigrationEffects(c, `
ALTER TABLE "User" ADD COLUMN "name" TEXT,
ADD COLUMN     "bio" TEXT, DROP COLUMN "price", ADD CONSTRAINT "User_name_key" UNIQUE ("name");
ALTER TABLE "User" RENAME COLUMN "bio" TO "about";
ALTER TYPE "Role" ADD VALUE 'OWNER';
ALTER TYPE "Role" RENAME VALUE 'USER' TO 'MEMBER';
DROP INDEX "Post_author_id_key";
ALTER TABLE "Post" RENAME TO "Article";
UPDATE "User" SET name = 'x';
CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;
`);
    expect(Object.fromEntries(c.tables)).toEqual({ User: ['id', 'role', 'name', 'about'], Article: ['id', 'author_id'] });
    expect(c.enums.get('Role')).toEqual(['ADMIN', 'MEMBER', 'OWNER']);
    expect(c.indexes.get('User_name_key')).toBe('User');
    expect(c.indexes.has('Post_author_id_key')).toBe(false);
    expect([...step.touched].sort()).toEqual(['Article', 'Post', 'Role', 'User']);
    expect(step.unrecognized).toEqual(['CREATE FUNCTION f() RETURNS int AS $$ SELECT 1 $$ LANGUAGE sql;']);
    applyMigrationEffects(c, 'DROP TABLE "Article";\nDROP TYPE IF EXISTS "Role";');
    expect([...c.tables.keys()]).toEqual(['User']);
    expect(c.enums.size).toBe(0);
  });
});

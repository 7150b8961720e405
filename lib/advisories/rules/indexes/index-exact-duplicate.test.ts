import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { indexExactDuplicate as rule } from './index-exact-duplicate';

const post = (extra: string, slug = 'String') => `
model Post {
  id       Int    @id
  authorId Int
  slug     ${slug}
${extra}}
`;

describe('index-exact-duplicate', () => {
  it('fires on the copy with a custom name and keeps the conventionally named one', () => {
    const files = pg(post('\n  @@index([authorId], map: "post_author")\n  @@index([authorId])\n'));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.message).toBe('Post: @@index([authorId], map: "post_author") is identical to @@index([authorId]) apart from its name.');
    expect(a.target).toEqual({ kind: 'model', model: 'Post' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('@@index([authorId], map: "post_author")');
    expect(a.fixLabel).toBe('Delete @@index([authorId], map: "post_author")');
  });

  it('counts an explicit default name as conventional, and the first one when none is', () => {
    const named = check(rule, pg(post('\n  @@index([authorId], map: "Post_authorId_idx")\n  @@index([authorId], map: "b")\n')));
    expect(named.map((a) => a.fixLabel)).toEqual(['Delete @@index([authorId], map: "b")']);
    const custom = check(rule, pg(post('\n  @@index([authorId], map: "a")\n  @@index([authorId], map: "b")\n  @@index([authorId], map: "c")\n')));
    expect(custom.map((a) => a.fixLabel)).toEqual(['Delete @@index([authorId], map: "b")', 'Delete @@index([authorId], map: "c")']);
  });

  it('fires on a @@unique repeating a field-level @unique, keeping the field-level one', () => {
    const files = pg(post('\n  @@unique([slug], map: "post_slug")\n', 'String @unique'));
    const [a] = check(rule, files);
    expect(a.message).toBe('Post: @@unique([slug], map: "post_slug") is identical to slug @unique apart from its name.');
  });

  it('is quiet when kind, type, sort, columns or where differ', () => {
    expect(check(rule, pg(post('\n  @@index([authorId], map: "a")\n  @@index([authorId], type: Hash)\n')))).toEqual([]);
    expect(check(rule, pg(post('\n  @@index([authorId], map: "a")\n  @@index([authorId(sort: Desc)])\n')))).toEqual([]);
    expect(check(rule, pg(post('\n  @@index([authorId, slug], map: "a")\n  @@index([slug, authorId])\n')))).toEqual([]);
    expect(check(rule, pg(post('\n  @@unique([authorId, slug], map: "a")\n  @@index([authorId, slug])\n')))).toEqual([]);
    const partial = pg(post('\n  @@index([authorId], map: "a", where: raw("slug <> \'\'"))\n  @@index([authorId])\n'), PARTIAL_HEADER);
    expect(check(rule, partial)).toEqual([]);
  });

  it('compares where: as written, apart from spacing', () => {
    const files = pg(post('\n  @@index([authorId], map: "a", where: raw("slug <> \'\'"))\n  @@index([authorId], map: "b", where: raw( "slug <> \'\'" ))\n'), PARTIAL_HEADER);
    expect(check(rule, files).map((a) => a.fixLabel)).toEqual([`Delete @@index([authorId], map: "b", where: raw( "slug <> ''" ))`]);
  });

  it('leaves copies of a unique constraint to index-duplicates-unique', () => {
    expect(check(rule, pg(post('\n  @@index([slug], map: "a")\n  @@index([slug])\n', 'String @unique')))).toEqual([]);
  });

  it('fix deletes the copy', () => {
    const files = pg(post('\n  @@index([authorId], map: "post_author")\n  @@index([authorId])\n'));
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('  slug     String\n\n  @@index([authorId])\n}');
  });

  it('fix deletes a duplicate @@unique', () => {
    const files = pg(post('\n  @@unique([authorId, slug], map: "a")\n  @@unique([authorId, slug])\n'));
    const [a] = check(rule, files);
    const { files: fixed } = fixAndRecheck(rule, files, a);
    expect(text(fixed)).toContain('  slug     String\n\n  @@unique([authorId, slug])\n}');
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

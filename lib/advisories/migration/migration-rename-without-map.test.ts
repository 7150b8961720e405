import { describe, expect, it } from 'vitest';
import { checkPair, fixPairAndRecheck, pg, planSchemas, text } from '../../../test-support/migration-safety';
import { migrationRenameWithoutMap as rule } from './migration-rename-without-map';
import { plansFor } from './run';

const user = (title: string) => `
model Post {
  id    Int    @id
  ${title}
}
`;

describe('migration-rename-without-map', () => {
  it('fires on a renamed field without @map, and the fix pins the old column', () => {
    const baseline = pg(user('title String'));
    const current = pg(user('headline String'));
    const [a, ...rest] = checkPair(rule, baseline, current);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('error');
    expect(a.category).toBe('migration-safety');
    expect(a.target).toEqual({ kind: 'field', model: 'Post', field: 'headline' });
    expect(a.message).toContain('looks like Post.title renamed');
    expect(a.message).toContain('every value of "title" is lost');
    expect(text(current).slice(a.span.start, a.span.end)).toBe('headline String');
    expect(a.fixLabel).toBe('Keep the column name: @map("title")');
    const { files } = fixPairAndRecheck(rule, baseline, current, a);
    expect(text(files)).toContain('headline String @map("title")');
  });

  it('is quiet when the rename keeps the column with @map', () => {
    expect(checkPair(rule, pg(user('title String')), pg(user('headline String @map("title")')))).toEqual([]);
  });

  it('fires when @map changes the column of a field that kept its name; the fix removes the @map', () => {
    const baseline = pg(user('title String'));
    const current = pg(user('title String @map("post_title")'));
    const [a] = checkPair(rule, baseline, current);
    expect(a.message).toContain('the column changes from "title" to "post_title"');
    expect(a.fixLabel).toBe('Keep the column name "title" (remove @map)');
    const { files } = fixPairAndRecheck(rule, baseline, current, a);
    expect(text(files)).toContain('  title String\n');
  });

  it('does not take a field of another type for a rename', () => {
    expect(checkPair(rule, pg(user('title String')), pg(user('views Int')))).toEqual([]);
  });

  it('fires on a renamed model without @@map; the fix adds @@map with the old table name', () => {
    const baseline = pg('model Post {\n  id    Int    @id\n  title String\n}\n');
    const current = pg('model Article {\n  id    Int    @id\n  title String\n}\n');
    const [a, ...rest] = checkPair(rule, baseline, current);
    expect(rest).toEqual([]);
    expect(a.target).toEqual({ kind: 'model', model: 'Article' });
    expect(a.message).toContain('Article looks like Post renamed (100% of the columns are the same)');
    expect(a.message).toContain('drops "Post" and creates "Article"');
    const { files } = fixPairAndRecheck(rule, baseline, current, a);
    expect(text(files)).toContain('@@map("Post")');
  });

  it('says that foreign keys of other tables fail against the new, empty table', () => {
    const baseline = pg('model User {\n  id    Int    @id\n  name  String\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n');
    const current = pg('model Member {\n  id    Int    @id\n  name  String\n  posts Post[]\n}\n\nmodel Post {\n  id       Int    @id\n  authorId Int\n  author   Member @relation(fields: [authorId], references: [id])\n}\n');
    const [a] = checkPair(rule, baseline, current);
    expect(a.message).toContain('The foreign keys of Post are added again against the new, empty table, so the migration fails if Post has rows pointing at it.');
  });

  it('is quiet on a model renamed with @@map, and on a table that only shares its id column', () => {
    expect(checkPair(rule, pg('model Post {\n  id    Int    @id\n  title String\n}\n'), pg('model Article {\n  id    Int    @id\n  title String\n\n  @@map("Post")\n}\n'))).toEqual([]);
    expect(checkPair(rule, pg('model Post {\n  id Int @id\n}\n'), pg('model Article {\n  id Int @id\n}\n'))).toEqual([]);
  });

  it('fires when @@map moves the table of a model that kept its name', () => {
    const baseline = pg('model Post {\n  id Int @id\n}\n');
    const current = pg('model Post {\n  id Int @id\n\n  @@map("posts")\n}\n');
    const [a] = checkPair(rule, baseline, current);
    expect(a.message).toBe('Post: its table changes from "Post" to "posts". Prisma Migrate has no rename detection: it drops "Post" and creates "posts", so if the table has rows they are all lost.');
    const { files } = fixPairAndRecheck(rule, baseline, current, a);
    expect(text(files)).not.toContain('@@map');
  });

  const JOIN_BASELINE = `
model Post {
  id   Int   @id
  name String
  tags Tag[]
}

model Tag {
  id    Int    @id
  label String
  posts Post[]
}
`;

  it('fires on an implicit m:n join table renamed with its model; the fix pins the relation name', () => {
    const baseline = pg(JOIN_BASELINE);
    const current = pg(JOIN_BASELINE.replace('tags Tag[]', 'topics Topic[]').replace('model Tag {', 'model Topic {'));
    const all = checkPair(rule, baseline, current);
    expect(all.map((a) => a.target.kind)).toEqual(['relation', 'model']);
    const join = all[0];
    expect(join.message).toContain('the implicit many-to-many join table changes from "_PostToTag" to "_PostToTopic"');
    expect(join.fixLabel).toBe('Keep the join table "_PostToTag"');
    const { files, after } = fixPairAndRecheck(rule, baseline, current, join);
    expect(text(files)).toContain('@relation("PostToTag")');
    // renaming back and forth with keepTableName also kept the table
    expect(text(files)).toContain('@@map("Tag")');
    expect(after).toEqual([]);
  });

  it('explains, without a fix, a model rename that swaps the join table columns A and B', () => {
    const baseline = pg(JOIN_BASELINE);
    const renamed = JOIN_BASELINE.replace('tags Tag[]', 'labels Label[]').replace('model Tag {', 'model Label {');
    const join = checkPair(rule, baseline, pg(renamed)).find((a) => a.target.kind === 'relation')!;
    expect(join.message).toContain('to "_LabelToPost"');
    expect(join.message).toContain('its column A now references Label and B Post, the other way round than before');
    expect(join.fixLabel).toBeUndefined();
    // pinned by hand: the name stays, the swap does not go away
    const pinned = renamed.replace('labels Label[]', 'labels Label[] @relation("PostToTag")').replace('  posts Post[]\n}', '  posts Post[] @relation("PostToTag")\n\n  @@map("Tag")\n}');
    const [still] = checkPair(rule, baseline, pg(pinned));
    expect(still.message).toContain('the implicit many-to-many join table "_PostToTag" keeps its name, but its column A now references Label');
  });

  it('offers a one-step plan: pin the storage name', () => {
    const current = pg(user('headline String'));
    const [a] = checkPair(rule, pg(user('title String')), current);
    const [plan] = plansFor(a, [rule]);
    expect(plan.steps.map((s) => s.title)).toEqual(['Pin the column name "title"']);
    expect(text(planSchemas(current, plan)[0]!)).toContain('@map("title")');
  });
});

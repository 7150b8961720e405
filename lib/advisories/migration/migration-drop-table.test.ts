import { describe, expect, it } from 'vitest';
import { checkPair, fixPairAndRecheck, pg, planSchemas, text } from '../../../test-support/migration-safety';
import { migrationDropTable as rule } from './migration-drop-table';
import { plansFor } from './run';

const USER = `
model User {
  id    Int    @id
  posts Post[]
}
`;
const POST = `
model Post {
  id       Int    @id
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
  tags     Tag[]
}

model Tag {
  id    Int    @id
  posts Post[]
}
`;

describe('migration-drop-table', () => {
  it('fires (error) on a dropped model, shown on the datasource, naming its join tables', () => {
    const baseline = pg(USER + POST);
    const current = pg('model User {\n  id Int @id\n}\n\nmodel Tag {\n  id Int @id\n}\n');
    const [a, ...rest] = checkPair(rule, baseline, current);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('error');
    expect(a.target).toEqual({ kind: 'model', model: 'Post' });
    expect(text(current).slice(a.span.start, a.span.end)).toBe('db');
    expect(a.message).toBe(
      'The model Post was removed: Prisma Migrate drops the table "Post" with its join table "_PostToTag", so if it has rows they are all lost, and app instances still running the previous Prisma Client fail on it.',
    );
  });

  it('says which foreign keys of tables that stay go with it', () => {
    const baseline = pg(USER + POST);
    const current = pg('model Post {\n  id       Int    @id\n  title    String\n  authorId Int\n  tags     Tag[]\n}\n\nmodel Tag {\n  id    Int    @id\n  posts Post[]\n}\n');
    const [a] = checkPair(rule, baseline, current);
    expect(a.message).toContain('The model User was removed');
    expect(a.message).toContain('The foreign keys of Post that reference it go too.');
  });

  it('the fix restores the model from the baseline as @@ignore', () => {
    const baseline = pg(USER + POST);
    const current = pg('model User {\n  id Int @id\n}\n\nmodel Tag {\n  id Int @id\n}\n');
    const [a] = checkPair(rule, baseline, current);
    expect(a.fixLabel).toBe('Keep the table for now: restore Post as @@ignore');
    const { files } = fixPairAndRecheck(rule, baseline, current, a);
    expect(text(files)).toContain('model Post {');
    expect(text(files)).toContain('@@ignore');
  });

  it('is a warning when the baseline had @@ignore, and quiet on renames', () => {
    const ignored = 'model Old {\n  id Int @id\n\n  @@ignore\n}\n';
    const [a] = checkPair(rule, pg(USER.replace('  posts Post[]\n', '') + ignored), pg(USER.replace('  posts Post[]\n', '')));
    expect(a.severity).toBe('warning');
    expect(a.fixLabel).toBeUndefined();
    expect(checkPair(rule, pg('model Post {\n  id    Int    @id\n  title String\n}\n'), pg('model Article {\n  id    Int    @id\n  title String\n}\n'))).toEqual([]);
  });

  it('fires on a removed implicit m:n relation between two models that stay, without a fix', () => {
    const baseline = pg('model Post {\n  id   Int   @id\n  tags Tag[]\n}\n\nmodel Tag {\n  id    Int    @id\n  posts Post[]\n}\n');
    const current = pg('model Post {\n  id Int @id\n}\n\nmodel Tag {\n  id Int @id\n}\n');
    const [a] = checkPair(rule, baseline, current);
    expect(a.message).toBe('Post.tags ↔ Tag.posts was removed: Prisma Migrate drops its implicit join table "_PostToTag", so every link between Post and Tag rows is lost.');
    expect(a.target).toEqual({ kind: 'field', model: 'Post', field: 'tags' });
    expect(a.fixLabel).toBeUndefined();
  });

  it('plans: @@ignore first, back up, then drop', () => {
    const current = pg('model User {\n  id Int @id\n}\n\nmodel Tag {\n  id Int @id\n}\n');
    const [a] = checkPair(rule, pg(USER + POST), current);
    const [plan] = plansFor(a, [rule]);
    expect(plan.steps.map((s) => s.title)).toEqual(['Stop using Post', 'Back the rows up', 'Drop the table']);
    expect(plan.steps[1].sql).toEqual(['CREATE TABLE "Post_backup" AS TABLE "Post";']);
    expect(text(planSchemas(current, plan)[0]!)).toContain('@@ignore');
  });
});

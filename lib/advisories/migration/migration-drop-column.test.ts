import { describe, expect, it } from 'vitest';
import { checkPair, fixPairAndRecheck, pg, planSchemas, text } from '../../../test-support/migration-safety';
import { migrationDropColumn as rule } from './migration-drop-column';
import { plansFor } from './run';

const post = (extra: string) => `
model Post {
  id    Int    @id
  title String
${extra}}
`;

describe('migration-drop-column', () => {
  it('fires (error) on a dropped column and points at the model', () => {
    const baseline = pg(post('  body  String @map("post_body") @db.VarChar(2000)\n'));
    const current = pg(post(''));
    const [a, ...rest] = checkPair(rule, baseline, current);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('error');
    expect(a.target).toEqual({ kind: 'field', model: 'Post', field: 'body' });
    expect(text(current).slice(a.span.start, a.span.end)).toBe('Post');
    expect(a.message).toBe(
      'Post.body (column "post_body") was removed: Prisma Migrate drops the column, so if "Post" has rows every value in it is lost, and app instances still running the previous Prisma Client fail when they read or write it.',
    );
  });

  it('the fix keeps the column as optional @ignore, with its column name and type', () => {
    const baseline = pg(post('  body  String @map("post_body") @db.VarChar(2000)\n'));
    const current = pg(post(''));
    const [a] = checkPair(rule, baseline, current);
    expect(a.fixLabel).toBe('Keep the column for now: restore body as @ignore');
    const { files } = fixPairAndRecheck(rule, baseline, current, a);
    expect(text(files)).toContain('body  String? @map("post_body") @db.VarChar(2000) @ignore');
  });

  it('is a warning, without a fix, when the baseline had already @ignored the field', () => {
    const [a] = checkPair(rule, pg(post('  body  String? @ignore\n')), pg(post('')));
    expect(a.severity).toBe('warning');
    expect(a.message).toContain('It was already @ignore in the baseline');
    expect(a.fixLabel).toBeUndefined();
  });

  it('is quiet on a rename, on an unchanged schema and on a dropped table', () => {
    expect(checkPair(rule, pg(post('  body  String\n')), pg(post('  text  String @map("body")\n')))).toEqual([]);
    expect(checkPair(rule, pg(post('  body  String\n')), pg(post('  body  String\n')))).toEqual([]);
    expect(checkPair(rule, pg(post('  body  String\n') + 'model Tag {\n  id Int @id\n}\n'), pg('model Tag {\n  id Int @id\n}\n'))).toEqual([]);
  });

  it('plans expand and contract: @ignore first, back up, then drop', () => {
    const current = pg(post(''));
    const [a] = checkPair(rule, pg(post('  body  String\n')), current);
    const [plan] = plansFor(a, [rule]);
    expect(plan.steps.map((s) => s.title)).toEqual(['Stop using Post.body', 'Back the data up', 'Drop the column']);
    expect(plan.steps[1].sql).toEqual(['CREATE TABLE "Post_body_backup" AS SELECT "id", "body" FROM "Post";']);
    const [first, , last] = planSchemas(current, plan);
    expect(text(first!)).toContain('body  String? @ignore');
    expect(last).toBe(current);
  });
});

import { describe, expect, it } from 'vitest';
import { checkPair, pg, planSchemas, text } from '../../../test-support/migration-safety';
import { migrationMakeRequired as rule } from './migration-make-required';
import { plansFor } from './run';

const post = (title: string) => `
model Post {
  id    Int    @id
  ${title}
}
`;

describe('migration-make-required', () => {
  it('fires (warning) when an optional column becomes required, without a fix', () => {
    const current = pg(post('title String'));
    const [a, ...rest] = checkPair(rule, pg(post('title String?')), current);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('warning');
    expect(a.target).toEqual({ kind: 'field', model: 'Post', field: 'title' });
    expect(text(current).slice(a.span.start, a.span.end)).toBe('title String');
    expect(a.message).toBe(
      'Post.title becomes required: if any row of "Post" has NULL in "title", the migration fails (Prisma: "Made the column … required"), and SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock.',
    );
    expect(a.fixLabel).toBeUndefined();
  });

  it('says that a new default does not fill existing NULLs', () => {
    const [a] = checkPair(rule, pg(post('title String?')), pg(post('title String @default("")')));
    expect(a.message).toContain('Its @default("") only applies to new rows');
  });

  it('is quiet when the column stays optional, becomes optional, or is new', () => {
    expect(checkPair(rule, pg(post('title String?')), pg(post('title String?')))).toEqual([]);
    expect(checkPair(rule, pg(post('title String')), pg(post('title String?')))).toEqual([]);
    expect(checkPair(rule, pg(post('')), pg(post('title String @default("")')))).toEqual([]);
  });

  it('plans: backfill first; for big tables a NOT VALID CHECK', () => {
    const current = pg(post('title String'));
    const [a] = checkPair(rule, pg(post('title String?')), current);
    const [simple, big] = plansFor(a, [rule]);
    expect(simple.steps.map((s) => s.title)).toEqual(['Backfill the NULLs', 'Make Post.title required']);
    expect(planSchemas(current, simple)[1]).toBe(current);
    expect(big.steps[1].sql).toEqual([
      'ALTER TABLE "Post" ADD CONSTRAINT "Post_title_not_null" CHECK ("title" IS NOT NULL) NOT VALID;',
      'ALTER TABLE "Post" VALIDATE CONSTRAINT "Post_title_not_null";',
      'ALTER TABLE "Post" ALTER COLUMN "title" SET NOT NULL;',
      'ALTER TABLE "Post" DROP CONSTRAINT "Post_title_not_null";',
    ]);
  });
});

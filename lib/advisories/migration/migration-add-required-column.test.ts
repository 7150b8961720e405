import { describe, expect, it } from 'vitest';
import { checkPair, fixPairAndRecheck, pg, planSchemas, text } from '../../../test-support/migration-safety';
import { migrationAddRequiredColumn as rule } from './migration-add-required-column';
import { plansFor } from './run';

const post = (extra: string) => `
model Post {
  id    Int    @id
  title String
${extra}}
`;
const baseline = pg(post(''));

describe('migration-add-required-column', () => {
  it('fires (error) on a new required column without a default, with a @default fix when a natural literal exists', () => {
    const current = pg(post('  views Int\n'));
    const [a, ...rest] = checkPair(rule, baseline, current);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('error');
    expect(a.target).toEqual({ kind: 'field', model: 'Post', field: 'views' });
    expect(text(current).slice(a.span.start, a.span.end)).toBe('views Int');
    expect(a.message).toBe('Post.views is a new required column without a default: if "Post" has rows, the migration fails (Prisma: "Added the required column … without a default value").');
    expect(a.fixLabel).toBe('Add @default(0)');
    const { files } = fixPairAndRecheck(rule, baseline, current, a);
    expect(text(files)).toContain('views Int @default(0)');
  });

  it('offers no @default for strings, enums or foreign keys (no natural literal)', () => {
    const [a] = checkPair(rule, baseline, pg(post('  slug  String\n')));
    expect(a.fixLabel).toBeUndefined();
    const withUser = (extra: string) => `${post(extra)}\nmodel User {\n  id    Int    @id\n${extra.includes('author') ? '  posts Post[]\n' : ''}}\n`;
    const [fk] = checkPair(rule, pg(withUser('')), pg(withUser('  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n')));
    expect(fk.target).toEqual({ kind: 'field', model: 'Post', field: 'authorId' });
    expect(fk.fixLabel).toBeUndefined();
  });

  it('fires on @updatedAt alone (fix: @default(now())) and on a Prisma-level default', () => {
    const current = pg(post('  updatedAt DateTime @updatedAt\n'));
    const [a] = checkPair(rule, baseline, current);
    expect(a.message).toContain('with only @updatedAt');
    expect(a.fixLabel).toBe('Add @default(now())');
    const { files } = fixPairAndRecheck(rule, baseline, current, a);
    expect(text(files)).toContain('updatedAt DateTime @default(now()) @updatedAt');
    const [b] = checkPair(rule, baseline, pg(post('  token String @default(cuid())\n')));
    expect(b.severity).toBe('error');
    expect(b.message).toContain('whose default cuid() is computed by Prisma Client');
  });

  it('is info for a per-row database default (table rewrite)', () => {
    const [a] = checkPair(rule, baseline, pg(post('  ref   String @default(dbgenerated("gen_random_uuid()")) @db.Uuid\n')));
    expect(a.severity).toBe('info');
    expect(a.message).toContain('rewriting "Post" under an ACCESS EXCLUSIVE lock');
  });

  it('is quiet on constant defaults, optional or list columns, and new tables', () => {
    expect(checkPair(rule, baseline, pg(post('  views Int      @default(0)\n  at    DateTime @default(now())\n  note  String?\n  tags  String[]\n')))).toEqual([]);
    expect(checkPair(rule, baseline, pg(post('') + '\nmodel Tag {\n  id   Int    @id\n  name String\n}\n'))).toEqual([]);
  });

  it('plans: add with a default, or expand → backfill → contract', () => {
    const current = pg(post('  views Int\n'));
    const [a] = checkPair(rule, baseline, current);
    const plans = plansFor(a, [rule]);
    expect(plans.map((p) => p.title)).toEqual(['Add it with a default', 'Expand, backfill, contract']);
    const expand = plans[1];
    expect(expand.steps.map((s) => s.title)).toEqual(['Add Post.views as optional', 'Backfill existing rows', 'Make Post.views required']);
    expect(expand.steps[1].sql).toEqual(['UPDATE "Post" SET "views" = <value> WHERE "views" IS NULL;']);
    const [first, backfill, last] = planSchemas(current, expand);
    expect(text(first!)).toContain('views Int?');
    expect(backfill).toBeNull();
    expect(last).toBe(current);
    expect(text(planSchemas(current, plans[0])[0]!)).toContain('@default(0)');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSchema } from '../schema/document';
import { applyEdits } from '../text/edits';
import { expectValid, pg, text } from '../../test-support/advisories';
import { prismaErrors } from '../../test-support/prisma';
import { fixAll, groupAdvisories, groupTitle } from './group';
import { runAdvisories } from './run';

const seed = [{ path: 'schema.prisma', text: readFileSync(join(import.meta.dirname, 'fixtures', 'seed-002.prisma'), 'utf8') }];
const strict = { rules: {}, profile: 'strict' as const };

describe('groupAdvisories', () => {
  it('groups repeated findings of one rule under a summary title, most severe and largest first', () => {
    const { advisories } = runAdvisories(parseSchema(seed), { config: strict });
    const groups = groupAdvisories(advisories);
    const dt = groups.find((g) => g.rule === 'types-datetime-without-tz')!;
    const count = advisories.filter((a) => a.rule === 'types-datetime-without-tz').length;
    expect(count).toBeGreaterThan(10);
    expect(dt.title).toBe(`${count} DateTime columns without time zone`);
    expect(dt.items).toHaveLength(count);
    expect(dt.fixable).toBe(count);
    expect(groups.map((g) => g.items.length).reduce((a, b) => a + b, 0)).toBe(advisories.length);
    const rank = { error: 3, warning: 2, info: 1 };
    for (let i = 1; i < groups.length; i++) expect(rank[groups[i - 1].severity]).toBeGreaterThanOrEqual(rank[groups[i].severity]);
  });

  it('keeps a single finding\'s own message as the title', () => {
    const { advisories } = runAdvisories(parseSchema(seed));
    const single = groupAdvisories(advisories).find((g) => g.items.length === 1)!;
    expect(single.title).toBe(single.items[0].message);
    expect(groupTitle('index-fk-missing', 3)).toBe('3 foreign keys without an index');
  });
});

describe('fixAll', () => {
  it('fixes a whole group as one change (one undo step) that Prisma 7 accepts, and the group is gone', () => {
    const parsed = parseSchema(seed);
    const group = groupAdvisories(runAdvisories(parsed, { config: strict }).advisories).find((g) => g.rule === 'types-datetime-without-tz')!;
    const { result, applied, skipped } = fixAll(parsed, group.items, strict);
    if (!result.ok) throw new Error(result.reason);
    expect(applied).toHaveLength(group.items.length);
    expect(skipped).toEqual([]);
    const next = applyEdits(seed, result.edits);
    expectValid(next);
    expect(runAdvisories(parseSchema(next), { config: strict }).advisories.filter((a) => a.rule === 'types-datetime-without-tz')).toEqual([]);
    expect(result.message).toBe(`Fixed ${group.items.length} of ${group.items.length}`);
  });

  it('skips an item whose fix conflicts with an earlier one, and items without a fix', () => {
    const files = pg(`
model Task {
  id          Int    @id
  workspaceId Int
  status      String

  @@index([workspaceId])
  @@index([workspaceId], map: "task_ws_copy")
  @@index([workspaceId, status])
}
`);
    const parsed = parseSchema(files);
    const advisories = runAdvisories(parsed).advisories;
    expect(advisories.map((a) => a.rule).sort()).toEqual(['index-exact-duplicate', 'index-redundant-prefix']);
    // The redundant-prefix fix deletes @@index([workspaceId]); the copy then has no identical twin left.
    const order = [advisories.find((a) => a.rule === 'index-redundant-prefix')!, advisories.find((a) => a.rule === 'index-exact-duplicate')!];
    const { result, applied, skipped } = fixAll(parsed, [...order, { ...order[0], fixLabel: undefined }]);
    if (!result.ok) throw new Error(result.reason);
    expect(applied.map((a) => a.rule)).toEqual(['index-redundant-prefix']);
    expect(skipped.map((s) => [s.advisory.rule, s.reason])).toEqual([
      ['index-exact-duplicate', 'The index no longer has an identical twin'],
      ['index-redundant-prefix', 'no automatic fix'],
    ]);
    const next = applyEdits(files, result.edits);
    expectValid(next);
    expect(text(next)).toContain('  @@index([workspaceId], map: "task_ws_copy")\n  @@index([workspaceId, status])\n}');
  });

  it('lets a validator veto an intermediate schema: that fix is skipped', () => {
    const parsed = parseSchema(seed);
    const group = groupAdvisories(runAdvisories(parsed, { config: strict }).advisories).find((g) => g.rule === 'types-datetime-without-tz')!;
    let calls = 0;
    const { applied, skipped } = fixAll(parsed, group.items.slice(0, 3), strict, {
      accept: (files) => (++calls === 2 ? 'rejected by the validator' : prismaErrors('7', files).length ? 'Prisma rejects it' : null),
    });
    expect(applied).toHaveLength(2);
    expect(skipped.map((s) => s.reason)).toEqual(['rejected by the validator']);
  });

  it('refuses when nothing can be fixed', () => {
    const parsed = parseSchema(seed);
    const [first] = runAdvisories(parsed).advisories.filter((a) => !a.fixLabel);
    expect(fixAll(parsed, [first]).result).toEqual({ ok: false, reason: 'Nothing could be fixed: no automatic fix' });
  });
});

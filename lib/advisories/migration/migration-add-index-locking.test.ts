import { describe, expect, it } from 'vitest';
import { checkPair, pg, text } from '../../../test-support/migration-safety';
import { migrationAddIndexLocking as rule } from './migration-add-index-locking';
import { plansFor } from './run';

const post = (extra: string, title = 'title String') => `
model Post {
  id    Int    @id
  ${title}
${extra}}
`;

describe('migration-add-index-locking', () => {
  it('is info on a new @@index of an existing table, pointing at it', () => {
    const current = pg(post('\n  @@index([title])\n'));
    const [a, ...rest] = checkPair(rule, pg(post('')), current);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('info');
    expect(text(current).slice(a.span.start, a.span.end)).toBe('@@index([title])');
    expect(a.message).toBe('Post: the new @@index([title]) is built with a plain CREATE INDEX, which holds a SHARE lock: writes to "Post" wait until the whole index is built.');
  });

  it('is info on a removed @@index, pointing at the model', () => {
    const current = pg(post(''));
    const [a] = checkPair(rule, pg(post('\n  @@index([title])\n')), current);
    expect(text(current).slice(a.span.start, a.span.end)).toBe('Post');
    expect(a.message).toContain('@@index([title]) was removed. DROP INDEX takes an ACCESS EXCLUSIVE lock');
    expect(plansFor(a, [rule])[0].steps[0].sql).toEqual(['DROP INDEX CONCURRENTLY "Post_title_idx";']);
  });

  it('reports a changed index (sort, type) as removed and added', () => {
    const all = checkPair(rule, pg(post('\n  @@index([title])\n')), pg(post('\n  @@index([title(sort: Desc)])\n')));
    expect(all.map((a) => a.message.includes('was removed')).sort()).toEqual([false, true]);
    expect(all).toHaveLength(2);
  });

  it('is quiet on unchanged or renamed indexes, renamed fields, a dropped column and new tables', () => {
    expect(checkPair(rule, pg(post('\n  @@index([title])\n')), pg(post('\n  @@index([title], map: "post_title")\n')))).toEqual([]);
    expect(checkPair(rule, pg(post('\n  @@index([title])\n')), pg(post('\n  @@index([headline])\n', 'headline String @map("title")')))).toEqual([]);
    expect(checkPair(rule, pg(post('\n  @@index([title])\n')), pg(post('', '')))).toEqual([]);
    expect(checkPair(rule, pg(post('')), pg(post('') + '\nmodel Tag {\n  id   Int    @id\n  name String\n\n  @@index([name])\n}\n'))).toEqual([]);
  });

  it('plans a concurrent build', () => {
    const [a] = checkPair(rule, pg(post('')), pg(post('\n  @@index([title])\n')));
    expect(plansFor(a, [rule])[0].steps[0].sql).toEqual(['CREATE INDEX CONCURRENTLY "Post_title_idx" ON "Post" ("title");']);
  });
});

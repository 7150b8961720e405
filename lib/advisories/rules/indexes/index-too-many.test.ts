import { describe, expect, it } from 'vitest';
import { check, pg, text } from '../../../../test-support/advisories';
import { indexTooMany as rule } from './index-too-many';

const COLUMNS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'];

/** A model with `n` single-column indexes (and a @unique on `u`), after any extra lines. */
const wide = (n: number, extra = '') => `
model Task {
  id Int    @id
  u  String @unique
${COLUMNS.map((c) => `  ${c}  Int`).join('\n')}

${COLUMNS.slice(0, n)
  .map((c) => `  @@index([${c}])`)
  .join('\n')}
${extra}}
`;

describe('index-too-many', () => {
  it('fires above 8 secondary indexes, counting uniques but not the primary key', () => {
    const files = pg(wide(8));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.message).toBe(
      'Task has 9 indexes and unique constraints besides its primary key (more than 8): u @unique, @@index([a]), @@index([b]), @@index([c]), @@index([d]), @@index([e]), @@index([f]), @@index([g]), @@index([h]).',
    );
    expect(a.target).toEqual({ kind: 'model', model: 'Task' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('Task');
    expect(a.severity).toBe('info');
    expect(a.fixLabel).toBeUndefined();
  });

  it('is quiet at 8', () => {
    expect(check(rule, pg(wide(7)))).toEqual([]);
  });

  it('points to redundant prefixes', () => {
    const [a] = check(rule, pg(wide(8, '  @@index([a, b])\n')));
    expect(a.message).toMatch(/; 1 of them is a leading prefix of a longer index \(see index-redundant-prefix\)\.$/);
  });

  it('takes the threshold from the project config', () => {
    const config = { rules: { 'index-too-many': { options: { maxIndexes: 3 } } } };
    expect(check(rule, pg(wide(3)), config).map((a) => a.message.slice(0, 70))).toEqual([
      'Task has 4 indexes and unique constraints besides its primary key (mor',
    ]);
    expect(check(rule, pg(wide(8)), { rules: { 'index-too-many': { options: { maxIndexes: 9 } } } })).toEqual([]);
  });
});

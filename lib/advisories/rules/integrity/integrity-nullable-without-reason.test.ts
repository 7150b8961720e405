import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { integrityNullableWithoutReason as rule } from './integrity-nullable-without-reason';

const post = (fields: string) => pg(`
model User {
  id    Int    @id
  posts Post[]
}

model Post {
  id       Int   @id
  authorId Int?
  author   User? @relation(fields: [authorId], references: [id])
${fields}}
`);

describe('integrity-nullable-without-reason', () => {
  it('fires on an optional scalar without a default and points at the field', () => {
    const files = post('  subtitle String?\n');
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('info');
    expect(a.target).toEqual({ kind: 'field', model: 'Post', field: 'subtitle' });
    expect(a.message).toBe('Post.subtitle is optional with no default; if every row has a value, make it required.');
    expect(text(files).slice(a.span.start, a.span.end)).toBe('subtitle String?');
    expect(a.fixLabel).toBe('Make required');
  });

  it('is quiet on required fields, foreign keys, defaults, lists, enums and lifecycle timestamps', () => {
    const files = post(`  title       String
  views       Int?      @default(0)
  tags        String[]
  status      Status?
  deletedAt   DateTime?
  publishedAt DateTime?
  expires_at  DateTime?
  lastSeenAt  DateTime?
  cancelledAt DateTime?
`);
    expect(check(rule, [{ ...files[0], text: text(files) + '\nenum Status {\n  DRAFT\n}\n' }])).toEqual([]);
  });

  it('is quiet on fields optional by meaning: moments that may not come, who did what, descriptions, commented fields', () => {
    const fields = [
      'dueDate   DateTime?',
      'endTime   DateTime?',
      'signedAt  DateTime?',
      'validUntil DateTime?',
      'deletedBy String?',
      'approvedBy Int?',
      'description String?',
      'avatarUrl String?',
      'settings  Json?',
      'nickname  String? // only some users pick one',
    ];
    expect(check(rule, post(fields.map((f) => `  ${f}\n`).join('')))).toEqual([]);
    // A plain value with no reason still fires.
    expect(check(rule, post('  dueDate DateTime?\n  quantity Int?\n')).map((a) => a.target)).toEqual([{ kind: 'field', model: 'Post', field: 'quantity' }]);
  });

  it('fix removes ? from a String (no natural default)', () => {
    const files = post('  subtitle String?\n');
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('  subtitle String\n');
  });

  it('fix adds the natural default of a Boolean or a number', () => {
    const files = post('  pinned Boolean?\n  rank   Int?\n');
    const [pinned, rank] = check(rule, files);
    expect(pinned.fixLabel).toBe('Make required with @default(false)');
    expect(rank.fixLabel).toBe('Make required with @default(0)');
    expect(text(fixAndRecheck(rule, files, pinned).files)).toContain('  pinned Boolean @default(false)\n');
    expect(text(fixAndRecheck(rule, files, rank).files)).toContain('  rank   Int     @default(0)\n');
  });
});

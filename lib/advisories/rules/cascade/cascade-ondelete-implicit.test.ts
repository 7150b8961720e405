import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { cascadeOndeleteImplicit as rule } from './cascade-ondelete-implicit';

const blocks = (authorId: string, author: string) => `
model User {
  id    Int    @id
  posts Post[]
}

model Post {
  id       Int @id
  authorId ${authorId}
  author   ${author}

  @@index([authorId])
}
`;

describe('cascade-ondelete-implicit', () => {
  it('fires on a required relation without onDelete (effective Restrict)', () => {
    const files = pg(blocks('Int', 'User @relation(fields: [authorId], references: [id])'));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('warning');
    expect(a.target).toEqual({ kind: 'relation', relation: 'Post.author', model: 'Post', field: 'author' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('@relation(fields: [authorId], references: [id])');
    expect(a.message).toBe('Post.author: no explicit onDelete (effective Restrict); deleting a User fails while Post rows reference it.');
    expect(a.fixLabel).toBe('Write onDelete: Restrict');
  });

  it('fires on an optional relation without onDelete (effective SetNull)', () => {
    const files = pg(blocks('Int?', 'User? @relation(fields: [authorId], references: [id])'));
    const [a] = check(rule, files);
    expect(a.message).toBe('Post.author: no explicit onDelete (effective SetNull); deleting a User sets Post.authorId to NULL.');
    expect(a.fixLabel).toBe('Write onDelete: SetNull');
  });

  it('is quiet when onDelete is written, even when it equals the default', () => {
    expect(check(rule, pg(blocks('Int', 'User @relation(fields: [authorId], references: [id], onDelete: Restrict)')))).toEqual([]);
    expect(check(rule, pg(blocks('Int?', 'User? @relation(fields: [authorId], references: [id], onDelete: Cascade)')))).toEqual([]);
  });

  it('is quiet for implicit many-to-many relations (their join table always cascades)', () => {
    const files = pg(`
model Post {
  id   Int   @id
  tags Tag[]
}

model Tag {
  id    Int    @id
  posts Post[]
}
`);
    expect(check(rule, files)).toEqual([]);
  });

  it('fix writes the effective action (no DDL change)', () => {
    const required = pg(blocks('Int', 'User @relation(fields: [authorId], references: [id])'));
    const { files: a } = fixAndRecheck(rule, required, check(rule, required)[0]);
    expect(text(a)).toContain('author   User @relation(fields: [authorId], references: [id], onDelete: Restrict)');
    const optional = pg(blocks('Int?', 'User? @relation(fields: [authorId], references: [id])'));
    const { files: b } = fixAndRecheck(rule, optional, check(rule, optional)[0]);
    expect(text(b)).toContain('author   User? @relation(fields: [authorId], references: [id], onDelete: SetNull)');
  });

  it('can be configured down to info', () => {
    const files = pg(blocks('Int', 'User @relation(fields: [authorId], references: [id])'));
    expect(check(rule, files, { rules: { [rule.id]: { severity: 'info' } } }).map((a) => a.severity)).toEqual(['info']);
  });

  it('stays quiet for other providers', () => {
    const files = pg(blocks('Int', 'User @relation(fields: [authorId], references: [id])'), 'datasource db {\n  provider = "sqlserver"\n}\n');
    expect(check(rule, files)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { indexRedundantPrefix as rule } from './index-redundant-prefix';

const task = (extra: string) => `
model Task {
  id          Int      @id
  workspaceId Int
  status      String
  dueDate     DateTime
${extra}}
`;

describe('index-redundant-prefix', () => {
  it('fires on an @@index that is a leading prefix of a longer index and points at it', () => {
    const files = pg(task('\n  @@index([workspaceId])\n  @@index([workspaceId, status])\n'));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.message).toBe('Task: @@index([workspaceId]) is a leading prefix of @@index([workspaceId, status]), which serves the same lookups.');
    expect(a.target).toEqual({ kind: 'model', model: 'Task' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('@@index([workspaceId])');
    expect(a.fixLabel).toBe('Delete @@index([workspaceId])');
  });

  it('counts a longer unique or primary key, and reports each shorter prefix', () => {
    const files = pg(task('\n  @@index([workspaceId])\n  @@index([workspaceId, status])\n  @@unique([workspaceId, status, dueDate])\n'));
    expect(check(rule, files).map((a) => text(files).slice(a.span.start, a.span.end))).toEqual(['@@index([workspaceId])', '@@index([workspaceId, status])']);
    const pk = pg(`
model Member {
  teamId Int
  userId Int

  @@id([teamId, userId])
  @@index([teamId])
}
`);
    expect(check(rule, pk).map((a) => a.message)).toEqual(['Member: @@index([teamId]) is a leading prefix of @@id([teamId, userId]), which serves the same lookups.']);
  });

  it('is quiet for other column orders, sorts, index types, partial indexes, and uniques', () => {
    expect(check(rule, pg(task('\n  @@index([status])\n  @@index([workspaceId, status])\n')))).toEqual([]);
    expect(check(rule, pg(task('\n  @@index([workspaceId(sort: Desc)])\n  @@index([workspaceId, status])\n')))).toEqual([]);
    expect(check(rule, pg(task('\n  @@index([workspaceId])\n  @@index([workspaceId, status], type: Hash)\n')))).toEqual([]);
    expect(check(rule, pg(task('\n  @@index([workspaceId], type: Brin)\n  @@index([workspaceId, status])\n')))).toEqual([]);
    expect(check(rule, pg(task('\n  @@index([workspaceId])\n  @@index([workspaceId, status], where: raw("status <> \'done\'"))\n'), PARTIAL_HEADER))).toEqual([]);
    // a unique enforces something: never redundant
    expect(check(rule, pg(task('\n  @@unique([workspaceId])\n  @@index([workspaceId, status])\n')))).toEqual([]);
  });

  it('leaves an index that repeats a unique to index-duplicates-unique', () => {
    expect(check(rule, pg(task('\n  @@unique([workspaceId])\n  @@index([workspaceId])\n  @@index([workspaceId, status])\n')))).toEqual([]);
  });

  it('keeps an index marked with a canvas-ignore comment (the per-index "keep" override)', () => {
    const files = pg(task('\n  @@index([workspaceId]) // canvas-ignore index-redundant-prefix\n  @@index([workspaceId, status])\n'));
    expect(check(rule, files)).toEqual([]);
  });

  it('is quiet on an index the author documents as partial in the database: deleting it would do harm', () => {
    expect(check(rule, pg(task('\n  // partial: WHERE status = \'open\' (hand-written in the migration)\n  @@index([workspaceId])\n  @@index([workspaceId, status])\n')))).toEqual([]);
    expect(check(rule, pg(task('\n  @@index([workspaceId]) /// partial index, see migration 0042\n  @@index([workspaceId, status])\n')))).toEqual([]);
  });

  it('reports an index once: the second of two identical prefixes is index-exact-duplicate\'s', () => {
    const files = pg(task('\n  @@index([workspaceId])\n  @@index([workspaceId], map: "task_ws_2")\n  @@index([workspaceId, status])\n'));
    expect(check(rule, files).map((a) => a.data?.index)).toEqual(['@@index([workspaceId])']);
  });

  it('fix deletes the shorter index', () => {
    const files = pg(task('\n  @@index([workspaceId])\n  @@index([workspaceId, status])\n'));
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('  dueDate     DateTime\n\n  @@index([workspaceId, status])\n}');
  });

  it('fix deletes the right one when an earlier index was removed meanwhile', () => {
    const files = pg(task('\n  @@index([status])\n  @@index([workspaceId])\n  @@index([workspaceId, status])\n'));
    const [a] = check(rule, files);
    const moved = pg(task('\n  @@index([workspaceId])\n  @@index([workspaceId, status])\n'));
    const { files: fixed } = fixAndRecheck(rule, moved, a);
    expect(text(fixed)).toContain('\n  @@index([workspaceId, status])\n}');
    expect(text(fixed)).not.toContain('@@index([workspaceId])');
  });
});

const PARTIAL_HEADER = `datasource db {
  provider = "postgresql"
}

generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["partialIndexes"]
}
`;

import { describe, expect, it } from 'vitest';
import { runAdvisories, type AdvisoryRun } from '../advisories/run';
import { PG_HEADER } from '../../test-support/advisories';
import { createDesignerStore } from './designer-store';

const TEXT = `${PG_HEADER}
model User {
  id    Int    @id
  posts Post[]
}

model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id], onDelete: Cascade)
}
`;

const ERROR = { path: 'schema.prisma', start: 0, end: 1, message: 'Type "In" is neither…', severity: 'error' as const };

function runFor(store: ReturnType<typeof createDesignerStore>): AdvisoryRun {
  return runAdvisories(store.getState().parsed);
}

describe('advisories in the designer store', () => {
  it('takes results for the current revision only, and keeps them (stale) while the text is invalid', () => {
    const store = createDesignerStore({ files: [{ path: 'schema.prisma', text: TEXT }] });
    expect(store.getState().advisories.advisories).toEqual([]);
    const first = runFor(store);
    store.getState().setDiagnostics(store.getState().revision, []);
    store.getState().setAdvisories(store.getState().revision, first);
    expect(store.getState().advisories).toBe(first);
    expect(store.getState().advisoriesStale).toBe(false);

    store.getState().setFileText('schema.prisma', TEXT.replace('authorId Int\n', 'authorId In\n'));
    store.getState().setDiagnostics(store.getState().revision, [ERROR]);
    expect(store.getState().advisoriesStale).toBe(true);
    expect(store.getState().advisories).toBe(first);

    store.getState().setFileText('schema.prisma', TEXT.replace('onDelete: Cascade)\n}', 'onDelete: Cascade)\n\n  @@index([authorId])\n}'));
    store.getState().setAdvisories(store.getState().revision - 1, runFor(store)); // a late answer for an older text
    expect(store.getState().advisories).toBe(first);
    const fresh = runFor(store);
    store.getState().setAdvisories(store.getState().revision, fresh);
    expect(store.getState().advisories).toBe(fresh);
    expect(store.getState().advisoriesStale).toBe(false);
  });

  it('keeps an invalid stored config out, and a valid one in', () => {
    const bad = createDesignerStore({ files: [{ path: 'schema.prisma', text: TEXT }], advisoryConfig: { rules: { 'index-fk-missing': 'loud', nope: 'off' } } });
    expect(bad.getState().advisoryConfig).toEqual({ rules: {} });
    const good = createDesignerStore({ files: [{ path: 'schema.prisma', text: TEXT }], advisoryConfig: { rules: { 'index-fk-missing': 'off' } } });
    expect(good.getState().advisoryConfig).toEqual({ rules: { 'index-fk-missing': { severity: 'off' } } });
  });
});

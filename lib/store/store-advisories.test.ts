import { describe, expect, it } from 'vitest';
import { withRuleSeverity } from '../advisories/config';
import { PG_HEADER } from '../advisories/testing';
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

const fkRules = (s: ReturnType<ReturnType<typeof createDesignerStore>['getState']>) => s.advisories.advisories.filter((a) => a.rule === 'index-fk-missing').length;

describe('advisories in the designer store', () => {
  it('run once Prisma has judged the current text valid, and stay (stale) while it is invalid', () => {
    const store = createDesignerStore({ files: [{ path: 'schema.prisma', text: TEXT }] });
    expect(store.getState().advisories.advisories).toEqual([]);
    store.getState().setDiagnostics(store.getState().revision, []);
    expect(fkRules(store.getState())).toBe(1);
    expect(store.getState().advisoriesStale).toBe(false);

    store.getState().setFileText('schema.prisma', TEXT.replace('authorId Int\n', 'authorId In\n'));
    store.getState().setDiagnostics(store.getState().revision, [{ path: 'schema.prisma', start: 0, end: 1, message: 'Type "In" is neither…', severity: 'error' }]);
    expect(store.getState().advisoriesStale).toBe(true);
    expect(fkRules(store.getState())).toBe(1);

    store.getState().setFileText('schema.prisma', TEXT.replace('onDelete: Cascade)\n}', 'onDelete: Cascade)\n\n  @@index([authorId])\n}'));
    store.getState().setDiagnostics(store.getState().revision - 1, []);
    expect(store.getState().advisoriesStale).toBe(true); // an older revision's verdict does not count
    store.getState().setDiagnostics(store.getState().revision, []);
    expect(store.getState().advisoriesStale).toBe(false);
    expect(fkRules(store.getState())).toBe(0);
  });

  it('re-run when the config changes', () => {
    const store = createDesignerStore({ files: [{ path: 'schema.prisma', text: TEXT }] });
    store.getState().setDiagnostics(store.getState().revision, []);
    store.getState().setAdvisoryConfig(withRuleSeverity(store.getState().advisoryConfig, 'index-fk-missing', 'off'));
    expect(fkRules(store.getState())).toBe(0);
    store.getState().setAdvisoryConfig(withRuleSeverity(store.getState().advisoryConfig, 'index-fk-missing', 'error'));
    expect(store.getState().advisories.advisories.find((a) => a.rule === 'index-fk-missing')?.severity).toBe('error');
  });

  it('keeps an invalid stored config out', () => {
    const store = createDesignerStore({ files: [{ path: 'schema.prisma', text: TEXT }], advisoryConfig: { rules: { 'index-fk-missing': 'loud', nope: 'off' } } });
    expect(store.getState().advisoryConfig).toEqual({ rules: {} });
  });
});

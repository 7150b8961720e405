import { describe, expect, it } from 'vitest';
import { parseSchema } from '../schema/document';
import { describeDiagnostics, prismaErrors } from '../../test-support/prisma';
import { TestSession } from '../../test-support/session';
import { exampleFiles } from './example';
import { SCHEMA_TEMPLATES, templateFiles } from './templates';

describe('schema templates', () => {
  it.each(SCHEMA_TEMPLATES.map((t) => [t.id]))('%s is a schema Prisma 7 accepts and the scanner reads', (id) => {
    const files = templateFiles(id)!;
    expect(describeDiagnostics(files, prismaErrors('7', files))).toEqual([]);
    expect(parseSchema(files).model.problems).toEqual([]);
  });

  it('the empty one has a datasource and a generator and no models', () => {
    const model = parseSchema(templateFiles('empty-postgresql')!).model;
    expect(model.models).toEqual([]);
    expect(model.datasource?.provider).toBe('postgresql');
  });

  it('New schema replaces the document, keeps the old one as the backup, and starts its own history', async () => {
    let backedUp = 0;
    const s = new TestSession(exampleFiles(), { backup: async () => void backedUp++ });
    await s.must('add-model', { name: 'Extra' });
    await s.must('new-schema', { template: 'multi-tenant-saas' });
    expect(backedUp).toBe(1);
    expect(s.parsed.model.models.map((m) => m.name)).toEqual(['User', 'Organization', 'Membership']);
    expect(s.history.canUndo).toBe(false);
    expect(s.store.getState().migrationBaseline).toEqual({ kind: 'empty' });
  });
});

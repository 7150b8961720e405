import { describe, expect, it } from 'vitest';
import { check, pg, text } from '../../../../test-support/advisories';
import { integrityJsonStructuredData as rule } from './integrity-json-structured-data';

const task = (fields: string) => pg(`
model Task {
  id Int @id
${fields}}
`);

describe('integrity-json-structured-data', () => {
  it('warns on a Json or scalar list named like a list of references', () => {
    const files = task('  dependencies Json\n  tagIds       String[]\n  member_ids   Int[]\n  lineItems    Json?\n');
    const all = check(rule, files);
    expect(all.map((a) => a.severity)).toEqual(['warning', 'warning', 'warning', 'warning']);
    expect(all.map((a) => a.target)).toEqual(['dependencies', 'tagIds', 'member_ids', 'lineItems'].map((field) => ({ kind: 'field', model: 'Task', field })));
    expect(all[1].message).toBe('Task.tagIds (String[]) looks like a list of references to other rows, which the database cannot check, cascade or index; a relation or a join model can.');
    expect(text(files).slice(all[0].span.start, all[0].span.end)).toBe('dependencies Json');
    expect(all.every((a) => a.fixLabel === undefined)).toBe(true);
  });

  it('notes any other Json field at info', () => {
    const files = task('  settings Json @default("{}")\n');
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('info');
    expect(a.message).toBe('Task.settings is Json, so its shape is not checked and queries inside it need a GIN index; keep it for data that is truly free-form.');
    expect(text(files).slice(a.span.start, a.span.end)).toBe('settings Json @default("{}")');
  });

  it('is quiet on other lists and scalars', () => {
    expect(check(rule, task('  labels  String[]\n  scores  Float[]\n  itemIds String\n'))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { parseSchema } from '../lib/schema/document';
import { describeDiagnostics, prismaEngine } from './prisma';
import { syntheticSchema } from './synthetic';

describe('syntheticSchema', () => {
  const schema = syntheticSchema(300);

  it('has 300 models and is valid for Prisma 7: zero lint errors', () => {
    const errors = prismaEngine('7').lint(schema.files).filter((d) => d.severity === 'error');
    expect(describeDiagnostics(schema.files, errors)).toEqual([]);
    expect(schema.models).toHaveLength(300);
    const parsed = parseSchema(schema.files);
    expect(parsed.model.models).toHaveLength(300);
    expect(parsed.model.problems).toEqual([]);
    expect(parsed.model.relations).toHaveLength(schema.relations);
  });

  it('is realistic: relations, back-relations, enums, indexes, maps, comments and docs', () => {
    const text = schema.files[0].text;
    for (const construct of ['@relation(fields: [', '@relation("', '[]', '@@index([', '@@map("', '@map("', '@unique', '@default(cuid())', '@default(autoincrement())', '\n/// ', '// implicit many-to-many', '\nenum ']) {
      expect(text).toContain(construct);
    }
    const parsed = parseSchema(schema.files);
    expect(parsed.model.enums.length).toBeGreaterThan(10);
    expect(new Set(parsed.model.relations.map((r) => r.kind))).toEqual(new Set(['1:1', '1:n', 'm:n']));
  });

  it('is deterministic, and the probe field is referenced by nothing', () => {
    expect(syntheticSchema(300).files[0].text).toBe(schema.files[0].text);
    expect(syntheticSchema(300, 2).files[0].text).not.toBe(schema.files[0].text);
    const { model, field } = schema.probe;
    const code = schema.files[0].text
      .split('\n')
      .filter((line) => !line.trim().startsWith('//'))
      .join('\n');
    expect(code.match(new RegExp(`\\b${field}\\b`, 'g'))?.length).toBe(schema.models.length);
    expect(code).toMatch(new RegExp(`model ${model} \\{\\n  id +\\w+ +@id[^\\n]*\\n  ${field} +String\\n`));
  });
});

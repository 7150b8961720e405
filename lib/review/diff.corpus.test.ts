import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusProjects } from '@/test-support/corpus';
import { parseSchema } from '../schema/document';
import { diffSchemas } from './diff';

/** Two versions of a real schema (umami's, and a next version with the kind of edits a review sees). */
describe.skipIf(!corpusAvailable())('diffSchemas on a corpus schema', () => {
  it('reports exactly the edits between two versions of umami', () => {
    const umami = corpusProjects().find((p) => p.name === 'umami')!;
    const v1 = umami.files[0].text;
    // Edits inside the Report block only (other models have lines that look the same).
    const start = v1.indexOf('\nmodel Report {');
    const end = v1.indexOf('\n}\n', start) + 3;
    const report = v1.slice(start, end)
      .replace('  description String    @db.VarChar(500)\n', '')
      .replace('  name        String    @db.VarChar(200)\n', '  name        String?   @db.VarChar(300)\n')
      .replace('  website Website @relation(fields: [websiteId], references: [id])', '  website Website @relation(fields: [websiteId], references: [id], onDelete: Cascade)');
    const annotation = '\nmodel Annotation {\n  id    String @id @db.Uuid\n  note  String\n}\n';
    const v2 = v1.slice(0, start) + annotation + report + v1.slice(end);
    expect(v2).not.toBe(v1);
    const before = parseSchema(umami.files).model;
    const diff = diffSchemas(before, parseSchema([{ path: umami.files[0].path, text: v2 }]).model);
    expect(diff.blocks.map((b) => `${b.name}: ${b.change}`)).toEqual(['Annotation: added', 'Report: changed']);
    expect(diff.blocks[1].fields.map((f) => `${f.name}: ${f.change} ${f.properties.map((p) => `${p.property} ${p.before} → ${p.after}`).join('; ')}`)).toEqual([
      'name: changed optional required → optional; attributes @db.VarChar(200) → @db.VarChar(300)',
      'website: changed onDelete  → Cascade',
      'description: removed ',
    ]);
    expect(diff.unchanged).toHaveLength(before.models.length - 1);
    expect(diffSchemas(before, before).blocks).toEqual([]);
  });
});

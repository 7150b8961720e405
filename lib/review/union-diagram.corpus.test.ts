import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusProjects } from '@/test-support/corpus';
import { rectsOverlap } from '../layout/place';
import { parseSchema, type SchemaFile } from '../schema/document';
import { changesAndNeighbours, unionDiagram } from './union-diagram';

/** A next version of a real schema: its first model deleted, a field added to its second, a new model. */
function nextVersion(files: SchemaFile[]): { files: SchemaFile[]; removed: string; changed: string } {
  const model = parseSchema(files).model;
  const [first, second] = model.models;
  const edit = (path: string, change: (text: string) => string) => (files = files.map((f) => (f.path === path ? { ...f, text: change(f.text) } : f)));
  // The second model first: removing the first block would move its offsets.
  const brace = second.block.openBrace;
  edit(second.file, (t) => `${t.slice(0, brace + 1)}\n  reviewNote String?${t.slice(brace + 1)}`);
  const after = parseSchema(files).model.models[0];
  edit(first.file, (t) => t.slice(0, after.block.line.start) + t.slice(after.block.line.end));
  edit(files[0].path, (t) => `${t}\nmodel ReviewAddedModel {\n  id Int @id\n}\n`);
  return { files, removed: first.name, changed: second.name };
}

describe.skipIf(!corpusAvailable())('unionDiagram on corpus schemas', () => {
  const projects = corpusAvailable() ? corpusProjects().filter((p) => parseSchema(p.files).model.models.length >= 2) : [];

  it.each(projects.map((p) => [p.name, p] as const))('%s: a version against itself is all unchanged, placed without overlap', (_name, project) => {
    const model = parseSchema(project.files).model;
    const u = unionDiagram({ before: model, after: model });
    expect(u.nodes).toHaveLength(model.models.length + model.views.length + model.composites.length + model.enums.length);
    expect(u.nodes.every((n) => n.status === 'unchanged' && n.fields.every((f) => f.status === 'unchanged'))).toBe(true);
    expect(u.edges.every((e) => e.status === 'unchanged')).toBe(true);
    const sorted = [...u.nodes].sort((a, b) => a.position.x - b.position.x);
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length && sorted[j].position.x < sorted[i].position.x + sorted[i].width; j++) {
        expect(rectsOverlap({ ...sorted[i].position, ...sorted[i] }, { ...sorted[j].position, ...sorted[j] }), `${sorted[i].id} / ${sorted[j].id}`).toBe(false);
      }
    }
  });

  it.each(projects.map((p) => [p.name, p] as const))('%s: a model removed, one added, a field added — and only those (with their relations) change', (_name, project) => {
    const before = parseSchema(project.files).model;
    const next = nextVersion(project.files);
    const after = parseSchema(next.files).model;
    const u = unionDiagram({ before, after });
    const status = new Map(u.nodes.map((n) => [n.id, n.status]));
    expect(status.get(next.removed)).toBe('removed');
    expect(status.get('ReviewAddedModel')).toBe('added');
    const changed = u.nodes.find((n) => n.id === next.changed)!;
    expect(changed.ariaLabel).toMatch(/: changed$/);
    expect(changed.fields.find((f) => f.name === 'reviewNote')?.status).toBe('added');
    // Models that pointed at the removed one lose a relation field: the diff says so, nothing else moves.
    const touched = new Set([next.removed, next.changed, 'ReviewAddedModel', ...u.diff.blocks.map((b) => b.name)]);
    for (const n of u.nodes) if (!touched.has(n.id)) expect(n.status, n.id).toBe('unchanged');
    for (const b of u.diff.blocks.filter((x) => ![next.removed, next.changed, 'ReviewAddedModel'].includes(x.name))) {
      expect(b.fields.every((f) => f.change === 'removed' && before.relations.some((r) => (r.from.model === b.name || r.to.model === b.name) && [r.from.model, r.to.model].includes(next.removed)))).toBe(true);
    }
    for (const e of u.edges) if (e.status === 'removed') expect([e.source, e.target]).toContain(next.removed);
    for (const e of u.edges) if (e.status === 'added') expect.unreachable(`no relation was added, got ${e.id}`);
    const only = changesAndNeighbours(u);
    expect(only.nodes.length).toBeLessThanOrEqual(u.nodes.length);
    expect(only.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([next.removed, next.changed, 'ReviewAddedModel']));
  });
});

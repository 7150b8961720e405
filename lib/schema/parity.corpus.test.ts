import { describe, expect, it } from 'vitest';
import { corpusAvailable, corpusProjects } from '../../test-support/corpus';
import { parity } from '../../test-support/parity';

/** The differential parser test on the real projects of the shared corpus (see parity.test.ts). */
describe.skipIf(!corpusAvailable())('parser parity with Prisma on the corpus projects', () => {
  const projects = corpusAvailable() ? corpusProjects() : [];
  let compared = 0;

  it.each(projects.map((p) => [p.name, p] as const))('%s', (_name, project) => {
    const result = parity(project.files);
    expect(result.version, 'every corpus project validates with some supported Prisma version').not.toBeNull();
    expect(result.problems).toEqual([]);
    expect(result.ours).toEqual(result.theirs);
    compared++;
  });

  it('compared every project', () => {
    expect(compared).toBe(projects.length);
  });
});

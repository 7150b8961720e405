import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { cascadeCycle as rule } from './cascade-cycle';

const tree = (action: string) => `
model Task {
  id       Int    @id
  parentId Int?
  parent   Task?  @relation("TaskHierarchy", fields: [parentId], references: [id], onDelete: ${action})
  subtasks Task[] @relation("TaskHierarchy")

  @@index([parentId])
}
`;

// Two models that cascade into each other: deleting either empties both.
const pair = (bAction: string) => `
model A {
  id   Int  @id
  bId  Int?
  b    B?   @relation("AB", fields: [bId], references: [id], onDelete: ${bAction})
  bs   B[]  @relation("BA")

  @@index([bId])
}

model B {
  id  Int @id
  aId Int
  a   A   @relation("BA", fields: [aId], references: [id], onDelete: Cascade)
  as  A[] @relation("AB")

  @@index([aId])
}
`;

describe('cascade-cycle', () => {
  it('is info for a self-relation that cascades (a subtree delete), on its @relation', () => {
    const files = pg(tree('Cascade'));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('info');
    expect(a.message).toBe('Task cascades onto itself (self-relation: deleting a node deletes its whole subtree).');
    expect(a.target).toEqual({ kind: 'relation', relation: 'Task.parent', model: 'Task', field: 'parent' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('@relation("TaskHierarchy", fields: [parentId], references: [id], onDelete: Cascade)');
    expect(a.fixLabel).toBe('Set Task.parent onDelete: SetNull');
  });

  it('is a warning for a cycle of several models, on the first of them', () => {
    const files = pg(pair('Cascade'));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('warning');
    expect(a.message).toBe('Cascade cycle A → B → A: deleting a row of any of the two models can delete rows all around the cycle.');
    expect(a.target).toEqual({ kind: 'model', model: 'A' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('A');
    expect(a.fixLabel).toBe('Set A.b onDelete: SetNull');
  });

  it('is quiet when one edge of the cycle does not cascade', () => {
    expect(check(rule, pg(tree('SetNull')))).toEqual([]);
    expect(check(rule, pg(pair('SetNull')))).toEqual([]);
  });

  it('fix re-roots the orphans of a tree', () => {
    const files = pg(tree('Cascade'));
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('parent   Task?  @relation("TaskHierarchy", fields: [parentId], references: [id], onDelete: SetNull)');
  });

  it('fix breaks the cycle on the edge whose key can go NULL', () => {
    const files = pg(pair('Cascade'));
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('b    B?   @relation("AB", fields: [bId], references: [id], onDelete: SetNull)');
  });

  it('fix uses Restrict when every key in the cycle is required', () => {
    const files = pg(`
model A {
  id  Int @id
  cId Int
  c   C   @relation(fields: [cId], references: [id], onDelete: Cascade)
  bs  B[]

  @@index([cId])
}

model B {
  id  Int @id
  aId Int
  a   A   @relation(fields: [aId], references: [id], onDelete: Cascade)
  cs  C[]

  @@index([aId])
}

model C {
  id  Int @id
  bId Int
  b   B   @relation(fields: [bId], references: [id], onDelete: Cascade)
  as  A[]

  @@index([bId])
}
`);
    const [a] = check(rule, files);
    expect(a.message).toBe('Cascade cycle A → B → C → A: deleting a row of any of these 3 models can delete rows all around the cycle.');
    expect(a.fixLabel).toBe('Set B.a onDelete: Restrict');
    const { files: fixed } = fixAndRecheck(rule, files, a);
    expect(text(fixed)).toContain('a   A   @relation(fields: [aId], references: [id], onDelete: Restrict)');
  });

  it('stays quiet for other providers', () => {
    expect(check(rule, pg(tree('Cascade'), 'datasource db {\n  provider = "sqlite"\n}\n'))).toEqual([]);
  });
});

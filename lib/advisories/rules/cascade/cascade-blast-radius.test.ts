import { describe, expect, it } from 'vitest';
import { check, pg, text } from '../../../../test-support/advisories';
import { cascadeBlastRadius as rule } from './cascade-blast-radius';

/** A root model with `n` child models that cascade from it. */
function star(n: number): string {
  const names = Array.from({ length: n }, (_, i) => `Child${i + 1}`);
  return [
    `model Root {\n  id Int @id\n${names.map((c) => `  ${c.toLowerCase()}s ${c}[]`).join('\n')}\n}`,
    ...names.map((c) => `model ${c} {\n  id     Int  @id\n  rootId Int\n  root   Root @relation(fields: [rootId], references: [id], onDelete: Cascade)\n\n  @@index([rootId])\n}`),
  ].join('\n\n');
}

/** A → B → C → D, each cascading from the one before. */
const chain = `
model A {
  id Int @id
  bs B[]
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
  ds  D[]

  @@index([bId])
}

model D {
  id  Int  @id
  cId Int?
  c   C?   @relation(fields: [cId], references: [id], onDelete: Cascade)

  @@index([cId])
}
`;

describe('cascade-blast-radius', () => {
  it('is info from 3 cascaded tables, on the model that is deleted', () => {
    const files = pg(star(3));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('info');
    expect(a.target).toEqual({ kind: 'model', model: 'Root' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('Root');
    expect(a.message).toBe('Deleting one Root row cascades into 3 tables (max depth 1): Child1, Child2, Child3.');
    expect(a.fixLabel).toBeUndefined();
  });

  it('is quiet below the thresholds', () => {
    expect(check(rule, pg(star(2)))).toEqual([]);
  });

  it('is info from cascade depth 3, and reports the top of a cascade chain once', () => {
    const files = pg(chain);
    expect(check(rule, files).map((a) => [a.severity, a.message])).toEqual([['info', 'Deleting one A row cascades into 3 tables (max depth 3): B, C, D.']]);
    // by depth alone
    expect(check(rule, files, { rules: { [rule.id]: { options: { infoTables: 10 } } } }).map((a) => a.target)).toEqual([{ kind: 'model', model: 'A' }]);
    expect(check(rule, files, { rules: { [rule.id]: { options: { infoTables: 10, infoDepth: 4 } } } })).toEqual([]);
  });

  it('reports a nested model when its parent does not qualify', () => {
    // B alone cascades into C and D (depth 2): with infoTables 2, B qualifies but A (3 tables) reports it.
    const files = pg(chain);
    expect(check(rule, files, { rules: { [rule.id]: { options: { infoTables: 2 } } } }).map((a) => a.target)).toEqual([{ kind: 'model', model: 'A' }]);
    // Without A's cascade into B, B is a top model of its own.
    const split = pg(chain.replace('a   A   @relation(fields: [aId], references: [id], onDelete: Cascade)', 'a   A   @relation(fields: [aId], references: [id], onDelete: Restrict)'));
    expect(check(rule, split, { rules: { [rule.id]: { options: { infoTables: 2 } } } }).map((a) => a.message)).toEqual([
      'Deleting one B row cascades into 2 tables (max depth 2): C, D.',
    ]);
  });

  it('is advice by default, and a warning from warnTables tables when a team sets it', () => {
    expect(check(rule, pg(star(30))).map((x) => x.severity)).toEqual(['info']);
    const [a] = check(rule, pg(star(8)), { rules: { [rule.id]: { options: { warnTables: 8 } } } });
    expect(a.severity).toBe('warning');
    expect(a.message).toMatch(/^Deleting one Root row cascades into 8 tables \(max depth 1\): Child1, .*, Child8\.$/);
    expect(check(rule, pg(star(8)), { rules: { [rule.id]: { options: { warnTables: 9 } } } }).map((x) => x.severity)).toEqual(['info']);
  });

  it('counts implicit many-to-many join tables and names what it sets to NULL', () => {
    const files = pg(`
model Team {
  id       Int       @id
  posts    Post[]
  tags     Tag[]
  comments Comment[]
}

model Post {
  id       Int       @id
  teamId   Int
  team     Team      @relation(fields: [teamId], references: [id], onDelete: Cascade)
  tags     Tag[]
  comments Comment[]
  notes    Note[]

  @@index([teamId])
}

model Note {
  id     Int   @id
  postId Int?
  post   Post? @relation(fields: [postId], references: [id], onDelete: SetNull)

  @@index([postId])
}

model Tag {
  id     Int    @id
  teamId Int
  team   Team   @relation(fields: [teamId], references: [id], onDelete: Cascade)
  posts  Post[]

  @@index([teamId])
}

model Comment {
  id     Int   @id
  teamId Int
  postId Int?
  team   Team  @relation(fields: [teamId], references: [id], onDelete: Cascade)
  post   Post? @relation(fields: [postId], references: [id], onDelete: SetNull)

  @@index([teamId])
  @@index([postId])
}
`);
    expect(check(rule, files).map((a) => a.message)).toEqual([
      'Deleting one Team row cascades into 4 tables (max depth 2): Post, Tag, Comment, _PostToTag; it also sets Note.postId to NULL.',
    ]);
  });

  it('stays quiet for other providers', () => {
    expect(check(rule, pg(star(3), 'datasource db {\n  provider = "sqlite"\n}\n'))).toEqual([]);
  });
});

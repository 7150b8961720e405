import { describe, expect, it } from 'vitest';
import { check, pg, text } from '../../../../test-support/advisories';
import { disjointPaths } from './paths';
import { cascadeMultiplePaths as rule } from './cascade-multiple-paths';

// Workspace → Task directly and through Project; Task → TaskTag below the meeting point.
const workspace = (projectAction: string) => `
model Workspace {
  id       Int       @id
  projects Project[]
  tasks    Task[]
}

model Project {
  id          Int       @id
  workspaceId Int
  workspace   Workspace @relation(fields: [workspaceId], references: [id], onDelete: Cascade)
  tasks       Task[]

  @@index([workspaceId])
}

model Task {
  id          Int       @id
  workspaceId Int
  projectId   Int?
  workspace   Workspace @relation(fields: [workspaceId], references: [id], onDelete: Cascade)
  project     Project?  @relation(fields: [projectId], references: [id], onDelete: ${projectAction})
  tags        TaskTag[]

  @@index([workspaceId])
  @@index([projectId])
}

model TaskTag {
  id     Int  @id
  taskId Int
  task   Task @relation(fields: [taskId], references: [id], onDelete: Cascade)

  @@index([taskId])
}
`;

describe('cascade-multiple-paths', () => {
  it('fires once, where the paths split, naming both paths', () => {
    const files = pg(workspace('Cascade'));
    const [a, ...rest] = check(rule, files);
    // TaskTag is also reached twice, but only through Task: the same fact, not reported again.
    expect(rest).toEqual([]);
    expect(a.severity).toBe('info');
    expect(a.message).toBe('Workspace reaches Task through 2 cascade paths (Workspace → Task and Workspace → Project → Task).');
    expect(a.target).toEqual({ kind: 'model', model: 'Workspace' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('Workspace');
    expect(a.fixLabel).toBeUndefined();
  });

  it('is quiet when only one path cascades', () => {
    expect(check(rule, pg(workspace('SetNull')))).toEqual([]);
  });

  it('is quiet for two relations between the same two models, and for implicit join tables', () => {
    const files = pg(`
model Team {
  id    Int    @id
  posts Post[]
  tags  Tag[]
}

model Post {
  id     Int   @id
  teamId Int
  team   Team  @relation(fields: [teamId], references: [id], onDelete: Cascade)
  tags   Tag[]
  links  Link[] @relation("from")
  backs  Link[] @relation("to")

  @@index([teamId])
}

model Tag {
  id     Int    @id
  teamId Int
  team   Team   @relation(fields: [teamId], references: [id], onDelete: Cascade)
  posts  Post[]

  @@index([teamId])
}

model Link {
  id     Int  @id
  fromId Int
  toId   Int
  from   Post @relation("from", fields: [fromId], references: [id], onDelete: Cascade)
  to     Post @relation("to", fields: [toId], references: [id], onDelete: Cascade)

  @@index([fromId])
  @@index([toId])
}
`);
    expect(check(rule, files)).toEqual([]);
  });

  it('finds only internally disjoint paths', () => {
    const graph: Record<string, string[]> = { A: ['B', 'C'], B: ['D'], C: ['D'], D: ['E'], X: ['A'] };
    const next = (n: string) => graph[n] ?? [];
    expect(disjointPaths('A', 'D', next)).toEqual([
      ['A', 'B', 'D'],
      ['A', 'C', 'D'],
    ]);
    expect(disjointPaths('A', 'E', next)).toHaveLength(1);
    expect(disjointPaths('X', 'D', next)).toHaveLength(1);
  });

  it('stays quiet for other providers', () => {
    expect(check(rule, pg(workspace('Cascade'), 'datasource db {\n  provider = "sqlite"\n}\n'))).toEqual([]);
  });
});

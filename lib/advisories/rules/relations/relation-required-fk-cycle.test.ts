import { describe, expect, it } from 'vitest';
import { check, fixAndRecheck, pg, text } from '../../../../test-support/advisories';
import { relationRequiredFkCycle as rule } from './relation-required-fk-cycle';

const tree = (optional: string, actions = '') => `
model Task {
  id       String @id
  parentId String${optional}
  parent   Task${optional}  @relation("TaskTree", fields: [parentId], references: [id]${actions})
  children Task[] @relation("TaskTree")

  @@index([parentId])
}
`;

const pair = `
model User {
  id          Int       @id
  workspaceId Int
  workspace   Workspace @relation("UserWorkspace", fields: [workspaceId], references: [id])
  owned       Workspace[] @relation("WorkspaceOwner")

  @@index([workspaceId])
}

model Workspace {
  id      Int    @id
  ownerId Int
  owner   User   @relation("WorkspaceOwner", fields: [ownerId], references: [id])
  members User[] @relation("UserWorkspace")

  @@index([ownerId])
}
`;

describe('relation-required-fk-cycle', () => {
  it('fires on a required self-relation and points at its @relation', () => {
    const files = pg(tree(''));
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.severity).toBe('error');
    expect(a.target).toEqual({ kind: 'relation', relation: 'Task.parent', model: 'Task', field: 'parent' });
    expect(text(files).slice(a.span.start, a.span.end)).toBe('@relation("TaskTree", fields: [parentId], references: [id])');
    expect(a.message).toBe('Task.parent: every Task row must reference an existing Task row (required parentId), so the first row can never be inserted.');
    expect(a.fixLabel).toBe('Make parentId optional');
  });

  it('fix makes the foreign key optional and keeps the delete behaviour (Restrict)', () => {
    const files = pg(tree(''));
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('  parentId String?\n');
    expect(text(fixed)).toContain('parent   Task?  @relation("TaskTree", fields: [parentId], references: [id], onDelete: Restrict)');
  });

  it('fix keeps an explicit onDelete as written', () => {
    const files = pg(tree('', ', onDelete: Cascade'));
    const { files: fixed } = fixAndRecheck(rule, files, check(rule, files)[0]);
    expect(text(fixed)).toContain('@relation("TaskTree", fields: [parentId], references: [id], onDelete: Cascade)');
  });

  it('fires once on a cycle through two models, and the fix breaks it', () => {
    const files = pg(pair);
    const [a, ...rest] = check(rule, files);
    expect(rest).toEqual([]);
    expect(a.message).toBe(
      'Required foreign keys form a cycle (Workspace.owner → User, User.workspace → Workspace), so none of User, Workspace can get its first row.',
    );
    const { files: fixed, after } = fixAndRecheck(rule, files, a);
    expect(after).toEqual([]);
    expect(text(fixed)).toMatch(/workspaceId Int\?|ownerId Int\?/);
  });

  it('gives no fix when the only foreign key is part of the primary key', () => {
    const files = pg(`
model Node {
  parentId Int
  id       Int
  parent   Node   @relation("Tree", fields: [parentId, id], references: [parentId, id])
  children Node[] @relation("Tree")

  @@id([parentId, id])
}
`);
    const [a] = check(rule, files);
    expect(a.fixLabel).toBeUndefined();
  });

  it('is quiet when a foreign key in the cycle is optional', () => {
    expect(check(rule, pg(tree('?')))).toEqual([]);
  });

  it('is quiet with relationMode = "prisma" (no constraints to block the insert; Prisma rejects such cycles on PostgreSQL anyway)', () => {
    const header = 'datasource db {\n  provider     = "mysql"\n  relationMode = "prisma"\n}\n';
    const emulated = pair.replace('references: [id])\n  members', 'references: [id], onDelete: NoAction, onUpdate: NoAction)\n  members');
    expect(check(rule, pg(emulated, header))).toEqual([]);
    expect(check(rule, pg(pair))).toHaveLength(1);
  });
});

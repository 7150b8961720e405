import { describe, expect, it } from 'vitest';
import { parseSchema } from '../schema/document';
import { deleteImpactView } from './delete-impact';

const schema = parseSchema([
  {
    path: 'schema.prisma',
    text: `datasource db {
  provider = "postgresql"
}

model Workspace {
  id       Int       @id
  projects Project[]
  invoices Invoice[]
  tags     Tag[]
}

model Project {
  id          Int         @id
  workspaceId Int
  workspace   Workspace   @relation(fields: [workspaceId], references: [id], onDelete: Cascade)
  tasks       Task[]
  invoices    Invoice[]
  entries     TimeEntry[]
}

model Task {
  id        Int     @id
  projectId Int
  project   Project @relation(fields: [projectId], references: [id], onDelete: Cascade)
  ownerId   Int?
  owner     Member? @relation(fields: [ownerId], references: [id])
}

model Member {
  id    Int    @id
  tasks Task[]
}

model Invoice {
  id          Int       @id
  workspaceId Int
  workspace   Workspace @relation(fields: [workspaceId], references: [id], onDelete: Cascade)
  projectId   Int
  project     Project   @relation(fields: [projectId], references: [id], onDelete: Restrict)
}

model TimeEntry {
  id        Int     @id
  projectId Int
  project   Project @relation(fields: [projectId], references: [id])
}

model Tag {
  id         Int         @id
  workspaces Workspace[]
}
`,
  },
]);

describe('deleteImpactView', () => {
  it('paints the cascade with depths, the edges it runs along, and what blocks it', () => {
    const view = deleteImpactView(schema.model, 'Workspace')!;
    expect(Object.fromEntries(view.nodes)).toEqual({
      Workspace: { role: 'origin', depth: 0 },
      Project: { role: 'cascade', depth: 1 },
      Invoice: { role: 'cascade', depth: 1 },
      Task: { role: 'cascade', depth: 2 },
      TimeEntry: { role: 'blocked', depth: 0 },
    });
    expect(view.edges.get('Project.workspace')).toBe('cascade');
    expect(view.edges.get('Task.project')).toBe('cascade');
    expect(view.edges.get('TimeEntry.project')).toBe('blocked');
    expect(view.edges.get('Invoice.project')).toBe('blocked');
    expect([...view.edges.keys()].some((id) => id.includes('~'))).toBe(true); // the m:n join table goes too
    expect(view.summary).toMatch(/^Deleting one Workspace deletes rows in 4 tables: Project, Invoice, _TagToWorkspace, Task; /);
    expect(view.summary).toContain('TimeEntry.projectId (Restrict, Prisma default)');
    expect(view.summary).toContain('Invoice.projectId (Restrict)');
  });

  it('shows rows kept with their key set to NULL', () => {
    const view = deleteImpactView(schema.model, 'Member')!;
    expect(view.nodes.get('Task')).toEqual({ role: 'set-null', depth: 0 });
    expect(view.edges.get('Task.owner')).toBe('set-null');
    expect(view.summary).toBe('Deleting one Member deletes no other rows; sets Task.ownerId to NULL.');
  });

  it('is null for a name that is not a model', () => {
    expect(deleteImpactView(schema.model, 'Nope')).toBeNull();
  });
});

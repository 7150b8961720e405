import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSchema } from '../schema/document';
import { CascadeGraph, cascadeChain, describeDeleteImpact, edgeLabel, isMixedBlock, maxDepth } from './cascade-graph';
import { pg } from '../../test-support/advisories';

const seed = readFileSync(join(__dirname, 'fixtures/seed-002.prisma'), 'utf8');
const graphOf = (text: string) => new CascadeGraph(parseSchema([{ path: 'schema.prisma', text }]).model);

describe('CascadeGraph on the catalogue\'s worked example (seed 002)', () => {
  const graph = graphOf(seed);

  it('deleting a Workspace cascades into 5 tables, at most 2 deep', () => {
    const impact = graph.deleteImpact('Workspace');
    expect([...impact.cascaded.keys()]).toEqual(['WorkspaceMember', 'Project', 'Task', 'TaskTag', 'TaskDependency']);
    expect([...impact.cascaded.values()].map((c) => c.depth)).toEqual([1, 1, 1, 2, 2]);
    expect(maxDepth(impact)).toBe(2);
    expect(cascadeChain(impact, 'TaskTag')).toEqual(['Workspace', 'Task', 'TaskTag']);
    expect(impact.setNull).toEqual([]);
    expect(impact.blockedBy).toEqual([]);
    expect(describeDeleteImpact(impact)).toBe('Deleting one Workspace deletes rows in 5 tables: WorkspaceMember, Project, Task, TaskTag, TaskDependency.');
  });

  it('deleting a User cascades to its memberships and metrics, nulls assignees and is blocked by created tasks', () => {
    const impact = graph.deleteImpact('User');
    expect([...impact.cascaded.keys()]).toEqual(['WorkspaceMember', 'DailyMetrics']);
    expect(impact.setNull.map(edgeLabel)).toEqual(['Task.assigneeId']);
    expect(impact.blockedBy.map(edgeLabel)).toEqual(['Task.createdBy']);
    expect(describeDeleteImpact(impact)).toBe(
      'Deleting one User deletes rows in 2 tables: WorkspaceMember, DailyMetrics; sets Task.assigneeId to NULL; blocked while rows exist in Task.createdBy (Restrict, Prisma default).',
    );
  });

  it('deleting a Task deletes its subtree through the self-relation', () => {
    const impact = graph.deleteImpact('Task');
    expect([...impact.cascaded.keys()]).toEqual(['TaskTag', 'TaskDependency']);
    expect(impact.recursive.map(edgeLabel)).toEqual(['Task.parentId']);
    expect(describeDeleteImpact(impact)).toBe(
      'Deleting one Task deletes rows in 2 tables: TaskTag, TaskDependency; also deletes other Task rows through Task.parentId, recursively.',
    );
  });

  it('knows which models cascade into a model', () => {
    expect(graph.cascadeAncestors('TaskTag')).toEqual(['Task', 'Tag', 'Workspace', 'Project']);
    expect(graph.cascadeAncestors('Workspace')).toEqual([]);
  });

  it('finds the self-cascade of Task as the only cascade cycle', () => {
    const cycles = graph.cycles((e) => e.onDelete === 'Cascade');
    expect(cycles.map((c) => [c.models, c.self])).toEqual([[['Task'], true]]);
  });
});

describe('CascadeGraph blockers', () => {
  // Deleting a Tenant cascades to Project and Invoice; Invoice (cascaded too) and TimeEntry (not) reference Project.
  const graph = graphOf(
    pg(`
model Tenant {
  id       Int       @id
  projects Project[]
  invoices Invoice[]
}

model Project {
  id          Int         @id
  tenantId    Int
  tenant      Tenant      @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  invoices    Invoice[]
  timeEntries TimeEntry[]
}

model Invoice {
  id        Int     @id
  tenantId  Int
  projectId Int
  tenant    Tenant  @relation(fields: [tenantId], references: [id], onDelete: Cascade)
  project   Project @relation(fields: [projectId], references: [id], onDelete: Restrict)
}

model TimeEntry {
  id        Int     @id
  projectId Int
  project   Project @relation(fields: [projectId], references: [id])
}
`)[0].text,
  );

  it('reports Restrict edges into cascaded models, telling mixed paths apart', () => {
    const impact = graph.deleteImpact('Tenant');
    expect(impact.blockedBy.map(edgeLabel)).toEqual(['Invoice.projectId', 'TimeEntry.projectId']);
    expect(impact.blockedBy.map((e) => isMixedBlock(impact, e))).toEqual([true, false]);
    expect(describeDeleteImpact(impact)).toBe(
      'Deleting one Tenant deletes rows in 2 tables: Project, Invoice; blocked while rows exist in TimeEntry.projectId (Restrict, Prisma default); blocked when rows outside this delete reference deleted rows through Invoice.projectId (Restrict).',
    );
  });

  it('lists SetNull edges into the deleted model itself (a tree node\'s children)', () => {
    const g = graphOf(
      pg(`
model Category {
  id       Int        @id
  parentId Int?
  parent   Category?  @relation("Tree", fields: [parentId], references: [id])
  children Category[] @relation("Tree")
}
`)[0].text,
    );
    expect(describeDeleteImpact(g.deleteImpact('Category'))).toBe('Deleting one Category deletes no other rows; sets Category.parentId to NULL.');
  });

  it('reports Restrict edges into the deleted model itself', () => {
    expect(graph.deleteImpact('Project').blockedBy.map(edgeLabel)).toEqual(['Invoice.projectId', 'TimeEntry.projectId']);
  });

  it('adds the hidden join table of an implicit many-to-many relation with two Cascade edges', () => {
    const g = graphOf(
      pg(`
model Post {
  id   Int   @id
  tags Tag[]
}

model Tag {
  id    Int    @id
  posts Post[]
}
`)[0].text,
    );
    expect(g.edges.map((e) => [e.parent, e.child, e.onDelete, e.columns.join()])).toEqual([
      ['Post', '_PostToTag', 'Cascade', 'A'],
      ['Tag', '_PostToTag', 'Cascade', 'B'],
    ]);
    expect(describeDeleteImpact(g.deleteImpact('Tag'))).toBe('Deleting one Tag deletes rows in 1 table: _PostToTag.');
  });
});

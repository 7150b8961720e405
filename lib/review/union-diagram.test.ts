import { describe, expect, it } from 'vitest';
import { parseSchema } from '../schema/document';
import { rectsOverlap } from '../layout/place';
import { changesAndNeighbours, formatChanges, unionDiagram, type UnionDiagram } from './union-diagram';

const model = (text: string) => parseSchema([{ path: 'schema.prisma', text }]).model;

const V1 = `enum Role {
  USER
  ADMIN
}

model User {
  id    Int     @id @default(autoincrement())
  email String  @unique
  age   Int
  posts Post[]
}

model Post {
  id       Int    @id
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id])
  tags     Tag[]
}

model Tag {
  id    Int    @id
  posts Post[]
}

model Legacy {
  id Int @id
}

model Audit {
  id   Int    @id
  note String
}
`;

const V2 = `enum Role {
  USER
  ADMIN
}

model User {
  id       Int     @id @default(autoincrement())
  email    String  @unique
  nickname String?
  age      BigInt  @default(0)
  posts    Post[]
}

model Post {
  id       Int    @id
  title    String
  authorId Int
  author   User   @relation(fields: [authorId], references: [id], onDelete: Cascade)
  tags     Tag[]
}

model Tag {
  id    Int    @id
  posts Post[]
}

model Comment {
  id   Int    @id
  body String
}

model Audit {
  id   Int    @id
  note String
}
`;

const union = (a = V1, b = V2, layouts: Parameters<typeof unionDiagram>[0] = { before: model(a), after: model(b) }) => unionDiagram(layouts);
const node = (u: UnionDiagram, id: string) => u.nodes.find((n) => n.id === id)!;

describe('unionDiagram', () => {
  it('holds every block of both versions, each with its status in its accessible name', () => {
    const u = union();
    expect(u.nodes.map((n) => n.ariaLabel)).toEqual([
      'Model User: changed',
      'Model Post: changed',
      'Model Tag',
      'Model Comment: added',
      'Model Audit',
      'Enum Role',
      'Model Legacy: removed',
    ]);
  });

  it('marks fields added, removed and changed, with before → after per property, removed ones where they were', () => {
    const user = node(union(), 'User');
    expect(user.fields.map((f) => `${f.name}:${f.status}`)).toEqual(['id:unchanged', 'email:unchanged', 'nickname:added', 'age:changed', 'posts:unchanged']);
    expect(formatChanges(user.fields[3].properties)).toBe('type Int → BigInt · default — → 0');
    const back = node(union(V2, V1), 'User');
    expect(back.fields.map((f) => `${f.name}:${f.status}`)).toEqual(['id:unchanged', 'email:unchanged', 'nickname:removed', 'age:changed', 'posts:unchanged']);
    expect(node(union(), 'Legacy').fields.every((f) => f.status === 'removed')).toBe(true);
    expect(node(union(), 'Comment').fields.map((f) => `${f.name} ${f.type} ${f.status}`)).toEqual(['id Int added', 'body String added']);
  });

  it('gives changed fields a detail line, so a changed node is taller than its rows', () => {
    const user = node(union(), 'User');
    const plain = node(union(V2, V2), 'User');
    expect(user.height).toBeGreaterThan(plain.height);
  });

  it('marks relations added, removed and changed (referential actions)', () => {
    const u = union();
    const author = u.edges.find((e) => e.id === 'Post.author')!;
    expect(author.status).toBe('changed');
    expect(author.label).toBe('1:n · Cascade');
    expect(author.ariaLabel).toMatch(/: changed$/);
    expect(u.edges.find((e) => e.source === 'Post' && e.target === 'Tag' || e.source === 'Tag' && e.target === 'Post')?.status).toBe('unchanged');
    const removed = union(V2.replace('  author   User   @relation(fields: [authorId], references: [id], onDelete: Cascade)\n', '').replace('  posts    Post[]\n', ''), V2);
    expect(removed.edges.find((e) => e.id === 'Post.author')?.status).toBe('added');
  });

  it('an identical pair has nothing but unchanged nodes and edges', () => {
    const u = union(V1, V1);
    expect(u.nodes.every((n) => n.status === 'unchanged' && !n.ariaLabel.includes(':'))).toBe(true);
    expect(u.edges.every((e) => e.status === 'unchanged')).toBe(true);
    expect(changesAndNeighbours(u).nodes).toEqual([]);
  });

  it('"changes and neighbours only" keeps changed blocks and those one link away', () => {
    const only = changesAndNeighbours(union());
    // Tag is linked to Post (changed); Audit and Role are linked to no change.
    expect(only.nodes.map((n) => n.id).sort()).toEqual(['Comment', 'Legacy', 'Post', 'Tag', 'User']);
    expect(only.edges.every((e) => only.nodes.some((n) => n.id === e.source) && only.nodes.some((n) => n.id === e.target))).toBe(true);
  });

  it('places nodes from the newer layout, removed ones from the older, the rest without overlap', () => {
    const before = { version: 1 as const, positions: { User: { x: 0, y: 0 }, Post: { x: 400, y: 0 }, Legacy: { x: 0, y: 600 } } };
    const after = { version: 1 as const, positions: { User: { x: 10, y: 20 }, Post: { x: 400, y: 0 }, Legacy: { x: 9999, y: 9999 } } };
    const u = union(V1, V2, { before: model(V1), after: model(V2), beforeLayout: before, afterLayout: after });
    expect(node(u, 'User').position).toEqual({ x: 10, y: 20 });
    expect(node(u, 'Legacy').position).toEqual({ x: 0, y: 600 });
    for (const a of u.nodes) for (const b of u.nodes) if (a !== b) expect(rectsOverlap({ ...a.position, ...a }, { ...b.position, ...b })).toBe(false);
  });

  it('lays out from scratch when neither version has a layout', () => {
    const u = union();
    const spots = new Set(u.nodes.map((n) => `${n.position.x},${n.position.y}`));
    expect(spots.size).toBe(u.nodes.length);
  });
});

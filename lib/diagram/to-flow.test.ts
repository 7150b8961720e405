import { describe, expect, it } from 'vitest';
import { emptyLayout, type LayoutDocument } from '../layout/layout-document';
import { exampleFiles } from '../samples/example';
import { parseSchema, reparseSchema, type ParsedSchema, type SchemaFile } from '../schema/document';
import { corpusAvailable, corpusProjects } from '../../test-support/corpus';
import { readCorpusIndex } from '../../test-support/corpus-index';
import { nodeSize, toDiagram, type DiagramGraph, type DiagramNode, type ModelNodeData } from './to-flow';

/** Every model, view, composite type and enum in a row, 300px apart. */
function placeAll(parsed: ParsedSchema, step = 300): LayoutDocument {
  const m = parsed.model;
  const names = [...m.models, ...m.views, ...m.composites, ...m.enums].map((b) => b.name);
  return { version: 1, positions: Object.fromEntries(names.map((n, i) => [n, { x: i * step, y: 0 }])) };
}

function diagram(files: SchemaFile[], layout?: LayoutDocument): { parsed: ParsedSchema; graph: DiagramGraph } {
  const parsed = parseSchema(files);
  expect(parsed.model.problems).toEqual([]);
  return { parsed, graph: toDiagram(parsed, parsed.model, layout ?? placeAll(parsed)) };
}

const rowsOf = (node: DiagramNode) => (node.data as ModelNodeData).rows.map((r) => `${r.name}: ${r.type} [${r.markers.join(' ')}]`);
const byId = <T extends { id: string }>(list: T[], id: string): T => list.find((x) => x.id === id)!;

describe('toDiagram nodes', () => {
  const { graph } = diagram(exampleFiles());

  it('draws one node per model, view and enum, labelled for screen readers', () => {
    expect(graph.nodes.map((n) => [n.id, n.type, n.ariaLabel])).toEqual([
      ['User', 'model', 'Model User'],
      ['Profile', 'model', 'Model Profile'],
      ['Post', 'model', 'Model Post'],
      ['Tag', 'model', 'Model Tag'],
      ['Comment', 'model', 'Model Comment'],
      ['AuthorStats', 'model', 'View AuthorStats'],
      ['Role', 'enum', 'Enum Role'],
      ['PostStatus', 'enum', 'Enum PostStatus'],
    ]);
    expect(graph.unplaced).toEqual([]);
    expect(graph.grouping.by).toBeNull();
    expect(graph.nodes.every((n) => n.group === null)).toBe(true);
  });

  it('places nodes at their layout positions and sizes them as drawn', () => {
    expect(byId(graph.nodes, 'Post').position).toEqual({ x: 600, y: 0 });
    for (const n of graph.nodes) expect({ id: n.id, width: n.width, height: n.height }).toEqual({ id: n.id, ...nodeSize(n.data) });
    // 9 fields, no docs: 36 + 9 × 24 + 6
    expect(byId(graph.nodes, 'Post').height).toBe(258);
    // documented: the docs strip adds 20
    expect(byId(graph.nodes, 'Tag').height).toBe(36 + 3 * 24 + 6);
    expect(byId(graph.nodes, 'AuthorStats').height).toBe(36 + 20 + 2 * 24 + 6);
  });

  it('lists fields with their written types and key, unique and default markers', () => {
    expect(rowsOf(byId(graph.nodes, 'Comment'))).toEqual([
      'id: Int [pk default]',
      'text: String []',
      'postId: Int [fk]',
      'post: Post []',
      'authorId: String? [fk]',
      'author: User? []',
      'parentId: Int? [fk]',
      'parent: Comment? []',
      'replies: Comment[] []',
    ]);
    const user = byId(graph.nodes, 'User').data as ModelNodeData;
    expect(user).toMatchObject({ kind: 'model', name: 'User', dbName: 'users', docs: 'Someone who can sign in and write.', file: 'schema.prisma' });
    expect(user.rows.find((r) => r.name === 'createdAt')).toMatchObject({ dbName: 'created_at', defaultText: 'now()', kind: 'scalar' });
    expect(user.rows.find((r) => r.name === 'id')).toMatchObject({ nativeType: 'Uuid', defaultText: 'uuid()' });
    expect(user.rows.find((r) => r.name === 'role')).toMatchObject({ kind: 'enum', type: 'Role' });
    expect(user.rows.find((r) => r.name === 'posts')).toMatchObject({ kind: 'object', type: 'Post[]' });
  });

  it('lists enum values', () => {
    expect(byId(graph.nodes, 'PostStatus').data).toMatchObject({ kind: 'enum', values: [{ name: 'DRAFT' }, { name: 'PUBLISHED' }, { name: 'ARCHIVED' }] });
  });

  it('marks compound keys, @@unique, @updatedAt, @ignore and Unsupported types; labels composite types', () => {
    const { graph: g } = diagram([
      {
        path: 'schema.prisma',
        text: `model Membership {
  orgId     Int
  userId    Int
  slug      String
  shape     Unsupported("circle")?
  legacy    String?  @ignore
  updatedAt DateTime @updatedAt
  address   Address?

  @@id([orgId, userId])
  @@unique([slug])
  @@map("memberships")
}

type Address {
  street String
}
`,
      },
    ]);
    expect(rowsOf(byId(g.nodes, 'Membership'))).toEqual([
      'orgId: Int [pk]',
      'userId: Int [pk]',
      'slug: String [unique]',
      'shape: Unsupported("circle")? []',
      'legacy: String? [ignored]',
      'updatedAt: DateTime [updatedAt]',
      'address: Address? []',
    ]);
    expect(byId(g.nodes, 'Address')).toMatchObject({ type: 'model', ariaLabel: 'Type Address', data: { kind: 'type' } });
  });

  it('leaves nodes without a position to the caller and draws no edges to them', () => {
    const parsed = parseSchema(exampleFiles());
    const layout = placeAll(parsed);
    delete layout.positions.Tag;
    delete layout.positions.Role;
    const g = toDiagram(parsed, parsed.model, layout);
    expect(g.unplaced.map((n) => n.id)).toEqual(['Tag', 'Role']);
    expect(g.unplaced[0].position).toEqual({ x: 0, y: 0 });
    expect(g.nodes).toHaveLength(6);
    expect(g.edges.map((e) => e.id)).not.toContain('Post.tags~Tag.posts');
    expect(g.edges).toHaveLength(5);
  });
});

describe('toDiagram edges', () => {
  const { graph } = diagram(exampleFiles());

  it('draws one edge per relation with its cardinality and effective referential actions', () => {
    expect(graph.edges.map((e) => [e.id, e.source, e.target, e.data.label])).toEqual([
      ['Profile.user', 'Profile', 'User', '1:1 · Cascade'],
      ['Post.author', 'Post', 'User', '1:n · Restrict (default)'],
      ['Comment.author', 'Comment', 'User', '1:n · SetNull (default)'],
      ['Post.tags~Tag.posts', 'Post', 'Tag', 'm:n'],
      ['Comment.post', 'Comment', 'Post', '1:n · Cascade'],
      ['Comment.parent', 'Comment', 'Comment', '1:n · SetNull (default)'],
    ]);
  });

  it('describes each relation in words and data', () => {
    const author = byId(graph.edges, 'Post.author');
    expect(author.ariaLabel).toBe('Relation Post.author to User.posts, 1:n, on delete Restrict (default), on update Cascade (default)');
    expect(author.data).toMatchObject({
      kind: '1:n',
      from: 'Post.author',
      to: 'User.posts',
      required: true,
      incomplete: null,
      onDelete: { action: 'Restrict', explicit: false },
      onUpdate: { action: 'Cascade', explicit: false },
    });
    expect(byId(graph.edges, 'Comment.author').data.required).toBe(false);
    expect(byId(graph.edges, 'Profile.user').data.onDelete).toEqual({ action: 'Cascade', explicit: true });
    expect(byId(graph.edges, 'Comment.parent').data.name).toBe('Thread');
    expect(byId(graph.edges, 'Post.tags~Tag.posts').ariaLabel).toBe('Relation Post.tags to Tag.posts, m:n');
  });

  it('runs from the foreign key to the referenced field, on the sides facing each other', () => {
    // Post (x 600) sits right of User (x 0): leave Post on its left, enter User on its right
    expect(byId(graph.edges, 'Post.author')).toMatchObject({ sourceHandle: 'authorId:L:s', targetHandle: 'id:R:t' });
    // Post (600) left of Tag (900); m:n edges use the relation fields
    expect(byId(graph.edges, 'Post.tags~Tag.posts')).toMatchObject({ sourceHandle: 'tags:R:s', targetHandle: 'posts:L:t' });
    // a self-relation loops on the right side
    expect(byId(graph.edges, 'Comment.parent')).toMatchObject({ sourceHandle: 'parentId:R:s', targetHandle: 'id:R:t' });
  });

  it('flips sides when a node moves across the other', () => {
    const parsed = parseSchema(exampleFiles());
    const layout = placeAll(parsed);
    layout.positions.User = { x: 2000, y: 0 };
    const g = toDiagram(parsed, parsed.model, layout);
    expect(byId(g.edges, 'Post.author')).toMatchObject({ sourceHandle: 'authorId:R:s', targetHandle: 'id:L:t' });
  });

  it('marks a relation Prisma will reject as incomplete', () => {
    const { graph: g } = diagram([{ path: 'schema.prisma', text: 'model A {\n  id Int @id\n  b  B\n}\n\nmodel B {\n  id Int @id\n}\n' }]);
    expect(g.edges).toHaveLength(1);
    expect(g.edges[0].data.incomplete).toMatch(/no opposite relation field/);
    expect(g.edges[0].data.to).toBe('B');
  });
});

describe('toDiagram identity across reparses', () => {
  const files = exampleFiles();
  const parsed = parseSchema(files);
  const layout = placeAll(parsed);
  const first = toDiagram(parsed, parsed.model, layout);

  it('reuses every node and edge when nothing changed', () => {
    const reparsed = parseSchema(files);
    const again = toDiagram(reparsed, reparsed.model, layout, first);
    expect(again.nodes.every((n, i) => n === first.nodes[i])).toBe(true);
    expect(again.edges.every((e, i) => e === first.edges[i])).toBe(true);
  });

  it('rebuilds only the node whose block was edited, even though later blocks moved in the text', () => {
    const text = files[0].text.replace('  label String @unique\n', '  label String @unique\n  color String?\n');
    const next = reparseSchema(parsed, [{ path: 'schema.prisma', text }]);
    const g = toDiagram(next, next.model, layout, first);
    const changed = g.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id);
    expect(changed).toEqual(['Tag']);
    expect(byId(g.nodes, 'Tag').height).toBe(byId(first.nodes, 'Tag').height + 24);
    expect(g.edges.every((e, i) => e === first.edges[i])).toBe(true);
  });

  it('rebuilds a moved node and the edges whose sides flip', () => {
    const moved: LayoutDocument = { ...layout, positions: { ...layout.positions, User: { x: 5000, y: 0 } } };
    const g = toDiagram(parsed, parsed.model, moved, first);
    expect(g.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id)).toEqual(['User']);
    expect(g.edges.filter((e, i) => e !== first.edges[i]).map((e) => e.id)).toEqual(['Profile.user', 'Post.author', 'Comment.author']);
  });

  it('rebuilds a node whose field changes kind because another block changed', () => {
    const before = [{ path: 'schema.prisma', text: 'model Post {\n  id     Int    @id\n  status Status\n}\n\nenum Status {\n  DRAFT\n}\n' }];
    const a = parseSchema(before);
    const g1 = toDiagram(a, a.model, placeAll(a));
    const after = [{ path: 'schema.prisma', text: 'model Post {\n  id     Int    @id\n  status Status\n}\n\nmodel Status {\n  id Int @id\n}\n' }];
    const b = reparseSchema(a, after);
    expect(b.model.problems).toEqual([]);
    const g2 = toDiagram(b, b.model, placeAll(b), g1);
    expect(byId(g2.nodes, 'Post')).not.toBe(byId(g1.nodes, 'Post'));
    const status = (byId(g2.nodes, 'Post').data as ModelNodeData).rows.find((r) => r.name === 'status')!;
    expect(status.kind).toBe('object');
  });

  it('moves a node from unplaced to placed once the layout gives it a position', () => {
    const withoutTag: LayoutDocument = { ...layout, positions: { ...layout.positions } };
    delete withoutTag.positions.Tag;
    const g1 = toDiagram(parsed, parsed.model, withoutTag, first);
    expect(g1.unplaced.map((n) => n.id)).toEqual(['Tag']);
    const g2 = toDiagram(parsed, parsed.model, layout, g1);
    expect(g2.unplaced).toEqual([]);
    expect(byId(g2.nodes, 'Tag').position).toEqual(layout.positions.Tag);
  });
});

describe.skipIf(!corpusAvailable())('toDiagram on every corpus project', () => {
  const projects = corpusAvailable() ? corpusProjects() : [];
  const index = corpusAvailable() ? readCorpusIndex() : [];

  it.each(projects.map((p) => [p.name, p] as const))('%s: a node per block, an edge per relation, unique ids', (name, project) => {
    const row = index.find((r) => r.short === name)!;
    const { parsed, graph } = diagram(project.files);
    expect(graph.unplaced).toEqual([]);
    expect({
      models: graph.nodes.filter((n) => n.data.kind === 'model').length,
      views: graph.nodes.filter((n) => n.data.kind === 'view').length,
      enums: graph.nodes.filter((n) => n.type === 'enum').length,
      edges: graph.edges.length,
    }).toEqual({ models: row.models, views: row.views, enums: row.enums, edges: row.relations });
    expect(graph.nodes).toHaveLength(row.models + row.views + row.enums + parsed.model.composites.length);
    expect(new Set(graph.nodes.map((n) => n.id)).size).toBe(graph.nodes.length);
    expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
    expect(new Set(graph.nodes.map((n) => n.ariaLabel)).size).toBe(graph.nodes.length);

    const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
    for (const e of graph.edges) {
      const source = nodes.get(e.source)!;
      const target = nodes.get(e.target)!;
      expect(source, e.id).toBeDefined();
      expect(target, e.id).toBeDefined();
      // handles name real fields of the nodes they attach to
      const fieldsOf = (n: DiagramNode) => (n.data as ModelNodeData).rows.map((r) => r.name);
      expect(fieldsOf(source)).toContain(e.sourceHandle.split(':')[0]);
      expect(fieldsOf(target)).toContain(e.targetHandle.split(':')[0]);
      expect(e.data.incomplete).toBeNull();
    }
    for (const n of graph.nodes) expect(n.group).toBe(project.files.length > 1 ? n.data.file : null);

    // a second pass with the first as `previous` reuses everything
    const again = toDiagram(parsed, parsed.model, placeAll(parsed), graph);
    expect(again.nodes.filter((n, i) => n !== graph.nodes[i])).toEqual([]);
    expect(again.edges.filter((e, i) => e !== graph.edges[i])).toEqual([]);
  });
});

it('draws an empty schema as an empty diagram', () => {
  const parsed = parseSchema([{ path: 'schema.prisma', text: '' }]);
  expect(toDiagram(parsed, parsed.model, emptyLayout())).toMatchObject({ nodes: [], edges: [], unplaced: [] });
});

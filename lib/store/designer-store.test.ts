import { describe, expect, it } from 'vitest';
import { exampleFiles } from '../samples/example';
import type { SchemaFile } from '../schema/document';
import { corpusAvailable, corpusProjects } from '../../test-support/corpus';
import { createDesignerStore } from './designer-store';

const SCHEMA = `datasource db {
  provider = "postgresql"
}

model User {
  id    Int    @id
  posts Post[]
}

model Post {
  id       Int  @id
  authorId Int
  author   User @relation(fields: [authorId], references: [id])
}
`;

const one = (text = SCHEMA): SchemaFile[] => [{ path: 'schema.prisma', text }];
const names = (list: Array<{ name: string }>) => list.map((m) => m.name);

describe('createDesignerStore', () => {
  it('derives the model and the diagram from the files it opens with', () => {
    const s = createDesignerStore({ files: exampleFiles() }).getState();
    expect(names(s.parsed.model.models)).toEqual(['User', 'Profile', 'Post', 'Tag', 'Comment']);
    expect(s.diagramParsed).toBe(s.parsed);
    expect(s.diagramModel).toBe(s.parsed.model);
    expect(s).toMatchObject({ activeFile: 'schema.prisma', prismaVersion: '7', revision: 0, openGeneration: 0, diagnosticsRevision: null, notice: null });
    expect([...s.baselineNames].filter((n) => !n.includes('.')).sort()).toEqual(['AuthorStats', 'Comment', 'Post', 'PostStatus', 'Profile', 'Role', 'Tag', 'User']);
    expect(s.baselineNames.has('Post.author')).toBe(true);
    expect(s.layout.positions).toEqual({});
  });

  it('takes the active file, layout, version and baseline it is given', () => {
    const layout = { version: 1 as const, positions: { User: { x: 1, y: 2 } } };
    const s = createDesignerStore({ files: one(), activeFile: 'schema.prisma', layout, prismaVersion: '5', baselineNames: ['Legacy'] }).getState();
    expect(s.layout).toBe(layout);
    expect(s.prismaVersion).toBe('5');
    expect([...s.baselineNames]).toEqual(['Legacy']);
  });
});

describe('editing text', () => {
  it('updates the model and the diagram and bumps the revision', () => {
    const store = createDesignerStore({ files: one() });
    store.getState().setFileText('schema.prisma', SCHEMA + '\nmodel Tag {\n  id Int @id\n}\n');
    const s = store.getState();
    expect(s.revision).toBe(1);
    expect(s.files[0].text).toContain('model Tag');
    expect(names(s.parsed.model.models)).toEqual(['User', 'Post', 'Tag']);
    expect(s.diagramModel).toBe(s.parsed.model);
    expect(s.diagramParsed).toBe(s.parsed);
  });

  it('ignores text that did not change and paths that are not open', () => {
    const store = createDesignerStore({ files: one() });
    const before = store.getState();
    store.getState().setFileText('schema.prisma', SCHEMA);
    store.getState().setFileText('other.prisma', 'model X {\n  id Int @id\n}\n');
    expect(store.getState()).toBe(before);
  });

  it('keeps the last good diagram while the text has problems, then follows it again', () => {
    const store = createDesignerStore({ files: one() });
    const good = store.getState();
    // mid-typing: the type is not known yet
    store.getState().setFileText('schema.prisma', SCHEMA.replace('id       Int  @id', 'id       Int  @id\n  tags     Ta'));
    let s = store.getState();
    expect(s.parsed.model.problems.map((p) => p.message)).toEqual(['Type `Ta` is neither a built-in type, nor a model, enum or composite type']);
    expect(s.files[0].text).toContain('tags     Ta');
    expect(s.revision).toBe(1);
    expect(s.diagramModel).toBe(good.diagramModel);
    expect(s.diagramParsed).toBe(good.diagramParsed);

    // a syntax error also keeps the last good diagram
    store.getState().setFileText('schema.prisma', SCHEMA.replace('model Post {', 'model Post {{'));
    s = store.getState();
    expect(s.parsed.model.problems.length).toBeGreaterThan(0);
    expect(s.diagramModel).toBe(good.diagramModel);

    store.getState().setFileText('schema.prisma', SCHEMA.replace('authorId Int\n', 'authorId Int\n  title    String\n'));
    s = store.getState();
    expect(s.revision).toBe(3);
    expect(s.diagramModel).toBe(s.parsed.model);
    expect(s.diagramModel.models[1].fields.map((f) => f.name)).toEqual(['id', 'authorId', 'title', 'author']);
  });

  it('carries the node position through a rename typed in several steps, even via invalid text', () => {
    const store = createDesignerStore({ files: one(), layout: { version: 1, positions: { User: { x: 40, y: 80 }, Post: { x: 400, y: 80 } } } });
    // renaming the block first leaves `author User` dangling: the diagram waits
    const halfway = SCHEMA.replace('model User {', 'model Person {');
    store.getState().setFileText('schema.prisma', halfway);
    expect(store.getState().parsed.model.problems).toHaveLength(1);
    expect(store.getState().layout.positions).toEqual({ User: { x: 40, y: 80 }, Post: { x: 400, y: 80 } });
    // fixing the reference makes the text valid: the last good diagram had `User` where `Person` now is
    store.getState().setFileText('schema.prisma', halfway.replace('author   User', 'author   Person'));
    const s = store.getState();
    expect(s.parsed.model.problems).toEqual([]);
    expect(s.layout.positions).toEqual({ Person: { x: 40, y: 80 }, Post: { x: 400, y: 80 } });
    // the baseline is the document as opened: `User` stays there, so a later rename command keeps its table name
    expect([...s.baselineNames].filter((n) => !n.includes('.')).sort()).toEqual(['Post', 'User']);
  });

  it('keeps the same layout object when nothing was renamed', () => {
    const store = createDesignerStore({ files: one(), layout: { version: 1, positions: { User: { x: 0, y: 0 } } } });
    const layout = store.getState().layout;
    store.getState().setFileText('schema.prisma', SCHEMA.replace('authorId Int', 'authorId Int?').replace('author   User', 'author   User?'));
    expect(store.getState().layout).toBe(layout);
  });

  it('applies text patches when no editor is mounted', () => {
    const store = createDesignerStore({ files: one() });
    const at = SCHEMA.indexOf('model User');
    store.getState().applyEditsToFiles([{ path: 'schema.prisma', start: at + 'model '.length, end: at + 'model User'.length, text: 'Member' }]);
    store.getState().applyEditsToFiles([]);
    const s = store.getState();
    expect(s.revision).toBe(1);
    expect(names(s.parsed.model.models)).toEqual(['Member', 'Post']);
    // the reference was not patched: the text has a problem and the diagram keeps User
    expect(names(s.diagramModel.models)).toEqual(['User', 'Post']);
  });
});

describe('multi-file documents', () => {
  const files: SchemaFile[] = [
    { path: 'schema.prisma', text: 'datasource db {\n  provider = "postgresql"\n}\n' },
    { path: 'user.prisma', text: 'model User {\n  id    Int    @id\n  posts Post[]\n}\n' },
    { path: 'post.prisma', text: 'model Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n' },
  ];

  it('changes several files in one update and one revision', () => {
    const store = createDesignerStore({ files, activeFile: 'post.prisma' });
    expect(store.getState().activeFile).toBe('post.prisma');
    let updates = 0;
    const unsubscribe = store.subscribe(() => updates++);
    store.getState().setFileTexts({
      'user.prisma': files[1].text.replace('User', 'Author'),
      'post.prisma': files[2].text.replace('author   User', 'author   Author'),
      'missing.prisma': 'model Ghost {\n  id Int @id\n}\n',
    });
    unsubscribe();
    const s = store.getState();
    expect(updates).toBe(1);
    expect(s.revision).toBe(1);
    expect(s.files.map((f) => f.path)).toEqual(['schema.prisma', 'user.prisma', 'post.prisma']);
    expect(s.files[0]).toBe(files[0]);
    expect(s.parsed.model.problems).toEqual([]);
    expect(names(s.diagramModel.models)).toEqual(['Author', 'Post']);
    expect(s.diagramModel.relations.map((r) => r.id)).toEqual(['Post.author']);
  });

  it('does nothing when no text changed', () => {
    const store = createDesignerStore({ files });
    const before = store.getState();
    store.getState().setFileTexts({ 'user.prisma': files[1].text, 'missing.prisma': 'x' });
    expect(store.getState()).toBe(before);
  });

  it('switches the active file only to an open file', () => {
    const store = createDesignerStore({ files });
    store.getState().setActiveFile('user.prisma');
    store.getState().setActiveFile('nope.prisma');
    expect(store.getState().activeFile).toBe('user.prisma');
  });
});

describe('openDocument', () => {
  it('replaces everything derived from the old document and bumps the open generation', () => {
    const store = createDesignerStore({ files: one(), layout: { version: 1, positions: { User: { x: 1, y: 1 } } }, prismaVersion: '6' });
    store.getState().setDiagnostics(0, [{ path: 'schema.prisma', start: 0, end: 1, message: 'x', severity: 'error' }]);
    store.getState().select(['User'], 'Post.author');
    store.getState().openDocument({ files: exampleFiles(), activeFile: 'missing.prisma' });
    const s = store.getState();
    expect(s).toMatchObject({ activeFile: 'schema.prisma', prismaVersion: '6', revision: 1, openGeneration: 1, diagnostics: [], diagnosticsRevision: null, selectedNodes: [], selectedEdge: null });
    expect(s.layout.positions).toEqual({});
    expect(s.diagramModel).toBe(s.parsed.model);
    expect(s.baselineNames.has('Profile')).toBe(true);
    expect(s.baselineNames.has('User')).toBe(true);
  });

  it('opens a document whose text has problems and shows what it can', () => {
    const store = createDesignerStore({ files: one() });
    store.getState().openDocument({ files: one('model A {\n  b B\n}\n'), baselineNames: ['A', 'Old'], prismaVersion: '5' });
    const s = store.getState();
    expect(s.parsed.model.problems).toHaveLength(1);
    expect(names(s.diagramModel.models)).toEqual(['A']);
    expect([...s.baselineNames]).toEqual(['A', 'Old']);
    expect(s.prismaVersion).toBe('5');
  });
});

describe('diagnostics, layout, selection and notices', () => {
  it('records diagnostics with their revision and clears them when the Prisma version changes', () => {
    const store = createDesignerStore({ files: one() });
    store.getState().setEngineError('wasm failed to load');
    const diagnostic = { path: 'schema.prisma', start: 3, end: 9, message: 'Error validating', severity: 'error' as const };
    store.getState().setDiagnostics(4, [diagnostic]);
    expect(store.getState()).toMatchObject({ diagnostics: [diagnostic], diagnosticsRevision: 4, engineError: null });
    store.getState().setPrismaVersion('6');
    expect(store.getState()).toMatchObject({ prismaVersion: '6', diagnostics: [], diagnosticsRevision: null });
  });

  it('merges dragged positions into the layout and ignores non-finite ones', () => {
    const store = createDesignerStore({ files: one(), layout: { version: 1, positions: { User: { x: 0, y: 0 } } } });
    store.getState().setPositions({ Post: { x: 10, y: 20 }, User: { x: Number.NaN, y: 0 } });
    expect(store.getState().layout.positions).toEqual({ User: { x: 0, y: 0 }, Post: { x: 10, y: 20 } });
    const replaced = { version: 1 as const, positions: {} };
    store.getState().setLayout(replaced);
    expect(store.getState().layout).toBe(replaced);
  });

  it('selects nodes or an edge', () => {
    const store = createDesignerStore({ files: one() });
    store.getState().select(['User', 'Post']);
    expect(store.getState()).toMatchObject({ selectedNodes: ['User', 'Post'], selectedEdge: null });
    store.getState().select([], 'Post.author');
    expect(store.getState()).toMatchObject({ selectedNodes: [], selectedEdge: 'Post.author' });
  });

  it('gives every notice a new id, so the same message shows again', () => {
    const store = createDesignerStore({ files: one() });
    store.getState().notify('info', 'Saved');
    const first = store.getState().notice!;
    store.getState().notify('info', 'Saved');
    const second = store.getState().notice!;
    expect(first).toMatchObject({ kind: 'info', text: 'Saved' });
    expect(second.id).toBeGreaterThan(first.id);
    store.getState().notify('error', 'Could not open', 'prisma.config.ts snippet');
    expect(store.getState().notice).toMatchObject({ kind: 'error', text: 'Could not open', detail: 'prisma.config.ts snippet' });
    store.getState().dismissNotice();
    expect(store.getState().notice).toBeNull();
  });
});

describe.skipIf(!corpusAvailable())('a real multi-file project', () => {
  it('re-parses only the edited file of papermark and keeps the diagram while it is broken', () => {
    const project = corpusProjects().find((p) => p.name === 'papermark')!;
    const store = createDesignerStore({ files: project.files });
    const start = store.getState();
    expect(start.parsed.model.problems).toEqual([]);
    expect(start.parsed.model.models).toHaveLength(62);

    const i = project.files.findIndex((f) => f.path === 'team.prisma');
    const broken = project.files[i].text.replace(/^model Team \{/m, 'model Team {{');
    store.getState().setFileText('team.prisma', broken);
    const s = store.getState();
    expect(s.parsed.model.problems.length).toBeGreaterThan(0);
    expect(s.parsed.model.problems.every((p) => p.file === 'team.prisma')).toBe(true);
    expect(s.diagramModel).toBe(start.diagramModel);
    // syntax trees of untouched files are reused
    s.parsed.files.forEach((f, j) => {
      if (j === i) expect(f).not.toBe(start.parsed.files[j]);
      else expect(f).toBe(start.parsed.files[j]);
    });

    store.getState().setFileText('team.prisma', project.files[i].text);
    expect(store.getState().parsed.model.problems).toEqual([]);
    expect(store.getState().diagramModel.models).toHaveLength(62);
  });
});

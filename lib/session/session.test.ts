import { describe, expect, it } from 'vitest';
import { exampleFiles } from '../samples/example';
import { TestSession } from '../../test-support/session';
import { TYPING_BURST_MS } from './history';

const SCHEMA = `datasource db {
  provider = "postgresql"
}

// Accounts
model User {
  id    Int    @id @default(autoincrement())
  email String @unique
}
`;

const files = () => [{ path: 'schema.prisma', text: SCHEMA }];

describe('Session: text', () => {
  it('takes keystrokes as patches: the text is current at once, the parse follows on the next frame', () => {
    const s = new TestSession(files());
    const revision = s.store.getState().revision;
    s.typeAtEnd('\nmodel Post {\n  id Int @id\n}\n');
    expect(s.text()).toBe(`${SCHEMA}\nmodel Post {\n  id Int @id\n}\n`);
    expect(s.store.getState().revision).toBe(revision);
    expect(s.store.getState().textAhead).toBe(true);
    s.clock.frames();
    expect(s.store.getState().revision).toBe(revision + 1);
    expect(s.store.getState().parsed.model.models.map((m) => m.name)).toEqual(['User', 'Post']);
  });

  it('gives commands the current text even before the frame (the parse catches up on read)', async () => {
    const s = new TestSession(files());
    s.typeAtEnd('\nmodel Post {\n  id Int @id\n}\n');
    await s.must('add-field', { model: 'Post', name: 'title', type: 'String' });
    expect(s.text()).toContain('model Post {\n  id Int @id\n  title String\n}');
  });

  it('applies a canvas op as a minimal patch: every other byte is unchanged', async () => {
    const s = new TestSession(files());
    await s.must('add-field', { model: 'User', name: 'name', type: 'String?' });
    expect(s.text()).toBe(SCHEMA.replace('  email String @unique\n', '  email String @unique\n  name  String?\n'));
    expect(s.text().startsWith('datasource db {\n  provider = "postgresql"\n}\n\n// Accounts\n')).toBe(true);
  });

  it('tells text listeners what changed and where it came from', async () => {
    const s = new TestSession(files());
    const seen: string[] = [];
    const source = {};
    s.onTextChange((e) => seen.push(`${e.origin.kind}${e.origin.source === source ? ' (mine)' : ''}: ${e.edits.map((x) => JSON.stringify(x.text)).join(', ')}`));
    s.type('schema.prisma', [{ path: 'schema.prisma', start: 0, end: 0, text: '// top\n' }], source);
    await s.must('rename-model', { model: 'User', newName: 'Account', keepTableName: false });
    s.undo();
    expect(seen[0]).toBe('typing (mine): "// top\\n"');
    expect(seen[1]).toMatch(/^edit: "Account"/);
    expect(seen[2]).toMatch(/^history: "User"/);
  });

  it('refuses an edit Prisma would reject, and leaves the text alone', async () => {
    const s = new TestSession(files());
    const outcome = await s.run('add-field', { model: 'User', name: 'role', type: 'Role' });
    expect(outcome.ok).toBe(false);
    expect(s.text()).toBe(SCHEMA);
  });

  it('refuses canvas edits while the text cannot be parsed, naming the problem', async () => {
    const s = new TestSession(files());
    s.typeAtEnd('model Broken {\n');
    const outcome = await s.run('add-model', { name: 'Post' });
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringMatching(/^Fix the schema first/) });
  });
});

describe('Session: history', () => {
  it('undoes and redoes typing, a command and a fix across each other, back to the original bytes', async () => {
    const s = new TestSession(files());
    s.typeAtEnd('\nmodel Post {\n  id Int @id\n  authorId Int\n}\n');
    const typed = s.text();
    s.clock.advance(TYPING_BURST_MS + 1);
    await s.must('add-relation', { from: 'Post', to: 'User', kind: '1:n', field: 'author' });
    const related = s.text();
    expect(related).toMatch(/author +User +@relation\(fields: \[authorId\], references: \[id\]\)/);
    await s.must('rename-model', { model: 'User', newName: 'Account', keepTableName: true });
    const renamed = s.text();

    expect(s.undo()?.label).toBe('Rename model');
    expect(s.text()).toBe(related);
    expect(s.undo()?.label).toBe('Add relation');
    expect(s.text()).toBe(typed);
    expect(s.undo()?.label).toBe('Typing');
    expect(s.text()).toBe(SCHEMA);
    expect(s.undo()).toBeNull();

    s.redo();
    s.redo();
    s.redo();
    expect(s.text()).toBe(renamed);
    expect(s.parsed.model.models.map((m) => m.name)).toEqual(['Account', 'Post']);
  });

  it('groups a burst of typing into one step, and a pause starts the next', () => {
    const s = new TestSession(files());
    for (const ch of '// one') s.typeAtEnd(ch);
    s.clock.advance(TYPING_BURST_MS + 1);
    for (const ch of '\n// two') s.typeAtEnd(ch);
    expect(s.history.labels().done).toEqual(['Typing', 'Typing']);
    s.undo();
    expect(s.text()).toBe(`${SCHEMA}// one`);
    s.undo();
    expect(s.text()).toBe(SCHEMA);
  });

  it('starts a new typing step after a command or an undo, even within the burst', async () => {
    const s = new TestSession(files());
    s.typeAtEnd('// a');
    await s.must('toggle-optional', { model: 'User', field: 'email' });
    s.typeAtEnd('// b');
    expect(s.history.labels().done).toEqual(['Typing', 'Toggle optional', 'Typing']);
  });

  it('keeps a rename and its layout carry in one step', async () => {
    const s = new TestSession(files());
    await s.settle(); // the first layout places the nodes
    s.recordMove({}, { User: { x: 40, y: 80 } });
    await s.must('rename-model', { model: 'User', newName: 'Account', keepTableName: false });
    expect(s.store.getState().layout.positions.Account).toEqual({ x: 40, y: 80 });
    s.undo();
    expect(s.text()).toBe(SCHEMA);
    expect(s.store.getState().layout.positions.User).toEqual({ x: 40, y: 80 });
    expect(s.history.labels().done).toEqual(['Move']);
  });

  it('undoes a drag in one step, and a loaded layout in one step', () => {
    const s = new TestSession(files());
    s.recordMove({}, { User: { x: 0, y: 0 } });
    s.recordMove({ User: { x: 0, y: 0 } }, { User: { x: 300, y: 120 } });
    s.replaceLayout({ ...s.store.getState().layout, positions: { User: { x: 9, y: 9 } } }, 'Load layout');
    s.undo();
    expect(s.store.getState().layout.positions.User).toEqual({ x: 300, y: 120 });
    s.undo();
    expect(s.store.getState().layout.positions.User).toEqual({ x: 0, y: 0 });
    s.redo();
    s.redo();
    expect(s.store.getState().layout.positions.User).toEqual({ x: 9, y: 9 });
  });

  it('carries the author on every step (one history per author later)', async () => {
    const s = new TestSession(files(), { author: 'ada' });
    s.typeAtEnd('// hi');
    await s.must('toggle-optional', { model: 'User', field: 'email' });
    const step = s.undo();
    expect(step?.author).toBe('ada');
  });

  it('replays a long random history of typing and commands back to the original bytes and forward again', async () => {
    const s = new TestSession(exampleFiles());
    const original = s.text();
    const states = [original];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (let i = 0; i < 40; i++) {
      const text = s.text();
      if (rand(3) === 0) {
        await s.must('add-model', { name: `M${i}` });
      } else {
        // a comment line typed at the start of a random line, key by key
        const lines = text.split('\n');
        const at = lines.slice(0, rand(lines.length)).join('\n').length + (rand(2) ? 0 : 0);
        const start = at === 0 ? 0 : at + 1;
        for (const ch of `// note ${i}\n`) s.typeAt(start + `// note ${i}\n`.indexOf(ch), ch);
      }
      s.clock.advance(TYPING_BURST_MS + 1);
      states.push(s.text());
    }
    for (let i = states.length - 1; i > 0; i--) {
      expect(s.text()).toBe(states[i]);
      s.undo();
    }
    expect(s.text()).toBe(original);
    for (let i = 1; i < states.length; i++) {
      s.redo();
      expect(s.text()).toBe(states[i]);
    }
  });
});

describe('Session: commands and ports', () => {
  it('runs a fix from the advisories as one undo step', async () => {
    const s = new TestSession(files());
    s.typeAtEnd('\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n');
    s.clock.advance(TYPING_BURST_MS + 1);
    const { runAdvisories } = await import('../advisories/run');
    const { emptyConfig, withProfile } = await import('../advisories/config');
    // The e-mail rule is a policy rule: on in the strict profile.
    const config = withProfile(emptyConfig(), 'strict');
    s.store.getState().setAdvisoryConfig(config);
    const run = runAdvisories(s.parsed, { config });
    s.store.getState().setAdvisories(s.store.getState().revision, run);
    const fixable = run.advisories.find((a) => a.fixLabel && a.rule === 'integrity-email-case-sensitive');
    expect(fixable).toBeDefined();
    const before = s.text();
    await s.must('fix-advisory', { key: fixable!.key });
    expect(s.text()).not.toBe(before);
    s.undo();
    expect(s.text()).toBe(before);
  });

  it('sends downloads, pickers and reveals through the ports the views attach', async () => {
    const s = new TestSession(files());
    await s.must('download-schema');
    expect(s.downloads.map((d) => d.name)).toEqual(['schema.prisma']);
    expect(new TextDecoder().decode(s.downloads[0].bytes)).toBe(SCHEMA);
    await s.must('open-schema');
    expect(s.picked).toEqual(['schema-files']);
    await s.must('show-in-text', { model: 'User', field: 'email' });
    expect(s.revealed).toHaveLength(1);
    expect(SCHEMA.slice(s.revealed[0].start, s.revealed[0].end)).toBe('email String @unique');
  });

  it('opens the views a command asks for in the view state, not in React', async () => {
    const s = new TestSession(files());
    await s.settle();
    await s.must('show-advisories');
    await s.must('focus-model', { model: 'User', hops: '2' });
    expect(s.view.getState()).toMatchObject({ advisories: true, focus: { model: 'User', hops: 2, hide: false } });
    await s.must('clear-focus');
    expect(s.view.getState().focus).toBeNull();
  });

  it('asks before formatting would drop a comment, and formats when confirmed', async () => {
    const s = new TestSession([{ path: 'schema.prisma', text: 'datasource db {\n  provider = "postgresql"\n}\n\nmodel User { // the users\n  id Int @id\n}\n' }]);
    const outcome = await s.run('format-schema');
    expect(outcome).toMatchObject({ ok: false, confirm: { submitLabel: 'Format anyway', values: { force: true } } });
    await s.must('format-schema', { force: true });
    expect(s.text()).not.toContain('// the users');
    s.undo();
    expect(s.text()).toContain('// the users');
  });

  it('lints each new revision with Prisma and keeps the diagnostics', async () => {
    const s = new TestSession(files());
    await s.settle();
    expect(s.store.getState().diagnosticsRevision).toBe(s.store.getState().revision);
    s.typeAtEnd('model Post {\n  id Strin @id\n}\n');
    await s.settle();
    expect(s.store.getState().diagnostics.some((d) => d.severity === 'error' && /Strin/.test(d.message))).toBe(true);
  });
});

describe('Session: nodes never overlap', () => {
  it('pushes the model under a growing one down, as part of the same undo step', async () => {
    const s = new TestSession([{ path: 'schema.prisma', text: `${SCHEMA}\nmodel Post {\n  id Int @id\n}\n` }]);
    await s.settle();
    // Post sits right under User.
    const user = s.graph.getState().graph.nodes.find((n) => n.id === 'User')!;
    s.recordMove({}, { User: { x: 0, y: 0 }, Post: { x: 0, y: user.height + 30 } });
    await s.settle();
    const before = s.store.getState().layout.positions.Post;
    for (const name of ['a', 'b', 'c', 'd']) await s.must('add-field', { model: 'User', name, type: 'String' });
    await s.settle();
    const grown = s.graph.getState().graph.nodes.find((n) => n.id === 'User')!;
    const post = s.store.getState().layout.positions.Post;
    expect(post.y).toBeGreaterThanOrEqual(grown.height + 24);
    expect(post.x).toBe(before.x);
    // Undo the last field: the text and Post's position go back together.
    const positionBeforeLast = s.history.labels().done.length;
    expect(positionBeforeLast).toBeGreaterThan(0);
    s.undo();
    await s.settle();
    expect(s.store.getState().layout.positions.Post.y).toBeLessThan(post.y);
  });
});

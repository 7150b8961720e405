import { describe, expect, it, vi } from 'vitest';
import { TestSession } from '../../test-support/session';

// An injected scanner failure: our parser reports an error inside the block that carries the marker
// comment, while Prisma accepts the text (a comment is valid everywhere).
vi.mock('../schema/parse', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../schema/parse')>();
  return {
    ...actual,
    parseSchemaFile: (path: string, text: string) => {
      const ast = actual.parseSchemaFile(path, text);
      const at = text.indexOf('// scanner-fails-here');
      return at < 0 ? ast : { ...ast, errors: [...ast.errors, { message: 'Injected scanner failure', range: { start: at, end: at + 21 } }] };
    },
  };
});

const HEADER = 'datasource db {\n  provider = "postgresql"\n}\n\n';
const SCHEMA = `${HEADER}model User {\n  id    Int    @id\n  posts Post[]\n}\n\nmodel Post {\n  id     Int  @id\n  userId Int\n  user   User @relation(fields: [userId], references: [id])\n  // scanner-fails-here\n}\n`;

async function opened(text: string) {
  const session = new TestSession([{ path: 'schema.prisma', text }]);
  await session.settle();
  await session.settle();
  return session;
}

describe('never pause on valid text', () => {
  it('draws the diagram from Prisma’s datamodel with a note, and refuses canvas edits only for the unread block', async () => {
    const session = await opened(SCHEMA);
    const s = session.store.getState();
    expect(s.parsed.model.problems.map((p) => p.message)).toEqual(['Injected scanner failure']);
    expect(s.diagramFallback?.readOnly).toEqual(['Post']);
    expect(s.diagramFallback?.note).toContain('`Post`');
    expect(session.graph.getState().graph.nodes.map((n) => n.id).sort()).toEqual(['Post', 'User']);

    const refused = await session.run('add-field', { model: 'Post', name: 'title', type: 'String' });
    expect(refused).toMatchObject({ ok: false, reason: expect.stringContaining('`Post` is read-only') });

    await session.must('add-field', { model: 'User', name: 'email', type: 'String' });
    expect(session.text()).toContain('  email String\n');
    expect(session.text()).toContain('// scanner-fails-here');
    session.undo();
    expect(session.text()).toBe(SCHEMA);
    await session.settle();
    // Export migration works on it too: Prisma accepts the text.
    expect(session.commands.get('export-migration')?.when?.(session, {}) ?? null).toBeNull();
    session.dispose();
  });

  it('pauses as before when Prisma rejects the text too', async () => {
    const session = await opened(SCHEMA.replace('userId Int\n', 'userId Strin\n'));
    expect(session.store.getState().diagramFallback).toBeNull();
    expect(session.commands.get('export-migration')?.when?.(session, {})).toContain('Fix the schema first');
    expect(await session.run('add-field', { model: 'User', name: 'email', type: 'String' })).toMatchObject({ ok: false, reason: expect.stringContaining('Fix the schema first') });
    session.dispose();
  });
});

describe('one rule for invalid text', () => {
  it('refuses canvas edits while Prisma reports errors, with Prisma’s message', async () => {
    // Parses cleanly for our scanner; Prisma rejects the relation without a back field.
    const text = `${HEADER}model User {\n  id Int @id\n}\n\nmodel Post {\n  id     Int  @id\n  userId Int\n  user   User @relation(fields: [userId], references: [id])\n}\n`;
    const session = await opened(text);
    const s = session.store.getState();
    expect(s.parsed.model.problems).toEqual([]);
    const prismaError = s.diagnostics.find((d) => d.severity === 'error');
    expect(prismaError).toBeDefined();
    const outcome = await session.run('add-field', { model: 'User', name: 'email', type: 'String' });
    expect(outcome).toEqual({ ok: false, reason: `Fix the schema first: ${prismaError!.message.split('\n')[0]}` });
    expect(session.text()).toBe(text);
    session.dispose();
  });
});

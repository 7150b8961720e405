import { describe, expect, it } from 'vitest';
import { TestSession } from '@/test-support/session';
import type { ThreadRecord } from './client';
import { followRenames, renameOfCommand } from './follow-renames';

const SCHEMA = 'model User {\n  id    Int    @id\n  email String\n}\n\nenum Role {\n  USER\n}\n';

const thread = (id: string, anchor: ThreadRecord['anchor']): ThreadRecord => ({
  id, documentId: 'd', versionId: null, anchor, resolved: false, resolvedBy: null, resolvedAt: null, createdAt: '2026-12-08T00:00:00Z', comments: [],
});

describe('renames that move comment threads', () => {
  it('are read from the rename commands only', () => {
    expect(renameOfCommand('rename-model', { model: 'User', newName: 'Account' })).toEqual({ kind: 'block', from: 'User', to: 'Account' });
    expect(renameOfCommand('rename-enum', { enum: 'Role', newName: 'Kind' })).toEqual({ kind: 'block', from: 'Role', to: 'Kind' });
    expect(renameOfCommand('rename-field', { model: 'User', field: 'email', newName: 'mail' })).toEqual({ kind: 'field', model: 'User', from: 'email', to: 'mail' });
    expect(renameOfCommand('add-field', { model: 'User', newName: 'x' })).toBeNull();
    expect(renameOfCommand('rename-model', { model: 'User', newName: '  ' })).toBeNull();
  });

  it('move threads and the panel narrowed to the old name; failed renames move nothing', async () => {
    const session = new TestSession([{ path: 'schema.prisma', text: SCHEMA }]);
    const stop = followRenames(session);
    session.review.store.setState({ threads: [thread('t1', { kind: 'enum', model: 'Role' }), thread('t2', { kind: 'field', model: 'User', field: 'email' })] });
    session.review.comments.setState({ filter: { model: 'User', field: 'email' } });

    expect(await session.run('rename-model', { model: 'User', newName: 'Role' })).toMatchObject({ ok: false });
    expect(session.review.comments.getState().moved).toEqual({});

    expect(await session.run('rename-enum', { enum: 'Role', newName: 'Kind' })).toMatchObject({ ok: true });
    expect(await session.run('rename-field', { model: 'User', field: 'email', newName: 'mail' })).toMatchObject({ ok: true });
    expect(session.review.comments.getState().moved).toEqual({ t1: { kind: 'enum', model: 'Kind' }, t2: { kind: 'field', model: 'User', field: 'mail' } });
    expect(session.review.comments.getState().filter).toEqual({ model: 'User', field: 'mail' });
    stop();
    expect(await session.run('rename-model', { model: 'User', newName: 'Account' })).toMatchObject({ ok: true });
    expect(session.review.comments.getState().moved.t2).toEqual({ kind: 'field', model: 'User', field: 'mail' });
  });
});

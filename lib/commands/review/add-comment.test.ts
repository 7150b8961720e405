import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer, type InProcessReviewServer } from '@/test-support/review-server';
import { TestSession } from '@/test-support/session';
import { shownAnchor } from '../../review/comments';
import { followRenames } from '../../review/follow-renames';
import { ReviewService } from '../../review/service';

const SCHEMA = 'datasource db {\n  provider = "postgresql"\n}\n\nmodel User {\n  id    Int    @id\n  email String\n}\n';

let server: InProcessReviewServer;
beforeAll(async () => {
  server = await startReviewServer();
});
afterAll(() => server.close());

/** A session on a freshly shared copy of SCHEMA, opened with the given access. */
async function sharedSession(access: 'owner' | 'view' | 'comment') {
  const created = await server.client().createDocument({ files: [{ path: 'schema.prisma', text: SCHEMA }] });
  const ownerCredentials = { documentId: created.document.id, token: created.ownerToken };
  const token = access === 'owner' ? created.ownerToken : (await server.client().createLink(ownerCredentials, { access })).token;
  const session = new TestSession([{ path: 'schema.prisma', text: SCHEMA }], { review: new ReviewService(server.client()) });
  session.review.setConnection({ documentId: created.document.id, token, access });
  return { session, ownerCredentials };
}

describe('Add comment', () => {
  it('says that comments need a shared document, before and on submit', async () => {
    const session = new TestSession([{ path: 'schema.prisma', text: SCHEMA }], { review: new ReviewService(server.client()) });
    const impact = session.commands.get('add-comment')!.impact!(session, {});
    expect(impact).toMatch(/shared document.*Share link/);
    expect(await session.run('add-comment', { model: 'User', text: 'hi' })).toMatchObject({ ok: false, reason: impact });
  });

  it('starts a thread on the model or field and opens the panel on it', async () => {
    const { session, ownerCredentials } = await sharedSession('comment');
    expect(await session.run('add-comment', { model: 'User', field: 'email', text: 'Unique?' })).toEqual({ ok: true, message: 'Comment added' });
    const [thread] = await server.client().listThreads(ownerCredentials);
    expect(thread.anchor).toEqual({ kind: 'field', model: 'User', field: 'email' });
    expect(session.review.comments.getState()).toMatchObject({ open: true, thread: thread.id });
    expect(await session.run('add-comment', { model: 'Post', text: 'x' })).toMatchObject({ ok: false, reason: 'There is no model Post' });
    expect(await session.run('add-comment', { model: 'User', text: 'x'.repeat(4001) })).toMatchObject({ ok: false, reason: expect.stringMatching(/at most 4,000/) });
  });

  it('is refused to a View link with the reason', async () => {
    const { session } = await sharedSession('view');
    expect(await session.run('add-comment', { model: 'User', text: 'hi' })).toMatchObject({ ok: false, reason: expect.stringMatching(/view comments but not add them/) });
  });

  it('offers itself on models, fields, relation fields and enums', () => {
    const session = new TestSession([{ path: 'schema.prisma', text: SCHEMA }]);
    for (const kind of ['model', 'enum', 'field', 'relation-field'] as const) {
      expect(session.commands.menu(kind === 'model' || kind === 'enum' ? { kind, model: 'User' } : { kind, model: 'User', field: 'email' }).map((e) => e.entry.label)).toContain('Add comment…');
    }
  });
});

describe('threads follow renames made in the session', () => {
  it('moves the shown anchor with Rename model and Rename field, and back on undo', async () => {
    const { session } = await sharedSession('owner');
    const stop = followRenames(session);
    await session.run('add-comment', { model: 'User', text: 'on the model' });
    await session.run('add-comment', { model: 'User', field: 'email', text: 'on the field' });
    const [onModel, onField] = session.review.store.getState().threads;

    expect(await session.run('rename-model', { model: 'User', newName: 'Account' })).toMatchObject({ ok: true });
    expect(await session.run('rename-field', { model: 'Account', field: 'email', newName: 'mail' })).toMatchObject({ ok: true });
    expect(session.review.comments.getState().moved).toEqual({
      [onModel.id]: { kind: 'model', model: 'Account' },
      [onField.id]: { kind: 'field', model: 'Account', field: 'mail' },
    });
    const moved = session.review.comments.getState().moved;
    expect(shownAnchor(onField.anchor, moved[onField.id], session.parsed.model)).toEqual({ kind: 'field', model: 'Account', field: 'mail' });
    session.undo();
    session.undo();
    expect(shownAnchor(onModel.anchor, moved[onModel.id], session.parsed.model)).toEqual({ kind: 'model', model: 'User' });
    expect(shownAnchor(onField.anchor, moved[onField.id], session.parsed.model)).toEqual({ kind: 'field', model: 'User', field: 'email' });
    stop();
  });
});

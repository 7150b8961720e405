import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer, type InProcessReviewServer } from '@/test-support/review-server';
import { TestSession } from '@/test-support/session';
import { memoryStorage, OwnerTokens } from './owner-tokens';
import { ReviewService } from './service';
import { startReview } from './start';
import { shareUrl } from './share-url';

const SCHEMA = 'datasource db {\n  provider = "postgresql"\n}\n\nmodel User {\n  id Int @id\n}\n';
const OTHER = 'datasource db {\n  provider = "postgresql"\n}\n\nmodel Local {\n  id Int @id\n}\n';

let server: InProcessReviewServer;
beforeAll(async () => {
  server = await startReviewServer();
});
afterAll(() => server.close());

function sessionOn(text: string, storage = memoryStorage()) {
  const backups: string[] = [];
  const session: TestSession = new TestSession([{ path: 'schema.prisma', text }], {
    review: new ReviewService(server.client(), new OwnerTokens(storage)),
    backup: async () => void backups.push(session.text()),
  });
  return { session, backups, storage };
}

describe('sharing and versions', () => {
  it('shares on the first saved version, without credentials, and remembers the owner token', async () => {
    const { session: owner, storage } = sessionOn(`// local: postgresql://app:s3cret@db.example.com/app\n${SCHEMA}`);
    owner.store.getState().setPositions({ User: { x: 40, y: 80 } });
    await owner.must('save-version', { name: 'First cut', message: 'Users only' });
    const connection = owner.review.connection!;
    expect(connection.access).toBe('owner');
    expect(storage.entries.get(`schema-canvas.review.owner.${connection.documentId}`)).toBe(connection.token);

    const stored = await server.client().getDocument(connection);
    expect(stored.latest).toMatchObject({ number: 1, name: 'First cut', message: 'Users only' });
    expect(stored.latest.files[0].text).toContain('postgresql://app:****@db.example.com/app');
    expect(stored.latest.layout).toMatchObject({ positions: { User: { x: 40, y: 80 } } });

    owner.typeAtEnd('\nmodel Post {\n  id Int @id\n}\n');
    await owner.must('save-version', { name: 'Posts' });
    expect(owner.review.store.getState().versions.map((v) => v.number)).toEqual([2, 1]);

    // A reload: the same browser storage reconnects the working document as its owner, with no request.
    const { session: reloaded } = sessionOn(owner.text(), storage);
    expect(await startReview(reloaded, 'http://localhost/')).toBe('resumed');
    expect(reloaded.review.connection).toEqual(connection);
  });

  it('opens a share link: latest version, layout, access; the local document backed up', async () => {
    const { session: owner } = sessionOn(SCHEMA);
    owner.store.getState().setPositions({ User: { x: 12, y: 34 } });
    const { credentials } = await owner.review.createLink({ access: 'comment' });

    const { session: reviewer, backups } = sessionOn(OTHER);
    expect(await startReview(reviewer, shareUrl('http://localhost/', credentials))).toBe('opened');
    expect(backups).toEqual([OTHER]);
    expect(reviewer.text()).toContain('model User');
    expect(reviewer.store.getState().layout.positions.User).toEqual({ x: 12, y: 34 });
    expect(reviewer.review.connection?.access).toBe('comment');

    // Read-only: typing and canvas edits are refused, the text stays.
    const before = reviewer.text();
    reviewer.typeAtEnd('\nmodel Hack {}\n');
    const refused = await reviewer.run('add-model', { name: 'Hack' });
    expect(refused).toMatchObject({ ok: false, reason: expect.stringMatching(/read-only/) });
    expect(reviewer.text()).toBe(before);
    expect((await reviewer.run('save-version', { name: 'x' })).ok).toBe(false);
  });

  it('a revoked link says so and leaves the local document untouched', async () => {
    const { session: owner } = sessionOn(SCHEMA);
    const { link, credentials } = await owner.review.createLink({ access: 'view', label: 'Ana', expiresInDays: 7 });
    expect(link.expiresAt).not.toBeNull();
    expect((await owner.review.refreshLinks()).map((l) => l.label)).toEqual(['Ana']);
    await owner.review.revokeLink(link.id);
    expect(owner.review.store.getState().links[0].revokedAt).not.toBeNull();

    const { session: reviewer, backups } = sessionOn(OTHER);
    expect(await startReview(reviewer, shareUrl('http://localhost/', credentials))).toBe('refused');
    expect(reviewer.text()).toBe(OTHER);
    expect(backups).toEqual([]);
    expect(reviewer.review.connection).toBeNull();
    expect(reviewer.store.getState().notice?.text).toMatch(/revoked/i);
  });

  it('an Edit link saves versions; a Comment link approves; the owner sees the verdict', async () => {
    const { session: owner } = sessionOn(SCHEMA);
    const edit = await owner.review.createLink({ access: 'edit' });
    const comment = await owner.review.createLink({ access: 'comment' });

    const { session: editor } = sessionOn(OTHER);
    await editor.review.openShared(edit.credentials);
    editor.typeAtEnd('\nmodel Tag {\n  id Int @id\n}\n');
    await editor.must('save-version', { name: 'Tags' });

    const { session: reviewer } = sessionOn(OTHER);
    await reviewer.review.openShared(comment.credentials);
    await reviewer.review.refreshVersions();
    expect(await reviewer.run('approve-version')).toMatchObject({ ok: true, message: 'You approved version 2.' });
    expect((await owner.run('approve-version')).ok).toBe(false);

    const versions = await owner.review.refreshVersions();
    expect(versions[0]).toMatchObject({ number: 2, name: 'Tags', author: 'Reviewer', reviews: [{ status: 'approved' }] });
  });
});

describe('start-up', () => {
  it('a malformed share link says so and opens nothing; a plain address with nothing shared stays local', async () => {
    const { session, backups } = sessionOn(OTHER);
    expect(await startReview(session, 'http://localhost/?review=doc#token=short')).toBe('refused');
    expect(session.store.getState().notice?.text).toMatch(/malformed/);
    expect(await startReview(session, 'http://localhost/')).toBe('local');
    expect(session.text()).toBe(OTHER);
    expect(backups).toEqual([]);
  });
});

describe('viewing an older version', () => {
  it('is read-only, and "Back to current" restores the working document with its undo history', async () => {
    const { session: owner } = sessionOn(SCHEMA);
    await owner.must('save-version', { name: 'One' });
    const first = owner.review.store.getState().versions[0];
    owner.typeAtEnd('\nmodel Draft {\n  id Int @id\n}\n');
    owner.clock.advance(5000);
    owner.store.getState().setPositions({ User: { x: 7, y: 9 } });
    const working = owner.text();

    await owner.must('open-version', { version: first.id });
    expect(owner.text()).not.toContain('Draft');
    expect(owner.review.editRefusal()).toMatch(/Viewing version 1 — read-only/);
    owner.typeAtEnd('x');
    expect(owner.text()).not.toContain('Draftx');
    expect((await owner.run('save-version', { name: 'no' })).ok).toBe(false);

    await owner.must('back-to-current');
    expect(owner.text()).toBe(working);
    expect(owner.store.getState().layout.positions.User).toEqual({ x: 7, y: 9 });
    expect(owner.review.connection?.access).toBe('owner');
    owner.undo();
    expect(owner.text()).toBe(SCHEMA);
  });

  it('opening another document ends the connection and forgets the shared pointer', async () => {
    const { session: owner, storage } = sessionOn(SCHEMA);
    await owner.review.share();
    await owner.must('new-schema', { template: 'empty-postgresql' });
    expect(owner.review.connection).toBeNull();
    expect(storage.entries.has('schema-canvas.review.current')).toBe(false);
  });
});

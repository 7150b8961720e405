import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { POSTGRES_URL, postgresUnavailable } from '@/lib/migrate/postgres-node';
import { authorize } from './access';
import { openPglite, openPostgres } from './db/open';
import { DataDirectoryLockedError } from './db/lock';
import type { NewVersion, Storage } from './storage';
import { hashToken, newToken } from './tokens';

const version = (name: string, text = 'model User {\n  id Int @id\n}\n'): NewVersion => ({
  name, message: `${name} message`, author: 'Ada',
  files: [{ path: 'schema.prisma', text }], layout: { version: 1, positions: { User: { x: 1, y: 2 } } }, advisoryConfig: { profile: 'strict' },
});

/** The same behaviour on both backends. */
function storageSuite(open: () => Promise<Storage>) {
  let store: Storage;
  beforeAll(async () => { store = await open(); });
  afterAll(async () => { await store?.close(); });

  it('answers a ping', async () => {
    expect(await store.ping()).toBe(true);
  });

  it('creates a document whose owner token opens it, and nothing else does', async () => {
    const owner = newToken('owner');
    const { document, version: v1 } = await store.createDocument({ ownerTokenHash: hashToken(owner), version: version('first') });
    expect(document.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(v1).toMatchObject({ number: 1, name: 'first', author: 'Ada', files: [{ path: 'schema.prisma' }], advisoryConfig: { profile: 'strict' } });
    expect(await store.findCredential(document.id, hashToken(owner))).toEqual({ kind: 'owner' });
    expect(await store.findCredential(document.id, hashToken(newToken('owner')))).toBeNull();
    expect(await store.findCredential('unknown', hashToken(owner))).toBeNull();
    expect(await store.getDocument('unknown')).toBeNull();
  });

  it('keeps versions immutable and numbered; the latest is the last saved', async () => {
    const { document } = await store.createDocument({ ownerTokenHash: hashToken(newToken('owner')), version: version('v1') });
    const saved = await Promise.all([1, 2, 3, 4].map((i) => store.saveVersion(document.id, version(`v${i + 1}`, `model M${i} {\n  id Int @id\n}\n`))));
    expect(saved.map((v) => v!.number).sort()).toEqual([2, 3, 4, 5]);
    const list = await store.listVersions(document.id);
    expect(list.map((v) => v.number)).toEqual([5, 4, 3, 2, 1]);
    expect(list[0]).not.toHaveProperty('files');
    const latest = await store.latestVersion(document.id);
    expect(latest!.number).toBe(5);
    const first = await store.getVersion(document.id, list[4].id);
    expect(first!.files[0].text).toContain('model User');
    expect(await store.getVersion('other', list[4].id)).toBeNull();
    expect(await store.saveVersion('unknown', version('x'))).toBeNull();
  });

  it('stores link tokens only as hashes; revoked and expired links are found but refused', async () => {
    const { document } = await store.createDocument({ ownerTokenHash: hashToken(newToken('owner')), version: version('v1') });
    const token = newToken('link');
    const link = await store.createLink(document.id, { tokenHash: hashToken(token), access: 'comment', label: 'Bob', expiresAt: null });
    expect(link).toMatchObject({ access: 'comment', label: 'Bob', revokedAt: null, lastUsedAt: null });
    expect(JSON.stringify(await store.listLinks(document.id))).not.toContain(hashToken(token));
    const cred = await store.findCredential(document.id, hashToken(token));
    expect(cred).toMatchObject({ kind: 'link', access: 'comment', linkId: link!.id });
    expect(authorize(cred, 'comment', new Date()).ok).toBe(true);

    await store.touchLink(link!.id, new Date('2030-01-01T00:00:00Z'));
    await store.touchLink(link!.id, new Date('2030-01-01T00:00:30Z')); // within a minute: not rewritten
    expect((await store.listLinks(document.id))[0].lastUsedAt).toBe('2030-01-01T00:00:00.000Z');

    const revoked = await store.revokeLink(document.id, link!.id, new Date('2030-01-02T00:00:00Z'));
    expect(revoked!.revokedAt).toBe('2030-01-02T00:00:00.000Z');
    await store.revokeLink(document.id, link!.id, new Date('2030-01-03T00:00:00Z'));
    expect((await store.listLinks(document.id))[0].revokedAt).toBe('2030-01-02T00:00:00.000Z');
    const decision = authorize(await store.findCredential(document.id, hashToken(token)), 'read', new Date());
    expect(decision).toMatchObject({ ok: false, status: 410 });

    const short = newToken('link');
    await store.createLink(document.id, { tokenHash: hashToken(short), access: 'view', label: '', expiresAt: new Date('2020-01-01T00:00:00Z') });
    expect(authorize(await store.findCredential(document.id, hashToken(short)), 'read', new Date())).toMatchObject({ ok: false, status: 410 });
    // A link of one document opens nothing on another.
    const other = await store.createDocument({ ownerTokenHash: hashToken(newToken('owner')), version: version('v1') });
    expect(await store.findCredential(other.document.id, hashToken(short))).toBeNull();
    expect(await store.revokeLink(other.document.id, link!.id, new Date())).toBeNull();
  });

  it('keeps threads with replies in order, resolves and reopens them, and posts a retried comment once', async () => {
    const { document, version: v1 } = await store.createDocument({ ownerTokenHash: hashToken(newToken('owner')), version: version('v1') });
    const thread = await store.startThread(document.id, { anchor: { kind: 'field', model: 'User', field: 'id' }, versionId: v1.id, author: 'Bob', text: 'Why Int?', clientKey: 'k1' });
    expect(thread).toMatchObject({ anchor: { kind: 'field', model: 'User', field: 'id' }, versionId: v1.id, resolved: false, comments: [{ author: 'Bob', text: 'Why Int?' }] });
    const again = await store.startThread(document.id, { anchor: { kind: 'field', model: 'User', field: 'id' }, author: 'Bob', text: 'Why Int?', clientKey: 'k1' });
    expect(again!.id).toBe(thread!.id);
    await store.reply(document.id, thread!.id, { author: 'Ada', text: 'Legacy ids', clientKey: 'k2' });
    await store.reply(document.id, thread!.id, { author: 'Ada', text: 'Legacy ids', clientKey: 'k2' });
    await store.reply(document.id, thread!.id, { author: 'Bob', text: 'OK' });
    expect(await store.reply(document.id, 'nope', { author: 'Bob', text: 'x' })).toBeNull();
    await store.startThread(document.id, { anchor: { kind: 'enum', model: 'Role' }, author: 'Bob', text: 'Add GUEST' });

    const resolved = await store.setResolved(document.id, thread!.id, true, 'Ada', new Date('2030-01-01T00:00:00Z'));
    expect(resolved).toMatchObject({ resolved: true, resolvedBy: 'Ada', resolvedAt: '2030-01-01T00:00:00.000Z' });
    expect(await store.setResolved(document.id, thread!.id, false, 'Bob', new Date())).toMatchObject({ resolved: false, resolvedBy: null });

    const threads = await store.listThreads(document.id);
    expect(threads.map((t) => t.anchor)).toEqual([{ kind: 'field', model: 'User', field: 'id' }, { kind: 'enum', model: 'Role' }]);
    expect(threads[0].comments.map((c) => c.text)).toEqual(['Why Int?', 'Legacy ids', 'OK']);
    expect(await store.listThreads('unknown')).toEqual([]);
    expect(await store.startThread('unknown', { anchor: { kind: 'model', model: 'User' }, author: 'x', text: 'y' })).toBeNull();
  });

  it('keeps one review per version and link, the latest verdict winning', async () => {
    const { document, version: v1 } = await store.createDocument({ ownerTokenHash: hashToken(newToken('owner')), version: version('v1') });
    const link = await store.createLink(document.id, { tokenHash: hashToken(newToken('link')), access: 'comment', label: '', expiresAt: null });
    await store.setReview(document.id, v1.id, { linkId: link!.id, status: 'changes_requested', author: 'Bob' });
    await store.setReview(document.id, v1.id, { linkId: link!.id, status: 'approved', author: 'Bob' });
    const [listed] = await store.listVersions(document.id);
    expect(listed.reviews).toMatchObject([{ linkId: link!.id, status: 'approved', author: 'Bob' }]);
    expect(await store.setReview(document.id, 'nope', { linkId: link!.id, status: 'approved', author: 'Bob' })).toBeNull();
  });
}

describe('review store on PGlite (in memory)', () => {
  storageSuite(() => openPglite(null));
});

describe('review store on PostgreSQL (a throwaway database)', async () => {
  const unavailable = await postgresUnavailable();
  if (unavailable) console.warn(`Skipping the PostgreSQL storage tests: ${unavailable}`);
  const name = `schema_canvas_review_${process.pid}_${Date.now().toString(36)}`;
  const admin = () => new pg.Client({ connectionString: POSTGRES_URL });
  describe.skipIf(!!unavailable)('suite', () => {
    beforeAll(async () => {
      const c = admin();
      await c.connect();
      await c.query(`CREATE DATABASE "${name}"`);
      await c.end();
    });
    afterAll(async () => {
      const c = admin();
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    });
    const url = () => { const u = new URL(POSTGRES_URL); u.pathname = `/${name}`; return u.toString(); };
    storageSuite(() => openPostgres(url(), { max: 4 }));

    it('migrates once when several instances start together', async () => {
      const stores = await Promise.all([openPostgres(url(), { max: 1 }), openPostgres(url(), { max: 1 })]);
      expect(await Promise.all(stores.map((s) => s.ping()))).toEqual([true, true]);
      await Promise.all(stores.map((s) => s.close()));
    });
  });

  it('names no credential when it cannot connect', async () => {
    await expect(openPostgres('postgres://someone:hunter2@127.0.0.1:1/none')).rejects.toThrow(/^Could not open the review store on PostgreSQL/);
    await expect(openPostgres('postgres://someone:hunter2@127.0.0.1:1/none')).rejects.not.toThrow(/hunter2/);
  });
});

describe('the embedded store on disk', () => {
  it('persists across restarts and lets one process own the data directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schema-canvas-store-'));
    try {
      const first = await openPglite(dir);
      const { document } = await first.createDocument({ ownerTokenHash: hashToken(newToken('owner')), version: version('kept') });
      await expect(openPglite(dir)).rejects.toThrow(DataDirectoryLockedError);
      await expect(openPglite(dir)).rejects.toThrow(/in use by process \d+.*one process only/);
      await first.close();
      const second = await openPglite(dir);
      expect((await second.latestVersion(document.id))!.name).toBe('kept');
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

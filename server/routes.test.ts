import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as documentsRoute from '@/app/api/documents/route';
import * as documentRoute from '@/app/api/documents/[id]/route';
import * as versionsRoute from '@/app/api/documents/[id]/versions/route';
import * as versionRoute from '@/app/api/documents/[id]/versions/[versionId]/route';
import * as reviewRoute from '@/app/api/documents/[id]/versions/[versionId]/review/route';
import * as linksRoute from '@/app/api/documents/[id]/links/route';
import * as linkRoute from '@/app/api/documents/[id]/links/[linkId]/route';
import * as commentsRoute from '@/app/api/documents/[id]/comments/route';
import * as threadRoute from '@/app/api/documents/[id]/comments/[threadId]/route';
import * as repliesRoute from '@/app/api/documents/[id]/comments/[threadId]/replies/route';
import * as healthRoute from '@/app/api/health/route';
import { openPglite, setServerStorage } from './db/open';
import type { Storage } from './storage';

/* The exported route handlers, called as Next.js calls them, on an in-memory PGlite store. */

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: unknown, method: string, params: Record<string, string>, options: { token?: string; body?: unknown; raw?: string } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  const body = options.raw ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const request = new Request('http://localhost/api/x', { method, headers, body });
  const response = await (handler as Handler)(request, { params: Promise.resolve(params) });
  const text = await response.text();
  expect(text).not.toMatch(/\n\s+at /); // never a stack trace
  return { status: response.status, headers: response.headers, body: JSON.parse(text) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
}

const SCHEMA = 'datasource db {\n  provider = "postgresql"\n  url      = "postgresql://admin:s3cret@db.internal:5432/app"\n}\n\nmodel User {\n  id    Int    @id\n  email String @unique\n}\n';

async function share() {
  const created = await call(documentsRoute.POST, 'POST', {}, { body: { name: 'Initial', files: [{ path: 'schema.prisma', text: SCHEMA }], layout: { version: 1, positions: { User: { x: 10, y: 20 } } }, advisoryConfig: { profile: 'recommended' } } });
  expect(created.status).toBe(201);
  return { id: created.body.document.id as string, owner: created.body.ownerToken as string, created };
}

async function link(id: string, owner: string, access: string, extra: Record<string, unknown> = {}) {
  const res = await call(linksRoute.POST, 'POST', { id }, { token: owner, body: { access, ...extra } });
  expect(res.status).toBe(201);
  return { token: res.body.token as string, link: res.body.link };
}

let storage: Promise<Storage>;
beforeAll(() => {
  storage = openPglite(null);
  setServerStorage(storage);
});
afterAll(async () => {
  await (await storage).close();
  setServerStorage(undefined);
});

describe('review routes', () => {
  it('report the store in /api/health', async () => {
    const res = await healthRoute.GET();
    expect(await res.json()).toEqual({ ok: true, storage: 'pglite' });
  });

  it('share a document: owner token once, credentials stripped from the stored schema', async () => {
    const { id, owner, created } = await share();
    expect(owner).toMatch(/^sco_/);
    expect(created.body.version).toMatchObject({ number: 1, name: 'Initial', author: 'Owner', layout: { positions: { User: { x: 10, y: 20 } } } });
    const text = created.body.version.files[0].text as string;
    expect(text).not.toContain('s3cret');
    expect(text).toContain('postgresql://admin:****@db.internal:5432/app');
    const got = await call(documentRoute.GET, 'GET', { id }, { token: owner });
    expect(got.body).toMatchObject({ access: 'owner', document: { id, versionCount: 1 }, latest: { name: 'Initial' } });
    expect(JSON.stringify(got.body)).not.toContain(owner);
  });

  it('let a Comment link read, comment, reply, resolve and review; the owner sees it all', async () => {
    const { id, owner } = await share();
    const { token, link: created } = await link(id, owner, 'comment', { label: 'Bob' });
    expect(token).toMatch(/^scl_/);
    const opened = await call(documentRoute.GET, 'GET', { id }, { token });
    expect(opened.body).toMatchObject({ access: 'comment', latest: { files: [{ path: 'schema.prisma' }] } });

    const thread = await call(commentsRoute.POST, 'POST', { id }, { token, body: { anchor: { kind: 'field', model: 'User', field: 'email' }, text: '<b>Case-insensitive?</b>', author: 'Bob' } });
    expect(thread.status).toBe(201);
    expect(thread.body.thread.comments[0]).toMatchObject({ author: 'Bob', text: '<b>Case-insensitive?</b>' }); // stored as plain text
    const threadId = thread.body.thread.id as string;
    const reply = await call(repliesRoute.POST, 'POST', { id, threadId }, { token: owner, body: { text: 'Yes, citext later' } });
    expect(reply.body.comment).toMatchObject({ author: 'Owner', text: 'Yes, citext later' });
    const resolved = await call(threadRoute.PATCH, 'PATCH', { id, threadId }, { token, body: { resolved: true } });
    expect(resolved.body.thread).toMatchObject({ resolved: true, resolvedBy: 'Reviewer' });

    const versionId = opened.body.latest.id as string;
    const review = await call(reviewRoute.PUT, 'PUT', { id, versionId }, { token, body: { status: 'changes_requested', author: 'Bob' } });
    expect(review.body.review).toMatchObject({ status: 'changes_requested', author: 'Bob', linkId: created.id });
    const history = await call(versionsRoute.GET, 'GET', { id }, { token: owner });
    expect(history.body.versions[0].reviews).toMatchObject([{ status: 'changes_requested', author: 'Bob' }]);
    const threads = await call(commentsRoute.GET, 'GET', { id }, { token: owner });
    expect(threads.body.threads[0].comments.map((c: { text: string }) => c.text)).toEqual(['<b>Case-insensitive?</b>', 'Yes, citext later']);
    const links = await call(linksRoute.GET, 'GET', { id }, { token: owner });
    expect(links.body.links).toMatchObject([{ access: 'comment', label: 'Bob', revokedAt: null }]);
    expect(links.body.links[0].lastUsedAt).not.toBeNull();
    expect(JSON.stringify(links.body)).not.toContain(token.slice(4));
  });

  it('let an Edit link save versions that the owner reads in order; older ones stay readable', async () => {
    const { id, owner } = await share();
    const { token } = await link(id, owner, 'edit');
    const saved = await call(versionsRoute.POST, 'POST', { id }, { token, body: { name: 'Add Post', message: 'posts', author: 'Eve', files: [{ path: 'schema.prisma', text: 'model Post {\n  id Int @id\n}\n' }] } });
    expect(saved.status).toBe(201);
    expect(saved.body.version).toMatchObject({ number: 2, author: 'Eve', layout: { version: 1, positions: {} } });
    const history = await call(versionsRoute.GET, 'GET', { id }, { token: owner });
    expect(history.body.versions.map((v: { name: string }) => v.name)).toEqual(['Add Post', 'Initial']);
    const old = await call(versionRoute.GET, 'GET', { id, versionId: history.body.versions[1].id }, { token: owner });
    expect(old.body.version.files[0].text).toContain('model User');
    expect((await call(versionRoute.GET, 'GET', { id, versionId: 'nope' }, { token: owner })).status).toBe(404);
  });

  it('refuse what a link does not allow, with a message', async () => {
    const { id, owner } = await share();
    const view = (await link(id, owner, 'view')).token;
    const comment = (await link(id, owner, 'comment')).token;
    const edit = (await link(id, owner, 'edit')).token;
    const files = [{ path: 'schema.prisma', text: 'model A {\n  id Int @id\n}\n' }];
    const viewComment = await call(commentsRoute.POST, 'POST', { id }, { token: view, body: { anchor: { kind: 'model', model: 'User' }, text: 'hi' } });
    expect(viewComment).toMatchObject({ status: 403, body: { error: 'This link is view-only: it cannot comment.' } });
    expect((await call(versionsRoute.POST, 'POST', { id }, { token: comment, body: { files } })).status).toBe(403);
    expect((await call(versionsRoute.POST, 'POST', { id }, { token: view, body: { files } })).status).toBe(403);
    expect((await call(linksRoute.GET, 'GET', { id }, { token: edit })).body.error).toMatch(/Only the owner/);
    expect((await call(linksRoute.POST, 'POST', { id }, { token: edit, body: { access: 'edit' } })).status).toBe(403);
    const versionId = (await call(documentRoute.GET, 'GET', { id }, { token: view })).body.latest.id;
    expect((await call(reviewRoute.PUT, 'PUT', { id, versionId }, { token: view, body: { status: 'approved' } })).status).toBe(403);
    expect((await call(reviewRoute.PUT, 'PUT', { id, versionId }, { token: owner, body: { status: 'approved' } })).status).toBe(403);
  });

  it('tell a revoked or expired link holder so', async () => {
    const { id, owner } = await share();
    const { token, link: l } = await link(id, owner, 'comment');
    const revoked = await call(linkRoute.DELETE, 'DELETE', { id, linkId: l.id }, { token: owner });
    expect(revoked.body.link.revokedAt).not.toBeNull();
    expect(await call(documentRoute.GET, 'GET', { id }, { token })).toMatchObject({ status: 410, body: { error: 'This share link was revoked by the document owner.' } });
    const soon = new Date(Date.now() + 1500).toISOString();
    const expiring = await link(id, owner, 'view', { expiresAt: soon });
    expect((await call(documentRoute.GET, 'GET', { id }, { token: expiring.token })).status).toBe(200);
    await new Promise((r) => setTimeout(r, 1600));
    expect(await call(documentRoute.GET, 'GET', { id }, { token: expiring.token })).toMatchObject({ status: 410, body: { error: expect.stringMatching(/^This share link expired on /) } });
  });

  it('do not let documents be enumerated', async () => {
    const a = await share();
    const b = await share();
    const unknown = await call(documentRoute.GET, 'GET', { id: 'AAAAAAAAAAAAAAAAAAAAAA' }, { token: a.owner });
    const foreign = await call(documentRoute.GET, 'GET', { id: b.id }, { token: a.owner });
    const garbage = await call(documentRoute.GET, 'GET', { id: b.id }, { token: 'sco_not-a-real-token' });
    expect(unknown.status).toBe(404);
    expect(foreign).toEqual({ ...unknown, headers: foreign.headers });
    expect(garbage.body).toEqual(unknown.body);
    expect(await call(documentRoute.GET, 'GET', { id: b.id })).toMatchObject({ status: 401, body: { error: expect.stringContaining('Bearer') } });
    expect(a.id).not.toBe(b.id);
  });

  it('answer invalid input with a 4xx JSON message', async () => {
    const { id, owner } = await share();
    const { token } = await link(id, owner, 'comment');
    const post = (body: unknown, raw?: string) => call(commentsRoute.POST, 'POST', { id }, { token, body, raw });
    expect(await post(undefined, '{not json')).toMatchObject({ status: 400, body: { error: 'The request body is not valid JSON.' } });
    expect(await post([1])).toMatchObject({ status: 400, body: { error: 'The request body must be a JSON object.' } });
    expect((await post({ anchor: { kind: 'model', model: 'User' }, text: 'x'.repeat(4001) })).body.error).toMatch(/longer than 4000/);
    expect((await post({ anchor: { kind: 'field', model: 'User' }, text: 'x' })).body.error).toMatch(/anchor.field/);
    expect((await post({ anchor: { kind: 'table', model: 'User' }, text: 'x' })).body.error).toMatch(/anchor.kind/);
    expect((await post({ anchor: { kind: 'model', model: 'User' }, text: '   ' })).body.error).toBe('"text" is required.');
    expect((await post({ anchor: { kind: 'model', model: 'User' }, text: 'a\u0000b' })).body.error).toMatch(/control/);
    const huge = await post(undefined, JSON.stringify({ anchor: { kind: 'model', model: 'User' }, text: 'x'.repeat(20_000) }));
    expect(huge).toMatchObject({ status: 413, body: { error: 'The request body is larger than 16 KiB.' } });
    const badPath = await call(documentsRoute.POST, 'POST', {}, { body: { files: [{ path: '../etc/passwd', text: '' }] } });
    expect(badPath).toMatchObject({ status: 400, body: { error: expect.stringMatching(/relative path/) } });
    expect((await call(documentsRoute.POST, 'POST', {}, { body: { files: [] } })).status).toBe(400);
    expect((await call(linksRoute.POST, 'POST', { id }, { token: owner, body: { access: 'admin' } })).body.error).toMatch(/"access"/);
    expect((await call(linksRoute.POST, 'POST', { id }, { token: owner, body: { access: 'view', expiresAt: '2001-01-01T00:00:00Z' } })).body.error).toMatch(/past/);
    expect((await call(threadRoute.PATCH, 'PATCH', { id, threadId: 'nope' }, { token, body: { resolved: true } })).status).toBe(404);
    expect((await call(threadRoute.PATCH, 'PATCH', { id, threadId: 'nope' }, { token, body: { resolved: 'yes' } })).status).toBe(400);
  });

  it('limit writes per token (429 with Retry-After), not reads, and not other tokens', async () => {
    const { id, owner } = await share();
    const { token } = await link(id, owner, 'comment');
    const other = (await link(id, owner, 'comment')).token;
    const body = { anchor: { kind: 'model', model: 'User' }, text: 'again' };
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) statuses.push((await call(commentsRoute.POST, 'POST', { id }, { token, body })).status);
    expect(statuses.slice(0, 30).every((s) => s === 201)).toBe(true);
    const limited = await call(commentsRoute.POST, 'POST', { id }, { token, body });
    expect(limited).toMatchObject({ status: 429, body: { error: expect.stringMatching(/try again in \d+ s/) } });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await call(commentsRoute.GET, 'GET', { id }, { token })).status).toBe(200);
    expect((await call(commentsRoute.POST, 'POST', { id }, { token: other, body })).status).toBe(201);
  });

  it('post a retried comment (same clientKey) once', async () => {
    const { id, owner } = await share();
    const body = { anchor: { kind: 'relation', model: 'User', field: 'posts' }, text: 'cascade?', clientKey: 'c-1' };
    const [a, b] = await Promise.all([call(commentsRoute.POST, 'POST', { id }, { token: owner, body }), call(commentsRoute.POST, 'POST', { id }, { token: owner, body })]);
    expect(a.body.thread.id).toBe(b.body.thread.id);
    expect((await call(commentsRoute.GET, 'GET', { id }, { token: owner })).body.threads).toHaveLength(1);
  });

  it('keep the same clientKey of two reviewers apart', async () => {
    const { id, owner } = await share();
    const [bob, eve] = [(await link(id, owner, 'comment')).token, (await link(id, owner, 'comment')).token];
    const post = (token: string, text: string) => call(commentsRoute.POST, 'POST', { id }, { token, body: { anchor: { kind: 'model', model: 'User' }, text, clientKey: '1' } });
    const a = await post(bob, 'from Bob');
    const b = await post(eve, 'from Eve');
    expect(a.body.thread.id).not.toBe(b.body.thread.id);
    expect(b.body.thread.comments[0].text).toBe('from Eve');
    expect((await post(bob, 'from Bob')).body.thread.id).toBe(a.body.thread.id);
  });
});

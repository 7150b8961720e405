import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer, type InProcessReviewServer } from '@/test-support/review-server';
import { parseSchema } from '../schema/document';
import { ReviewClient, ReviewError, type ReviewCredentials } from './client';
import { anchorLabel, anchorOf, COMMENT_MAX_CHARS, commentTextProblem, markerCounts, shownAnchor, withRetries } from './comments';
import { ReviewService } from './service';

const SCHEMA = 'enum Role {\n  USER\n}\n\nmodel User {\n  id    Int    @id\n  role  Role\n  posts Post[]\n}\n\nmodel Post {\n  id       Int  @id\n  authorId Int\n  author   User @relation(fields: [authorId], references: [id])\n}\n';
const schema = (text: string) => parseSchema([{ path: 'schema.prisma', text }]).model;
const instant = { wait: async () => undefined };

let server: InProcessReviewServer;
let owner: ReviewCredentials;
beforeAll(async () => {
  server = await startReviewServer();
  const created = await server.client().createDocument({ files: [{ path: 'schema.prisma', text: SCHEMA }] });
  owner = { documentId: created.document.id, token: created.ownerToken };
});
afterAll(() => server.close());

async function linkService(access: 'view' | 'comment' | 'edit', fetchImpl = server.fetch): Promise<ReviewService> {
  const { token } = await server.client().createLink(owner, { access });
  const service = new ReviewService(new ReviewClient('', fetchImpl));
  service.setConnection({ documentId: owner.documentId, token, access });
  return service;
}

describe('comment text', () => {
  it('is refused when empty, over the limit or with control characters, as the server does', () => {
    expect(commentTextProblem('  \n ')).toMatch(/Write a comment/);
    expect(commentTextProblem('x'.repeat(COMMENT_MAX_CHARS))).toBeNull();
    expect(commentTextProblem('x'.repeat(COMMENT_MAX_CHARS + 1))).toMatch(/at most 4,000 characters \(this one has 4,001\)/);
    expect(commentTextProblem('a\u0007b')).toMatch(/control characters/);
    expect(commentTextProblem('tabs\tand\nlines <b>ok</b>')).toBeNull();
  });
});

describe('anchors in the app', () => {
  const v1 = schema(SCHEMA);
  it('come from the Model and Field arguments, naming what is missing', () => {
    expect(anchorOf(v1, 'User', '')).toEqual({ anchor: { kind: 'model', model: 'User' } });
    expect(anchorOf(v1, 'User', 'role')).toEqual({ anchor: { kind: 'field', model: 'User', field: 'role' } });
    expect(anchorOf(v1, 'Post', 'author')).toEqual({ anchor: { kind: 'relation', model: 'Post', field: 'author' } });
    expect(anchorOf(v1, 'Role', '')).toEqual({ anchor: { kind: 'enum', model: 'Role' } });
    expect(anchorOf(v1, 'Nope', '')).toEqual({ problem: 'There is no model Nope' });
    expect(anchorOf(v1, 'User', 'email')).toEqual({ problem: 'User has no field email' });
    expect(anchorLabel({ kind: 'relation', model: 'Post', field: 'author' })).toBe('Post.author');
    expect(anchorLabel({ kind: 'enum', model: 'Role' })).toBe('enum Role');
  });

  it('show where a rename moved them, or the original when the rename was undone', () => {
    const original = { kind: 'model' as const, model: 'User' };
    const moved = { kind: 'model' as const, model: 'Account' };
    const renamed = schema(SCHEMA.replace(/\bUser\b/g, 'Account'));
    expect(shownAnchor(original, moved, renamed)).toEqual(moved);
    expect(shownAnchor(original, moved, v1)).toEqual(original);
    expect(shownAnchor(original, undefined, renamed)).toEqual(original);
  });

  it('count open threads per model and per field for the markers', () => {
    const counts = markerCounts([
      { anchor: { kind: 'model', model: 'User' }, resolved: false },
      { anchor: { kind: 'model', model: 'User' }, resolved: true },
      { anchor: { kind: 'field', model: 'User', field: 'role' }, resolved: false },
      { anchor: { kind: 'enum', model: 'Role' }, resolved: false },
    ]);
    expect([...counts.blocks]).toEqual([['User', 1], ['Role', 1]]);
    expect([...counts.fields]).toEqual([['User.role', 1]]);
  });
});

describe('ReviewService comments against the real review API', () => {
  it('adds a thread, replies and resolves/reopens it, keeping the text as typed', async () => {
    const reviewer = await linkService('comment');
    const text = 'Why is <img src=x onerror=alert(1)> here?\n\nSecond line';
    const thread = await reviewer.addComment({ kind: 'model', model: 'User' }, text, { author: 'Ana' });
    expect(thread.comments[0]).toMatchObject({ text, author: 'Ana' });
    await reviewer.reply(thread.id, 'Answering myself');
    expect(reviewer.store.getState().threads.find((t) => t.id === thread.id)?.comments.map((c) => c.text)).toEqual([text, 'Answering myself']);
    expect((await reviewer.setResolved(thread.id, true)).resolved).toBe(true);
    expect(reviewer.store.getState().threads.find((t) => t.id === thread.id)?.resolved).toBe(true);
    expect((await reviewer.setResolved(thread.id, false)).resolved).toBe(false);

    const ownerService = new ReviewService(server.client());
    ownerService.setConnection({ ...owner, access: 'owner' });
    const seen = (await ownerService.refreshThreads()).find((t) => t.id === thread.id);
    expect(seen?.comments.map((c) => c.text)).toEqual([text, 'Answering myself']);
    expect(seen?.resolved).toBe(false);
  });

  it('stores a post once when its answer was lost and it is sent again', async () => {
    let dropNext = true;
    const lossy = async (input: string, init?: RequestInit) => {
      const response = await server.fetch(input, init);
      if (init?.method === 'POST' && dropNext) {
        dropNext = false;
        throw new TypeError('connection reset'); // stored on the server, answer lost on the way back
      }
      return response;
    };
    const reviewer = await linkService('comment', lossy);
    const waits: number[] = [];
    const thread = await reviewer.addComment({ kind: 'field', model: 'User', field: 'role' }, 'Once only', { retry: { wait: async (ms) => void waits.push(ms) } });
    expect(waits).toEqual([500]);
    const stored = (await server.client().listThreads(owner)).filter((t) => t.comments[0]?.text === 'Once only');
    expect(stored.map((t) => t.id)).toEqual([thread.id]);
    expect(reviewer.store.getState().threads.filter((t) => t.id === thread.id)).toHaveLength(1);

    dropNext = true;
    await reviewer.reply(thread.id, 'Reply once', { retry: instant });
    const replies = (await server.client().listThreads(owner)).find((t) => t.id === thread.id)!.comments.filter((c) => c.text === 'Reply once');
    expect(replies).toHaveLength(1);
  });

  it('does not retry what the server refused, and says why', async () => {
    let calls = 0;
    const counting = async (input: string, init?: RequestInit) => {
      calls++;
      return server.fetch(input, init);
    };
    const reviewer = await linkService('comment', counting);
    calls = 0;
    await expect(reviewer.addComment({ kind: 'model', model: 'User' }, 'x', { clientKey: 'bad key!', retry: instant })).rejects.toMatchObject({ status: 400 });
    expect(calls).toBe(1);
    expect(reviewer.store.getState().error).toMatch(/clientKey/);
  });

  it('refuses comments from a View link and before sharing, saying what is needed', async () => {
    const viewer = await linkService('view');
    await expect(viewer.addComment({ kind: 'model', model: 'User' }, 'hi')).rejects.toThrow(/Comment link/);
    const offline = new ReviewService(server.client());
    await expect(offline.addComment({ kind: 'model', model: 'User' }, 'hi')).rejects.toThrow(/Share link/);
    const reviewer = await linkService('comment');
    await expect(reviewer.addComment({ kind: 'model', model: 'User' }, 'x'.repeat(COMMENT_MAX_CHARS + 1))).rejects.toBeInstanceOf(ReviewError);
  });

  it('retries transient failures a bounded number of times', async () => {
    let calls = 0;
    const failing = () => {
      calls++;
      return Promise.reject(new ReviewError(503, 'busy'));
    };
    await expect(withRetries(failing, { attempts: 3, ...instant })).rejects.toThrow('busy');
    expect(calls).toBe(3);
  });
});

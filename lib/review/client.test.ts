import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer, type InProcessReviewServer } from '@/test-support/review-server';
import { ReviewClient, ReviewError } from './client';
import { parseShareUrl, shareUrl } from './share-url';

const SCHEMA = 'datasource db {\n  provider = "postgresql"\n}\n\nmodel User {\n  id Int @id\n}\n';

let server: InProcessReviewServer;
beforeAll(async () => {
  server = await startReviewServer();
});
afterAll(() => server.close());

describe('ReviewClient against the real review API', () => {
  it('shares, links, reads and reports the server message on refusal', async () => {
    const client = server.client();
    const created = await client.createDocument({ files: [{ path: 'schema.prisma', text: SCHEMA }], name: 'First' });
    const owner = { documentId: created.document.id, token: created.ownerToken };
    expect((await client.getDocument(owner)).access).toBe('owner');

    const { link, token } = await client.createLink(owner, { access: 'view' });
    const viewer = { documentId: owner.documentId, token };
    const opened = await client.getDocument(viewer);
    expect(opened.access).toBe('view');
    expect(opened.latest.files[0].text).toBe(SCHEMA);

    await expect(client.startThread(viewer, { anchor: { kind: 'model', model: 'User' }, text: 'hi' })).rejects.toMatchObject({ status: 403 });
    await client.revokeLink(owner, link.id);
    const refused = await client.getDocument(viewer).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ReviewError);
    expect((refused as ReviewError).status).toBe(410);
    expect((refused as ReviewError).message).toMatch(/revoked/i);
  });

  it('turns an unreachable server into a clear error', async () => {
    const client = new ReviewClient('', async () => {
      throw new TypeError('fetch failed');
    });
    await expect(client.listVersions({ documentId: 'x', token: 'y' })).rejects.toMatchObject({ status: 0, message: expect.stringMatching(/could not be reached/) });
  });
});

describe('share URLs', () => {
  const token = `scl_${'a'.repeat(43)}`;
  it('keep the token in the fragment and read back', () => {
    const url = shareUrl('http://localhost:3000/?x=1#old', { documentId: 'doc_1', token });
    expect(url).toBe(`http://localhost:3000/?review=doc_1#token=${token}`);
    expect(parseShareUrl(url)).toEqual({ documentId: 'doc_1', token });
  });
  it('reject malformed links', () => {
    expect(parseShareUrl('http://localhost:3000/?review=doc_1')).toBeNull();
    expect(parseShareUrl('http://localhost:3000/?review=../x#token=abc')).toBeNull();
    expect(parseShareUrl('not a url')).toBeNull();
  });
});

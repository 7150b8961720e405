import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReviewServer, type InProcessReviewServer } from '@/test-support/review-server';
import { ManualScheduler } from '@/test-support/session';
import { InProcessPrisma } from '../prisma/in-process';
import { Session } from '../session/session';
import type { VersionRecord } from './client';
import { BASELINE, compareChoices, compareSafety, CURRENT, defaultPair, loadCompareSide, versionChoice } from './compare';
import { ReviewService } from './service';

const V1 = 'datasource db {\n  provider = "postgresql"\n}\n\nmodel User {\n  id   Int    @id\n  name String\n}\n';
const V2 = V1.replace('  name String\n', '  name String\n  age  Int\n');

let server: InProcessReviewServer;
beforeAll(async () => {
  server = await startReviewServer();
});
afterAll(() => server.close());

const sessionOf = (text: string, review = new ReviewService()) =>
  new Session({ document: { files: [{ path: 'schema.prisma', text }] }, engines: { prisma: new InProcessPrisma(), scheduler: new ManualScheduler() }, review });

const summary = (id: string, number: number, name = '') => ({ id, documentId: 'd', number, name, message: '', author: '', createdAt: '', reviews: [] });

describe('compare choices', () => {
  it('offers saved versions (newest first) and the baseline as From, the working document first as To', () => {
    const versions = [summary('b', 2, 'Add age'), summary('a', 1)];
    const { from, to } = compareChoices(versions, true);
    expect(from.map((c) => c.label)).toEqual(['v2 · Add age', 'v1', 'Baseline (as opened)']);
    expect(to.map((c) => c.label)).toEqual(['Current', 'v2 · Add age', 'v1']);
    expect(compareChoices([], false).from).toEqual([]);
  });

  it('starts with the two newest versions, else one version against the working document, else the baseline', () => {
    expect(defaultPair([summary('c', 3), summary('b', 2), summary('a', 1)], true)).toEqual({ from: versionChoice('b'), to: versionChoice('c') });
    expect(defaultPair([summary('a', 1)], true)).toEqual({ from: versionChoice('a'), to: CURRENT });
    expect(defaultPair([], true)).toEqual({ from: BASELINE, to: CURRENT });
    expect(defaultPair([], false)).toBeNull();
  });
});

describe('loading the sides', () => {
  it('reads versions from the review server once, and the working document and baseline without changing them', async () => {
    const client = server.client();
    const created = await client.createDocument({ files: [{ path: 'schema.prisma', text: V1 }], layout: { version: 1, positions: { User: { x: 5, y: 6 } } } });
    const connection = { documentId: created.document.id, token: created.ownerToken, access: 'owner' as const };
    const v2 = await client.saveVersion(connection, { files: [{ path: 'schema.prisma', text: V2 }] });
    const review = new ReviewService(client);
    review.setConnection(connection);
    const session = sessionOf(V2, review);
    const cache = new Map<string, VersionRecord>();
    const first = await loadCompareSide(session, versionChoice(created.version.id), cache);
    expect(first).toMatchObject({ label: 'v1 · Untitled version', files: [{ path: 'schema.prisma', text: V1 }] });
    expect(first.layout.positions.User).toEqual({ x: 5, y: 6 });
    expect((await loadCompareSide(session, versionChoice(v2.id), cache)).files[0].text).toBe(V2);
    expect(cache.size).toBe(2);
    const current = await loadCompareSide(session, CURRENT, cache);
    current.files[0].text = 'changed';
    expect(session.files[0].text).toBe(V2);
    expect((await loadCompareSide(session, BASELINE, cache)).files[0].text).toBe(V2);
    await expect(loadCompareSide(session, versionChoice('nope'), cache)).rejects.toThrow();
  });
});

describe('compare-versions', () => {
  it('opens the view; a document that is not shared compares its baseline and says why', async () => {
    const session = sessionOf(V1);
    const outcome = await session.run('compare-versions');
    expect(outcome.ok).toBe(true);
    expect(session.view.getState().compare).toBe(true);
    expect(session.store.getState().notice?.text).toMatch(/not shared/);
  });

  it('is refused while an older version is shown (Current would not be the working document)', async () => {
    const session = sessionOf(V1);
    session.review.store.setState({ viewing: { ...summary('a', 1), files: [], layout: {}, advisoryConfig: {} } });
    const outcome = await session.run('compare-versions');
    expect(outcome).toMatchObject({ ok: false, reason: expect.stringMatching(/Back to current/) });
    expect(session.view.getState().compare).toBeFalsy();
  });

  it('finds what the migration does to existing rows (the export dialog’s safety rules)', () => {
    const safety = compareSafety([{ path: 'schema.prisma', text: V1 }], [{ path: 'schema.prisma', text: V2 }]);
    expect(safety.map((a) => a.rule)).toContain('migration-add-required-column');
  });
});

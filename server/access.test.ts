import { describe, expect, it } from 'vitest';
import { authorize, can, type Action, type Credential, type Principal } from './access';

const now = new Date('2030-06-01T12:00:00Z');
const link = (access: 'view' | 'comment' | 'edit', extra: Partial<Credential> = {}): Credential =>
  ({ kind: 'link', linkId: 'l1', access, expiresAt: null, revokedAt: null, ...extra }) as Credential;
const actions: Action[] = ['read', 'comment', 'review', 'saveVersion', 'manageLinks'];
const allowed = (p: Principal) => actions.filter((a) => can(p, a));

describe('access rules', () => {
  it('grant each level what it may do', () => {
    expect(allowed({ kind: 'owner' })).toEqual(['read', 'comment', 'saveVersion', 'manageLinks']);
    expect(allowed({ kind: 'link', linkId: 'l', access: 'view' })).toEqual(['read']);
    expect(allowed({ kind: 'link', linkId: 'l', access: 'comment' })).toEqual(['read', 'comment', 'review']);
    expect(allowed({ kind: 'link', linkId: 'l', access: 'edit' })).toEqual(['read', 'comment', 'review', 'saveVersion']);
  });

  it('answer an unknown document and a token that does not open it alike (no enumeration)', () => {
    const unknown = authorize(null, 'read', now);
    expect(unknown).toEqual({ ok: false, status: 404, error: expect.stringMatching(/not found/i) });
    expect(authorize(null, 'manageLinks', now)).toEqual(unknown);
  });

  it('ask for a token when none is sent', () => {
    expect(authorize(null, 'read', now, false)).toMatchObject({ ok: false, status: 401, error: expect.stringContaining('Authorization: Bearer') });
  });

  it('tell a revoked or expired link so, whatever it asks', () => {
    expect(authorize(link('edit', { revokedAt: new Date('2030-01-01') }), 'read', now)).toMatchObject({ status: 410, error: expect.stringMatching(/revoked/) });
    expect(authorize(link('view', { expiresAt: new Date('2030-06-01T11:59:59Z') }), 'read', now)).toMatchObject({ status: 410, error: 'This share link expired on 2030-06-01T11:59:59.000Z.' });
    expect(authorize(link('view', { expiresAt: now }), 'read', now)).toMatchObject({ status: 410 });
    expect(authorize(link('view', { expiresAt: new Date('2030-06-01T12:00:01Z') }), 'read', now)).toMatchObject({ ok: true });
  });

  it('refuse with a message naming what the link lacks', () => {
    expect(authorize(link('view'), 'comment', now)).toMatchObject({ ok: false, status: 403, error: expect.stringMatching(/view-only/) });
    expect(authorize(link('comment'), 'saveVersion', now)).toMatchObject({ status: 403, error: expect.stringMatching(/Edit link/) });
    expect(authorize(link('edit'), 'manageLinks', now)).toMatchObject({ status: 403, error: expect.stringMatching(/owner/) });
    expect(authorize({ kind: 'owner' }, 'review', now)).toMatchObject({ status: 403 });
  });

  it('name the principal when allowed', () => {
    expect(authorize(link('comment'), 'review', now)).toEqual({ ok: true, principal: { kind: 'link', linkId: 'l1', access: 'comment' } });
    expect(authorize({ kind: 'owner' }, 'saveVersion', now)).toEqual({ ok: true, principal: { kind: 'owner' } });
  });
});

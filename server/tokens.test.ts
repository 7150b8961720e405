import { describe, expect, it } from 'vitest';
import { bearerToken, hashToken, isTokenShaped, newId, newToken, tokenKind, verifyToken } from './tokens';

describe('tokens', () => {
  it('are long random values with a prefix naming what they open', () => {
    const owner = newToken('owner');
    const link = newToken('link');
    expect(owner).toMatch(/^sco_[A-Za-z0-9_-]{43}$/);
    expect(link).toMatch(/^scl_[A-Za-z0-9_-]{43}$/);
    expect(tokenKind(owner)).toBe('owner');
    expect(tokenKind(link)).toBe('link');
    expect(new Set(Array.from({ length: 1000 }, () => newToken('link'))).size).toBe(1000);
    expect(isTokenShaped('scl_short')).toBe(false);
    expect(tokenKind('Bearer x')).toBeNull();
  });

  it('are stored as SHA-256 hex and verified against it', () => {
    const token = newToken('link');
    const hash = hashToken(token);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token.slice(4));
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(verifyToken(token, hash)).toBe(true);
    expect(verifyToken(newToken('link'), hash)).toBe(false);
    expect(verifyToken(token, '')).toBe(false);
  });

  it('are read from a Bearer Authorization header only', () => {
    expect(bearerToken('Bearer scl_abc')).toBe('scl_abc');
    expect(bearerToken('bearer  scl_abc ')).toBe('scl_abc');
    expect(bearerToken('Basic dXNlcg==')).toBeNull();
    expect(bearerToken(null)).toBeNull();
  });

  it('ids are random and not sequential', () => {
    const a = newId();
    expect(a).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(newId()).not.toBe(a);
  });
});

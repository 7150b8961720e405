import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Tokens and ids. A token is 32 random bytes (256 bits) in base64url behind a prefix that says what
 * it opens (`sco_` the owner's, `scl_` a share link's), so a leaked one is recognisable in logs or
 * secret scanners. Only the SHA-256 of a token is stored: a copy of the database opens nothing.
 * Ids are 16 random bytes, so a document cannot be found by counting.
 */
export type TokenKind = 'owner' | 'link';

const PREFIX: Record<TokenKind, string> = { owner: 'sco_', link: 'scl_' };
const TOKEN_BYTES = 32;
const TOKEN_PATTERN = /^sc[ol]_[A-Za-z0-9_-]{43}$/;

export function newToken(kind: TokenKind): string {
  return PREFIX[kind] + randomBytes(TOKEN_BYTES).toString('base64url');
}

/** A random id (22 base64url characters). */
export function newId(): string {
  return randomBytes(16).toString('base64url');
}

/** Whether a string has the shape of one of our tokens (checked before any hashing or lookup). */
export function isTokenShaped(token: string): boolean {
  return TOKEN_PATTERN.test(token);
}

export function tokenKind(token: string): TokenKind | null {
  if (!isTokenShaped(token)) return null;
  return token.startsWith(PREFIX.owner) ? 'owner' : 'link';
}

/** Hex SHA-256 of the token: what the store keeps and looks tokens up by. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Constant-time comparison of a presented token with a stored hash. */
export function verifyToken(token: string, storedHash: string): boolean {
  const a = Buffer.from(hashToken(token), 'hex');
  const b = Buffer.from(storedHash, 'hex');
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}

/** The token of an `Authorization: Bearer <token>` header, or null. */
export function bearerToken(header: string | null): string | null {
  if (!header) return null;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m ? m[1] : null;
}

/**
 * Who may do what with a shared document — pure rules, no I/O. The route handlers find the
 * credential a token belongs to (Storage.findCredential) and ask `authorize` before every call.
 *
 * - The owner token (returned once, when the document is created) may do everything but review
 *   its own versions.
 * - A link's access level: `view` reads (latest and older versions, comments, reviews); `comment`
 *   also starts threads, replies, resolves/reopens, and marks a version approved or changes
 *   requested; `edit` also saves new versions. Only the owner lists, creates and revokes links.
 * - No enumeration: an unknown document and a token that opens nothing there give the same 404.
 *   A revoked or expired link says so (its holder knew the document already).
 */
export type Access = 'view' | 'comment' | 'edit';
export const ACCESS_LEVELS: readonly Access[] = ['view', 'comment', 'edit'];

export type Action = 'read' | 'comment' | 'review' | 'saveVersion' | 'manageLinks';

export interface LinkCredential {
  kind: 'link';
  linkId: string;
  access: Access;
  expiresAt: Date | null;
  revokedAt: Date | null;
}
export type Credential = { kind: 'owner' } | LinkCredential;

/** What the requester is after authorisation: the owner, or a live link with its access. */
export type Principal = { kind: 'owner' } | { kind: 'link'; linkId: string; access: Access };

export type AccessDecision =
  | { ok: true; principal: Principal }
  | { ok: false; status: 401 | 403 | 404 | 410; error: string };

const RANK: Record<Access, number> = { view: 0, comment: 1, edit: 2 };
const NEEDS: Record<Exclude<Action, 'manageLinks'>, Access> = { read: 'view', comment: 'comment', review: 'comment', saveVersion: 'edit' };

export const NOT_FOUND = 'Document not found, or this link does not open it.';

/** Whether a principal may take an action (no message; see `authorize`). */
export function can(principal: Principal, action: Action): boolean {
  if (principal.kind === 'owner') return action !== 'review';
  if (action === 'manageLinks') return false;
  return RANK[principal.access] >= RANK[NEEDS[action]];
}

const DENIED: Record<Action, string> = {
  read: 'This link cannot open the document.',
  comment: 'This link is view-only: it cannot comment.',
  review: 'Only a reviewer with a Comment or Edit link can approve or request changes.',
  saveVersion: 'This link cannot save versions: that needs an Edit link.',
  manageLinks: 'Only the owner can list, create or revoke share links.',
};

/**
 * The decision for a request: `credential` is what the presented token opens on this document
 * (null when the token is missing, malformed, unknown, or for another document).
 */
export function authorize(credential: Credential | null, action: Action, now: Date, tokenPresent = true): AccessDecision {
  if (!tokenPresent) return { ok: false, status: 401, error: 'A token is required: send it as "Authorization: Bearer <token>".' };
  if (!credential) return { ok: false, status: 404, error: NOT_FOUND };
  let principal: Principal;
  if (credential.kind === 'owner') {
    principal = { kind: 'owner' };
  } else {
    if (credential.revokedAt) return { ok: false, status: 410, error: 'This share link was revoked by the document owner.' };
    if (credential.expiresAt && credential.expiresAt.getTime() <= now.getTime()) {
      return { ok: false, status: 410, error: `This share link expired on ${credential.expiresAt.toISOString()}.` };
    }
    principal = { kind: 'link', linkId: credential.linkId, access: credential.access };
  }
  if (!can(principal, action)) return { ok: false, status: 403, error: DENIED[action] };
  return { ok: true, principal };
}

/** The access a principal holds, as the client shows it (`owner` or the link's level). */
export function accessOf(principal: Principal): Access | 'owner' {
  return principal.kind === 'owner' ? 'owner' : principal.access;
}

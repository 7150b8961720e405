import { redactConnectionPasswords } from '@/lib/persist/redact';
import { ACCESS_LEVELS, type Access } from '../access';
import type { Anchor, AnchorKind, NewVersion, ReviewStatus, SchemaFileRecord } from '../storage';
import { HttpError } from './http';

/**
 * Validation of request bodies: every field is checked for type and size, unknown fields are
 * ignored, and each failure is a 400 naming the field. Schema text and comments lose any
 * datasource credential here, before anything is stored.
 */
export const LIMITS = {
  versionBodyBytes: 4 * 1024 * 1024,
  smallBodyBytes: 16 * 1024,
  files: 200,
  pathChars: 300,
  nameChars: 200,
  messageChars: 2000,
  authorChars: 100,
  labelChars: 100,
  commentChars: 4000,
  clientKeyChars: 100,
  identifierChars: 128,
  maxLinkLifetimeMs: 366 * 24 * 3600 * 1000,
} as const;

type Body = Record<string, unknown>;

const bad = (message: string) => new HttpError(400, message);

export function asObject(value: unknown): Body {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('The request body must be a JSON object.');
  return value as Body;
}

const own = (body: Body, key: string): unknown => (Object.prototype.hasOwnProperty.call(body, key) ? body[key] : undefined);

/** Printable text: no NUL or other control characters but tab and newlines. */
function plain(text: string): boolean {
  return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text);
}

function optionalString(body: Body, key: string, max: number, fallback: string, opts: { singleLine?: boolean } = {}): string {
  const v = own(body, key);
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'string') throw bad(`"${key}" must be a string.`);
  const s = v.trim();
  if (s.length > max) throw bad(`"${key}" is longer than ${max} characters.`);
  if (!plain(s) || (opts.singleLine && /[\r\n]/.test(s))) throw bad(`"${key}" holds control characters.`);
  return s === '' ? fallback : s;
}

function record(body: Body, key: string): Record<string, unknown> {
  const v = own(body, key);
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v)) throw bad(`"${key}" must be an object.`);
  return v as Record<string, unknown>;
}

function files(body: Body): SchemaFileRecord[] {
  const v = own(body, 'files');
  if (!Array.isArray(v) || v.length === 0) throw bad('"files" must be a non-empty array of { path, text }.');
  if (v.length > LIMITS.files) throw bad(`"files" has more than ${LIMITS.files} files.`);
  const seen = new Set<string>();
  return v.map((item, i) => {
    if (typeof item !== 'object' || item === null) throw bad(`"files[${i}]" must be an object with "path" and "text".`);
    const { path, text } = item as Record<string, unknown>;
    if (typeof path !== 'string' || typeof text !== 'string') throw bad(`"files[${i}]" needs a string "path" and "text".`);
    const segments = path.split('/');
    if (path === '' || path.length > LIMITS.pathChars || path.startsWith('/') || path.includes('\\') || !plain(path)
      || segments.some((s) => s === '' || s === '.' || s === '..')) {
      throw bad(`"files[${i}].path" must be a relative path like "schema.prisma" or "models/user.prisma".`);
    }
    if (seen.has(path)) throw bad(`"files" has "${path}" twice.`);
    seen.add(path);
    return { path, text: redactConnectionPasswords(text) };
  });
}

/** The body of POST /api/documents and POST …/versions. */
export function parseVersion(value: unknown, defaultAuthor: string): NewVersion {
  const body = asObject(value);
  const layout = record(body, 'layout');
  return {
    name: optionalString(body, 'name', LIMITS.nameChars, 'Untitled version', { singleLine: true }),
    message: optionalString(body, 'message', LIMITS.messageChars, ''),
    author: optionalString(body, 'author', LIMITS.authorChars, defaultAuthor, { singleLine: true }),
    files: files(body),
    layout: Object.keys(layout).length === 0 ? { version: 1, positions: {} } : layout,
    advisoryConfig: record(body, 'advisoryConfig'),
  };
}

/** The body of POST …/links. */
export function parseLink(value: unknown, now: Date): { access: Access; label: string; expiresAt: Date | null } {
  const body = asObject(value);
  const access = own(body, 'access');
  if (typeof access !== 'string' || !ACCESS_LEVELS.includes(access as Access)) throw bad('"access" must be "view", "comment" or "edit".');
  const raw = own(body, 'expiresAt');
  let expiresAt: Date | null = null;
  if (raw !== undefined && raw !== null) {
    const t = typeof raw === 'string' && /^\d{4}-\d\d-\d\dT/.test(raw) ? Date.parse(raw) : NaN;
    if (!Number.isFinite(t)) throw bad('"expiresAt" must be an ISO date-time such as "2030-01-31T12:00:00Z", or null.');
    if (t <= now.getTime()) throw bad('"expiresAt" is in the past.');
    if (t - now.getTime() > LIMITS.maxLinkLifetimeMs) throw bad('"expiresAt" is more than a year away.');
    expiresAt = new Date(t);
  }
  return { access: access as Access, label: optionalString(body, 'label', LIMITS.labelChars, '', { singleLine: true }), expiresAt };
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const ANCHOR_KINDS: AnchorKind[] = ['model', 'field', 'relation', 'enum'];

function identifier(v: unknown, what: string): string {
  if (typeof v !== 'string' || !IDENTIFIER.test(v) || v.length > LIMITS.identifierChars) throw bad(`"${what}" must be a Prisma name such as "User".`);
  return v;
}

function anchor(value: unknown): Anchor {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw bad('"anchor" must be { kind, model, field? }.');
  const a = value as Record<string, unknown>;
  if (typeof a.kind !== 'string' || !ANCHOR_KINDS.includes(a.kind as AnchorKind)) throw bad('"anchor.kind" must be "model", "field", "relation" or "enum".');
  const kind = a.kind as AnchorKind;
  const model = identifier(a.model, 'anchor.model');
  const needsField = kind === 'field' || kind === 'relation';
  if (needsField) return { kind, model, field: identifier(a.field, 'anchor.field') };
  if (a.field !== undefined && a.field !== null) throw bad(`A "${kind}" anchor has no "field".`);
  return { kind, model };
}

function commentText(body: Body): string {
  const v = own(body, 'text');
  if (typeof v !== 'string' || v.trim() === '') throw bad('"text" is required.');
  if (v.length > LIMITS.commentChars) throw bad(`"text" is longer than ${LIMITS.commentChars} characters.`);
  if (!plain(v)) throw bad('"text" holds control characters.');
  return redactConnectionPasswords(v.trim());
}

function clientKey(body: Body): string | undefined {
  const v = own(body, 'clientKey');
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'string' || !/^[A-Za-z0-9_.:-]+$/.test(v) || v.length > LIMITS.clientKeyChars) {
    throw bad(`"clientKey" must be up to ${LIMITS.clientKeyChars} letters, digits, "_", ".", ":" or "-".`);
  }
  return v;
}

/** The body of POST …/comments/[threadId]/replies. */
export function parseReply(value: unknown, defaultAuthor: string): { author: string; text: string; clientKey?: string } {
  const body = asObject(value);
  const key = clientKey(body);
  return { author: optionalString(body, 'author', LIMITS.authorChars, defaultAuthor, { singleLine: true }), text: commentText(body), ...(key ? { clientKey: key } : {}) };
}

/** The body of POST …/comments: a new thread. */
export function parseThread(value: unknown, defaultAuthor: string): { anchor: Anchor; versionId?: string; author: string; text: string; clientKey?: string } {
  const body = asObject(value);
  const versionId = own(body, 'versionId');
  if (versionId !== undefined && versionId !== null && (typeof versionId !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(versionId))) {
    throw bad('"versionId" must be a version id.');
  }
  return { ...parseReply(body, defaultAuthor), anchor: anchor(own(body, 'anchor')), ...(typeof versionId === 'string' ? { versionId } : {}) };
}

/** The body of PATCH …/comments/[threadId]. */
export function parseResolve(value: unknown, defaultAuthor: string): { resolved: boolean; author: string } {
  const body = asObject(value);
  const resolved = own(body, 'resolved');
  if (typeof resolved !== 'boolean') throw bad('"resolved" must be true or false.');
  return { resolved, author: optionalString(body, 'author', LIMITS.authorChars, defaultAuthor, { singleLine: true }) };
}

/** The body of PUT …/versions/[versionId]/review. */
export function parseReview(value: unknown, defaultAuthor: string): { status: ReviewStatus; author: string } {
  const body = asObject(value);
  const status = own(body, 'status');
  if (status !== 'approved' && status !== 'changes_requested') throw bad('"status" must be "approved" or "changes_requested".');
  return { status, author: optionalString(body, 'author', LIMITS.authorChars, defaultAuthor, { singleLine: true }) };
}

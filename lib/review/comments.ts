import type { SchemaModel } from '../schema/model';
import { anchorExists, type SchemaAnchor } from './anchors';
import { ReviewError } from './client';

/**
 * Comment threads as the app shows them: text checks that mirror the server's (so a bad comment is
 * refused before it is sent and the draft stays), retries that cannot post twice, and where a
 * thread belongs on the diagram now.
 */

/** The server's limit (server/api/validate.ts `LIMITS.commentChars`). */
export const COMMENT_MAX_CHARS = 4000;

// Tab and newline are allowed; other control characters are refused by the server too.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** Why a comment text cannot be posted, or null when it can. */
export function commentTextProblem(text: string): string | null {
  if (!text.trim()) return 'Write a comment first.';
  if (text.length > COMMENT_MAX_CHARS) return `A comment can have at most ${COMMENT_MAX_CHARS.toLocaleString('en-US')} characters (this one has ${text.length.toLocaleString('en-US')}).`;
  if (CONTROL.test(text)) return 'A comment cannot contain control characters (tabs and line breaks are fine).';
  return null;
}

/** A key the server uses to recognise a re-sent post (letters, digits and "-" only). */
export function newClientKey(): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  return `c-${random}`;
}

/** Failures worth trying again with the same client key: no answer, the write limit, a server fault. */
export function isTransient(error: unknown): boolean {
  return error instanceof ReviewError && (error.status === 0 || error.status === 429 || error.status >= 500);
}

export interface RetryOptions {
  attempts?: number;
  /** Waits before the next attempt (tests pass an instant one). */
  wait?: (ms: number, attempt: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `call` until it succeeds, a non-transient error, or `attempts` tries. The caller keeps the
 * same client key across tries, so a post that reached the server before its answer was lost is
 * stored once.
 */
export async function withRetries<T>(call: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 3;
  const wait = options.wait ?? ((ms) => sleep(ms));
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= attempts || !isTransient(error)) throw error;
      await wait(500 * 2 ** (attempt - 1), attempt);
    }
  }
}

/** How a thread's anchor reads in the panel: `User`, `User.email`, `enum Role`. */
export function anchorLabel(anchor: SchemaAnchor): string {
  if (anchor.kind === 'enum') return `enum ${anchor.model}`;
  return anchor.field ? `${anchor.model}.${anchor.field}` : anchor.model;
}

/** The anchor a command's Model/Field arguments name in this schema, or why there is none. */
export function anchorOf(schema: SchemaModel, model: string, field: string): { anchor: SchemaAnchor } | { problem: string } {
  if (!model) return { problem: 'Model is required' };
  if (schema.enums.some((e) => e.name === model)) {
    return field ? { problem: `Comments on enum values are not supported; comment on the enum ${model}.` } : { anchor: { kind: 'enum', model } };
  }
  const block = [...schema.models, ...schema.views, ...schema.composites].find((m) => m.name === model);
  if (!block) return { problem: `There is no model ${model}` };
  if (!field) return { anchor: { kind: 'model', model } };
  const f = block.fields.find((x) => x.name === field);
  if (!f) return { problem: `${model} has no field ${field}` };
  return { anchor: { kind: f.kind === 'object' ? 'relation' : 'field', model, field } };
}

/**
 * Where a thread shows now. A rename made in this session moved the thread (`moved`); if that name
 * is gone again (e.g. the rename was undone) but the original still exists, the original wins.
 */
export function shownAnchor(original: SchemaAnchor, moved: SchemaAnchor | undefined, schema: SchemaModel): SchemaAnchor {
  if (!moved) return original;
  if (anchorExists(moved, schema) || !anchorExists(original, schema)) return moved;
  return original;
}

/** Open threads per model and field, for the diagram's markers. */
export interface MarkerCounts {
  /** Threads on the model (or enum) itself. */
  blocks: Map<string, number>;
  /** Threads on a field, keyed `Model.field`. */
  fields: Map<string, number>;
}

export function markerCounts(threads: ReadonlyArray<{ anchor: SchemaAnchor; resolved: boolean }>): MarkerCounts {
  const blocks = new Map<string, number>();
  const fields = new Map<string, number>();
  for (const t of threads) {
    if (t.resolved) continue;
    const { anchor } = t;
    if (anchor.field && (anchor.kind === 'field' || anchor.kind === 'relation')) {
      const key = `${anchor.model}.${anchor.field}`;
      fields.set(key, (fields.get(key) ?? 0) + 1);
    } else blocks.set(anchor.model, (blocks.get(anchor.model) ?? 0) + 1);
  }
  return { blocks, fields };
}

/** Whether a thread is about the given model (and field, when one is given). */
export function threadMatches(anchor: SchemaAnchor, model: string, field?: string): boolean {
  return anchor.model === model && (field === undefined || anchor.field === field);
}

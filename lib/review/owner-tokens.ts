/**
 * What this browser remembers about shared documents, in localStorage: the owner token of every
 * document shared from here (keyed by document id, so the owner stays the owner after a reload), and
 * which shared document the local working document is. Link tokens are not kept: a link holder
 * reopens the link. Storage that fails (disabled, full) only loses the memory, never the document.
 */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const OWNER_PREFIX = 'schema-canvas.review.owner.';
const CURRENT_KEY = 'schema-canvas.review.current';

export class OwnerTokens {
  constructor(private readonly storage: KeyValueStorage | null) {}

  ownerToken(documentId: string): string | null {
    return this.read(OWNER_PREFIX + documentId);
  }

  saveOwnerToken(documentId: string, token: string): void {
    this.write(OWNER_PREFIX + documentId, token);
  }

  /** The shared document (owned from here) that the local working document is, if any. */
  current(): string | null {
    return this.read(CURRENT_KEY);
  }

  setCurrent(documentId: string | null): void {
    if (documentId) this.write(CURRENT_KEY, documentId);
    else {
      try {
        this.storage?.removeItem(CURRENT_KEY);
      } catch {
        // nothing to forget when storage is unavailable
      }
    }
  }

  private read(key: string): string | null {
    try {
      return this.storage?.getItem(key) ?? null;
    } catch {
      return null;
    }
  }

  private write(key: string, value: string): void {
    try {
      this.storage?.setItem(key, value);
    } catch {
      // storage disabled or full: the owner token lives as long as this page
    }
  }
}

/** A Map-backed storage for tests and for browsers without localStorage. */
export function memoryStorage(): KeyValueStorage & { entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return {
    entries,
    getItem: (k) => entries.get(k) ?? null,
    setItem: (k, v) => void entries.set(k, v),
    removeItem: (k) => void entries.delete(k),
  };
}

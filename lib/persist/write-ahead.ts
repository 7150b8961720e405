import { validateSnapshot, type DocumentSnapshot } from './snapshot';

/** The synchronous part of the Web Storage API (`localStorage`), so tests can pass a Map-backed fake. */
export interface SyncStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const WRITE_AHEAD_KEY = 'schema-canvas:unsaved';

/**
 * Writes the snapshot synchronously, for the moment the page goes away (`pagehide`, `beforeunload`,
 * hidden): an IndexedDB transaction started then may never complete, a `localStorage` write always
 * does. False when it could not be written (storage full or disabled); the caller carries on.
 */
export function writeAhead(storage: SyncStorage | null, snapshot: DocumentSnapshot): boolean {
  if (!storage) return false;
  try {
    storage.setItem(WRITE_AHEAD_KEY, JSON.stringify(snapshot));
    return true;
  } catch {
    try {
      storage.removeItem(WRITE_AHEAD_KEY); // never leave an older copy that could win later
    } catch {
      // storage unavailable
    }
    return false;
  }
}

/** The write-ahead copy, or null when there is none or it is unreadable. Never throws. */
export function readAhead(storage: SyncStorage | null): DocumentSnapshot | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(WRITE_AHEAD_KEY);
    return raw ? validateSnapshot(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

/** Drops the write-ahead copy once the store holds something at least as new (`savedAt`). */
export function settleAhead(storage: SyncStorage | null, storedSavedAt: number): void {
  if (!storage) return;
  const ahead = readAhead(storage);
  try {
    if (!ahead || ahead.savedAt <= storedSavedAt) storage.removeItem(WRITE_AHEAD_KEY);
  } catch {
    // storage unavailable
  }
}

export type Reconciled = { snapshot: DocumentSnapshot | null; source: 'store' | 'write-ahead' | 'none' };

/**
 * Which saved copy to open: the write-ahead copy when it is newer than the store's (the last burst of
 * typing before a reload or close whose IndexedDB write did not complete), otherwise the store's.
 */
export function reconcile(stored: DocumentSnapshot | null, ahead: DocumentSnapshot | null): Reconciled {
  if (ahead && (!stored || ahead.savedAt > stored.savedAt)) return { snapshot: ahead, source: 'write-ahead' };
  if (stored) return { snapshot: stored, source: 'store' };
  return { snapshot: null, source: 'none' };
}

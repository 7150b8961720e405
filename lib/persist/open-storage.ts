import { MemoryDocumentStore, type DocumentSnapshot, type DocumentStore } from './document-store';

export interface OpenedStorage {
  /** Where autosave writes: the browser's store, or memory when that is unavailable. */
  documents: DocumentStore;
  /** The saved document, when one could be read. */
  saved: DocumentSnapshot | null;
  /** Why autosave is off (the document lives only in this tab), or null when it works. */
  autosaveOff: string | null;
}

export interface OpenStorageOptions {
  /** How long to wait for the store to open and read before working in memory. */
  timeoutMs?: number;
  /** Settles when the store is usable, rejects when it is not (e.g. IndexedDbDocumentStore.ready). */
  ready?: () => Promise<void>;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
}

export const STORAGE_TIMEOUT_MS = 3000;

const OFF_ADVICE = 'Autosave is off: your work stays in this tab only — download the schema to keep it.';

/**
 * Opens the browser's document store and reads `id`, but never waits forever: when there is no store,
 * when it fails to open, or when it does not answer within `timeoutMs` (an IndexedDB `open` that never
 * settles), the designer starts anyway on a MemoryDocumentStore and says that autosave is off.
 */
export async function openStorage(primary: DocumentStore | null, id: string, options: OpenStorageOptions = {}): Promise<OpenedStorage> {
  const memory = (reason: string): OpenedStorage => ({ documents: new MemoryDocumentStore(), saved: null, autosaveOff: `${reason}. ${OFF_ADVICE}` });
  if (!primary) return memory('This browser offers no storage for the document (IndexedDB is unavailable, e.g. in private browsing)');
  const timeoutMs = options.timeoutMs ?? STORAGE_TIMEOUT_MS;
  const setTimer = options.setTimer ?? ((fn: () => void, ms: number) => setTimeout(fn, ms));
  const clearTimer = options.clearTimer ?? ((t: unknown) => clearTimeout(t as ReturnType<typeof setTimeout>));
  let timer: unknown;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimer(() => resolve('timeout'), timeoutMs);
  });
  const attempt = (async () => {
    if (options.ready) await options.ready();
    return { saved: await primary.load(id) };
  })().catch((error: unknown) => ({ error }));
  const outcome = await Promise.race([attempt, timeout]);
  clearTimer(timer);
  if (outcome === 'timeout') return memory(`The browser's storage did not answer within ${Math.round(timeoutMs / 100) / 10} s`);
  if ('error' in outcome) {
    const why = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
    return memory(`The browser's storage could not be opened (${why.replace(/\.$/, '')})`);
  }
  return { documents: primary, saved: outcome.saved, autosaveOff: null };
}

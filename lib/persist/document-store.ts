import { validateSnapshot, type DocumentSnapshot } from './snapshot';

export { validateSnapshot, type DocumentSnapshot, type LayoutDocumentLike } from './snapshot';

/** Where the current document is autosaved, keyed by a document id. */
export interface DocumentStore {
  /** The saved snapshot, or null when there is none or it cannot be read. Never rejects. */
  load(id: string): Promise<DocumentSnapshot | null>;
  /** Stores a copy of the snapshot. Rejects with a message a user can act on (e.g. storage full). */
  save(id: string, snapshot: DocumentSnapshot): Promise<void>;
  /** Forgets the snapshot; removing an id that was never saved is fine. */
  remove(id: string): Promise<void>;
  /** The ids of every stored snapshot (empty when storage cannot be read). Never rejects. */
  keys(): Promise<string[]>;
}

function invalidSnapshotError(id: string): Error {
  return new Error(`Refusing to autosave "${id}": the snapshot is malformed (it needs at least one file, unique paths, an active file among them and a version-1 layout with finite positions).`);
}

/** Keeps snapshots in memory: for tests, and for browsers where IndexedDB is unavailable. */
export class MemoryDocumentStore implements DocumentStore {
  private readonly snapshots = new Map<string, DocumentSnapshot>();

  async load(id: string): Promise<DocumentSnapshot | null> {
    const stored = this.snapshots.get(id);
    // validateSnapshot returns a fresh copy, so callers can never mutate what is stored.
    return stored ? validateSnapshot(stored) : null;
  }

  async save(id: string, snapshot: DocumentSnapshot): Promise<void> {
    const clean = validateSnapshot(snapshot);
    if (!clean) throw invalidSnapshotError(id);
    this.snapshots.set(id, clean);
  }

  async remove(id: string): Promise<void> {
    this.snapshots.delete(id);
  }

  async keys(): Promise<string[]> {
    return [...this.snapshots.keys()];
  }
}

const OBJECT_STORE = 'documents';
const DB_VERSION = 1;

function approximateSize(snapshot: DocumentSnapshot): string {
  const chars = snapshot.files.reduce((n, f) => n + f.path.length + f.text.length, 0) + JSON.stringify(snapshot.layout).length;
  return chars >= 1024 * 1024 ? `${(chars / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(chars / 1024)} KB`;
}

function errorName(error: unknown): string {
  return error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? error.name : '';
}

function errorText(error: unknown): string {
  if (error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException)) {
    return error.name && error.name !== 'Error' ? `${error.name}: ${error.message}` : error.message;
  }
  return error === null || error === undefined ? 'the transaction was aborted' : String(error);
}

/**
 * Autosave in the browser's IndexedDB, through the plain API: one database, one object store
 * (`documents`), the document id as key. The connection opens on first use and reopens after the
 * browser or another tab closes it. Safe to construct during server rendering (nothing runs until used).
 */
export class IndexedDbDocumentStore implements DocumentStore {
  private connection: Promise<IDBDatabase> | null = null;

  /**
   * @param dbName name of the IndexedDB database.
   * @param factory the IndexedDB implementation; defaults to the browser's `indexedDB` (tests pass a fake).
   */
  constructor(
    readonly dbName = 'schema-canvas',
    private readonly factory?: IDBFactory,
  ) {}

  async load(id: string): Promise<DocumentSnapshot | null> {
    try {
      return validateSnapshot(await this.request('readonly', (store) => store.get(id)));
    } catch {
      // Unreadable storage is treated like no saved document: the app starts fresh instead of failing.
      return null;
    }
  }

  async save(id: string, snapshot: DocumentSnapshot): Promise<void> {
    const clean = validateSnapshot(snapshot);
    if (!clean) throw invalidSnapshotError(id);
    try {
      await this.request('readwrite', (store) => store.put(clean, id));
    } catch (error) {
      if (errorName(error) === 'QuotaExceededError') {
        throw new Error(`Could not autosave "${id}" (about ${approximateSize(clean)}): the browser's storage for this site is full. Download the schema to keep your work, or free some space.`, { cause: error });
      }
      throw new Error(`Could not autosave "${id}": ${errorText(error)}.`, { cause: error });
    }
  }

  async remove(id: string): Promise<void> {
    try {
      await this.request('readwrite', (store) => store.delete(id));
    } catch (error) {
      throw new Error(`Could not remove the autosaved document "${id}": ${errorText(error)}.`, { cause: error });
    }
  }

  async keys(): Promise<string[]> {
    try {
      const keys = await this.request('readonly', (store) => store.getAllKeys());
      return keys.filter((k): k is string => typeof k === 'string');
    } catch {
      return [];
    }
  }

  /** Settles when the database is open; rejects when it cannot be opened (no IndexedDB, blocked, broken). */
  async ready(): Promise<void> {
    await this.open();
  }

  /** Closes the connection; the next call opens a new one. */
  async close(): Promise<void> {
    const connection = this.connection;
    this.connection = null;
    if (connection) (await connection.catch(() => null))?.close();
  }

  private open(): Promise<IDBDatabase> {
    if (this.connection) return this.connection;
    const factory = this.factory ?? (globalThis as { indexedDB?: IDBFactory }).indexedDB;
    const connection = new Promise<IDBDatabase>((resolve, reject) => {
      if (!factory) {
        reject(new Error('this browser offers no IndexedDB storage (private browsing may disable it)'));
        return;
      }
      const request = factory.open(this.dbName, DB_VERSION);
      request.onupgradeneeded = () => {
        if (!request.result.objectStoreNames.contains(OBJECT_STORE)) request.result.createObjectStore(OBJECT_STORE);
      };
      request.onsuccess = () => {
        const db = request.result;
        const forget = () => {
          if (this.connection === connection) this.connection = null;
        };
        // Another tab upgrading or deleting the database must not be blocked by this connection.
        db.onversionchange = () => {
          db.close();
          forget();
        };
        db.onclose = forget; // the browser closed it (storage cleared, disk error)
        resolve(db);
      };
      request.onerror = () => reject(request.error ?? new Error(`could not open the IndexedDB database "${this.dbName}"`));
    });
    this.connection = connection;
    connection.catch(() => {
      if (this.connection === connection) this.connection = null; // retry on the next call
    });
    return connection;
  }

  /** Runs one request in its own transaction and settles when the transaction does, so a resolved save is durable. */
  private async request<T>(mode: IDBTransactionMode, makeRequest: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
    const connection = this.open();
    let transaction: IDBTransaction;
    try {
      transaction = (await connection).transaction(OBJECT_STORE, mode);
    } catch (error) {
      // The connection closed between open and use (InvalidStateError): reopen once.
      if (errorName(error) !== 'InvalidStateError') throw error;
      if (this.connection === connection) this.connection = null;
      transaction = (await this.open()).transaction(OBJECT_STORE, mode);
    }
    return new Promise<T>((resolve, reject) => {
      let request: IDBRequest<T>;
      try {
        request = makeRequest(transaction.objectStore(OBJECT_STORE));
      } catch (error) {
        reject(error); // e.g. DataCloneError or a synchronous QuotaExceededError
        try {
          transaction.abort();
        } catch {
          // already finished
        }
        return;
      }
      transaction.oncomplete = () => resolve(request.result);
      transaction.onabort = () => reject(transaction.error ?? request.error);
      transaction.onerror = () => {}; // onabort follows and carries the error
    });
  }
}

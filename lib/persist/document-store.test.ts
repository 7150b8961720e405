import { IDBFactory, IDBObjectStore, forceCloseDatabase } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { IndexedDbDocumentStore, MemoryDocumentStore, type DocumentSnapshot, type DocumentStore } from './document-store';

function sample(overrides: Partial<DocumentSnapshot> = {}): DocumentSnapshot {
  return {
    files: [
      { path: 'schema.prisma', text: '\ufeffdatasource db {\r\n  provider = "postgresql"\r\n}\r\n' },
      { path: 'models/user.prisma', text: '/// Nutzer 👤\nmodel User {\n  id Int @id\n}\n' },
    ],
    activeFile: 'models/user.prisma',
    layout: { version: 1, positions: { User: { x: 120, y: -40.25 } }, collapsed: ['User'] },
    prismaVersion: '7',
    savedAt: 1_700_000_000_000,
    ...overrides,
  };
}

/** Opens the store's database directly, the way another tab or the devtools would. */
function rawDb(factory: IDBFactory, name: string, version?: number, upgrade?: (db: IDBDatabase) => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

function rawPut(db: IDBDatabase, key: string, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('documents', 'readwrite');
    tx.objectStore('documents').put(value, key);
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error);
  });
}

const opened: IndexedDbDocumentStore[] = [];
function idbStore(factory = new IDBFactory(), name?: string): IndexedDbDocumentStore {
  const store = new IndexedDbDocumentStore(name, factory);
  opened.push(store);
  return store;
}
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  await Promise.all(opened.splice(0).map((s) => s.close()));
});

describe.each<[string, () => DocumentStore]>([
  ['MemoryDocumentStore', () => new MemoryDocumentStore()],
  ['IndexedDbDocumentStore', () => idbStore()],
])('%s', (_name, makeStore) => {
  it('loads null for a document that was never saved', async () => {
    expect(await makeStore().load('doc')).toBeNull();
  });

  it('gives back exactly what was saved: BOM, CRLF, emoji, positions and collapsed nodes', async () => {
    const store = makeStore();
    await store.save('doc', sample());
    expect(await store.load('doc')).toEqual(sample());
  });

  it('keeps documents apart by id and overwrites on a second save', async () => {
    const store = makeStore();
    await store.save('a', sample());
    await store.save('b', sample({ activeFile: 'schema.prisma' }));
    await store.save('a', sample({ savedAt: 2, layout: { version: 1, positions: {} } }));
    expect(await store.load('a')).toEqual(sample({ savedAt: 2, layout: { version: 1, positions: {} } }));
    expect((await store.load('b'))?.activeFile).toBe('schema.prisma');
  });

  it('stores a copy: later changes to the saved or loaded object do not leak into storage', async () => {
    const store = makeStore();
    const snapshot = sample();
    await store.save('doc', snapshot);
    snapshot.files[0].text = 'edited after save';
    const loaded = await store.load('doc');
    loaded!.layout.positions.User.x = 0;
    expect(await store.load('doc')).toEqual(sample());
  });

  it('removes a document, and removing an unknown id is fine', async () => {
    const store = makeStore();
    await store.save('doc', sample());
    await store.remove('doc');
    await store.remove('never-saved');
    expect(await store.load('doc')).toBeNull();
  });

  it('refuses to save a malformed snapshot, and keeps the previous one', async () => {
    const store = makeStore();
    await store.save('doc', sample());
    await expect(store.save('doc', sample({ activeFile: 'missing.prisma' }))).rejects.toThrow(/Refusing to autosave "doc": the snapshot is malformed/);
    await expect(store.save('doc', { ...sample(), files: [] })).rejects.toThrow(/malformed/);
    expect(await store.load('doc')).toEqual(sample());
  });

  it('stores positions of models named __proto__ and constructor', async () => {
    const store = makeStore();
    const positions = JSON.parse('{"__proto__":{"x":1,"y":2},"constructor":{"x":3,"y":4}}');
    await store.save('doc', sample({ layout: { version: 1, positions } }));
    const loaded = await store.load('doc');
    expect(Object.keys(loaded!.layout.positions).sort()).toEqual(['__proto__', 'constructor']);
    expect(loaded!.layout.positions['__proto__']).toEqual({ x: 1, y: 2 });
  });
});

describe('IndexedDbDocumentStore', () => {
  it('survives a page reload: a new store on the same database sees the saved document', async () => {
    const factory = new IDBFactory();
    await idbStore(factory).save('doc', sample());
    expect(await idbStore(factory).load('doc')).toEqual(sample());
    expect(await idbStore(factory, 'other-db').load('doc')).toBeNull();
  });

  it('loads null instead of throwing for corrupt records', async () => {
    const factory = new IDBFactory();
    const store = idbStore(factory);
    await store.save('ok', sample());
    const db = await rawDb(factory, 'schema-canvas');
    await rawPut(db, 'text', 'model User {}');
    await rawPut(db, 'half', { files: [{ path: 'schema.prisma' }], activeFile: 'schema.prisma' });
    await rawPut(db, 'nan', { ...sample(), layout: { version: 1, positions: { User: { x: NaN, y: 0 } } } });
    await rawPut(db, 'future', { ...sample(), layout: { version: 2, nodes: [] } });
    db.close();
    for (const id of ['text', 'half', 'nan', 'future']) expect(await store.load(id), id).toBeNull();
    expect(await store.load('ok')).toEqual(sample());
  });

  it('without IndexedDB: load gives null, save explains why it cannot save', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const store = new IndexedDbDocumentStore();
    expect(await store.load('doc')).toBeNull();
    await expect(store.save('doc', sample())).rejects.toThrow('Could not autosave "doc": this browser offers no IndexedDB storage (private browsing may disable it).');
  });

  it('uses the global indexedDB by default', async () => {
    const factory = new IDBFactory();
    vi.stubGlobal('indexedDB', factory);
    const store = new IndexedDbDocumentStore('default-global');
    await store.save('doc', sample());
    await store.close();
    vi.unstubAllGlobals();
    expect(await idbStore(factory, 'default-global').load('doc')).toEqual(sample());
  });

  it('when a newer app version upgraded the database: load gives null, save names the error', async () => {
    const factory = new IDBFactory();
    (await rawDb(factory, 'schema-canvas', 5, (db) => db.createObjectStore('documents'))).close();
    const store = idbStore(factory);
    expect(await store.load('doc')).toBeNull();
    await expect(store.save('doc', sample())).rejects.toThrow(/^Could not autosave "doc": VersionError/);
  });

  it('rejects with a "storage is full" message when the browser is out of quota', async () => {
    const store = idbStore();
    await store.save('doc', sample());
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const failure = store.save('doc', sample({ savedAt: 5 }));
    await expect(failure).rejects.toThrow(/^Could not autosave "doc" \(about 1 KB\): the browser's storage for this site is full\. Download the schema/);
    await expect(failure).rejects.toHaveProperty('cause.name', 'QuotaExceededError');
    vi.restoreAllMocks();
    expect((await store.load('doc'))?.savedAt).toBe(sample().savedAt);
  });

  it('rejects when the write transaction aborts, and the old document stays', async () => {
    const store = idbStore();
    await store.save('doc', sample());
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      const request = put.apply(this, args);
      this.transaction.abort();
      return request;
    });
    await expect(store.save('doc', sample({ savedAt: 5 }))).rejects.toThrow(/^Could not autosave "doc": AbortError/);
    vi.restoreAllMocks();
    expect((await store.load('doc'))?.savedAt).toBe(sample().savedAt);
  });

  it('reopens after the browser closes the connection', async () => {
    const factory = new IDBFactory();
    const store = idbStore(factory);
    await store.save('doc', sample());
    let connection: IDBDatabase | undefined;
    vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementationOnce(function (this: IDBObjectStore, key) {
      connection = this.transaction.db;
      return IDBObjectStore.prototype.get.call(this, key);
    });
    await store.load('doc');
    forceCloseDatabase(connection! as unknown as Parameters<typeof forceCloseDatabase>[0]);
    expect(await store.load('doc')).toEqual(sample());
    await store.save('doc', sample({ savedAt: 9 }));
    expect((await idbStore(factory).load('doc'))?.savedAt).toBe(9);
  });

  it('does not block another tab that upgrades the database', async () => {
    const factory = new IDBFactory();
    const store = idbStore(factory);
    await store.save('doc', sample());
    const blocked = vi.fn();
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('schema-canvas', 2);
      request.onblocked = blocked;
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    expect(blocked).not.toHaveBeenCalled();
    upgraded.close();
  });
});

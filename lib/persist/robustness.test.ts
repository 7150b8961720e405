import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../store/designer-store';
import { Autosave, autosaveFailureMessage, CURRENT_DOCUMENT } from './autosave';
import { BackupHistory, describeDocument, LEGACY_PREVIOUS } from './backups';
import { IndexedDbDocumentStore, MemoryDocumentStore, type DocumentSnapshot, type DocumentStore } from './document-store';
import { openStorage } from './open-storage';
import { TabGuard, type TabChannel } from './tab-guard';
import { readAhead, reconcile, settleAhead, WRITE_AHEAD_KEY, writeAhead, type SyncStorage } from './write-ahead';

const doc = (text: string, savedAt = 1000, path = 'schema.prisma'): DocumentSnapshot => ({
  files: [{ path, text }],
  activeFile: path,
  layout: { version: 1, positions: {} },
  prismaVersion: '7',
  savedAt,
});

class MapStorage implements SyncStorage {
  readonly map = new Map<string, string>();
  full = false;
  getItem(k: string) {
    return this.map.get(k) ?? null;
  }
  setItem(k: string, v: string) {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(k, v);
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
}

/** BroadcastChannel semantics: a message reaches every other channel on the hub, asynchronously. */
function hub() {
  const channels = new Set<{ listeners: Set<(e: { data: unknown }) => void> }>();
  const pending: Array<() => void> = [];
  const make = (): TabChannel => {
    const self = { listeners: new Set<(e: { data: unknown }) => void>() };
    channels.add(self);
    return {
      postMessage: (data) => {
        for (const c of channels) if (c !== self) for (const l of c.listeners) pending.push(() => l({ data: structuredClone(data) }));
      },
      addEventListener: (_t, l) => self.listeners.add(l),
      removeEventListener: (_t, l) => self.listeners.delete(l),
      close: () => channels.delete(self),
    };
  };
  const deliver = () => {
    while (pending.length) pending.shift()!();
  };
  return { make, deliver };
}

/** Timers the test advances by hand. */
function manualTimers() {
  let next = 1;
  const timers = new Map<number, () => void>();
  return {
    setTimer: (fn: () => void) => {
      const id = next++;
      timers.set(id, fn);
      return id;
    },
    clearTimer: (id: unknown) => void timers.delete(id as number),
    fire() {
      const all = [...timers.values()];
      timers.clear();
      for (const fn of all) fn();
    },
    get count() {
      return timers.size;
    },
  };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function tab(opts: { documents: DocumentStore; channel?: TabChannel | null; text?: string; id: string; clock: { t: number }; storage?: SyncStorage }) {
  const store = createDesignerStore({ files: [{ path: 'schema.prisma', text: opts.text ?? 'model A {\n  id Int @id\n}\n' }] });
  const guard = opts.channel === undefined ? null : new TabGuard(opts.channel, opts.id, () => opts.clock.t);
  guard?.claim();
  const timers = manualTimers();
  const backups = new BackupHistory(opts.documents, undefined, () => opts.clock.t);
  const autosave = new Autosave({ store, documents: opts.documents, guard, backups, writeAheadStorage: opts.storage ?? null, setTimer: timers.setTimer, clearTimer: timers.clearTimer, now: () => opts.clock.t });
  const type = (text: string) => store.getState().setFiles([{ path: 'schema.prisma', text }]);
  return { store, guard, timers, autosave, backups, type };
}

describe('two tabs on one document (#1)', () => {
  it('the newer tab takes over; the older stops saving, keeps its unsaved text as a backup, and can take over again keeping the other text', async () => {
    const documents = new MemoryDocumentStore();
    const { make, deliver } = hub();
    const clock = { t: 1000 };
    const a = tab({ documents, channel: make(), id: 'a', clock, text: 'model A {}\n' });
    a.type('model A {}\nmodel Saved {}\n');
    a.timers.fire();
    await settle();
    expect((await documents.load(CURRENT_DOCUMENT))?.files[0].text).toBe('model A {}\nmodel Saved {}\n');

    a.type('model A {}\nmodel Saved {}\nmodel OnlyInA {}\n'); // a burst A has not saved yet
    clock.t = 2000;
    const b = tab({ documents, channel: make(), id: 'b', clock, text: 'model A {}\nmodel Saved {}\n' });
    deliver();
    expect(a.guard!.owner).toBe(false);
    expect(b.guard!.owner).toBe(true);
    await settle();
    expect(a.timers.count).toBe(0); // A's pending save was cancelled …
    expect((await a.backups.list()).map((e) => e.name)).toEqual(['schema.prisma — A, Saved, OnlyInA']); // … and kept

    b.type('model A {}\nmodel FromB {}\n');
    b.timers.fire();
    await settle();
    a.type('model A {}\nmodel EditedInReadOnlyA {}\n');
    expect(a.timers.count).toBe(0); // a displaced tab never schedules a save
    expect((await documents.load(CURRENT_DOCUMENT))?.files[0].text).toBe('model A {}\nmodel FromB {}\n');

    clock.t = 3000;
    await a.autosave.takeOver();
    deliver();
    await settle();
    expect(a.guard!.owner).toBe(true);
    expect(b.guard!.owner).toBe(false);
    expect((await documents.load(CURRENT_DOCUMENT))?.files[0].text).toBe('model A {}\nmodel EditedInReadOnlyA {}\n');
    const kept = await a.backups.list();
    expect(kept[0].name).toBe('schema.prisma — A, FromB'); // B's text was kept before A overwrote it
    expect(kept).toHaveLength(2);
    b.type('model A {}\nmodel LateB {}\n');
    expect(b.timers.count).toBe(0);
  });

  it('the later claim wins whatever order the messages arrive in; an older claim is answered', () => {
    const { make, deliver } = hub();
    const clock = { t: 5 };
    const first = new TabGuard(make(), 'x', () => clock.t);
    const second = new TabGuard(make(), 'y', () => clock.t);
    second.claim(); // same millisecond: the larger tab id wins
    first.claim();
    deliver();
    expect([first.owner, second.owner]).toEqual([false, true]);
    clock.t = 10;
    first.claim();
    deliver();
    expect([first.owner, second.owner]).toEqual([true, false]);
    const noChannel = new TabGuard(null, 'z');
    noChannel.claim();
    expect(noChannel.owner).toBe(true);
  });
});

describe('the write-ahead copy (#3)', () => {
  it('a reload right after typing opens the write-ahead copy when the store write never completed', async () => {
    const storage = new MapStorage();
    const hanging: DocumentStore = { ...new MemoryDocumentStore(), load: async () => null, save: () => new Promise(() => {}), remove: async () => {}, keys: async () => [] };
    const clock = { t: 1000 };
    const t = tab({ documents: hanging, id: 't', clock, storage });
    t.type('model A {\n  id Int @id\n}\nmodel LastLine {}\n');
    t.autosave.flush(); // pagehide: the IndexedDB put starts but the page is gone before it completes
    const ahead = readAhead(storage);
    expect(ahead?.files[0].text).toContain('model LastLine {}');
    expect(reconcile(doc('old', 999), ahead)).toMatchObject({ source: 'write-ahead', snapshot: { files: [{ text: expect.stringContaining('LastLine') }] } });
  });

  it('a failed store write keeps the copy at once, and a later pagehide still counts the text as unsaved', async () => {
    const storage = new MapStorage();
    const failing: DocumentStore = { load: async () => null, save: async () => Promise.reject(new Error('Could not autosave "current": UnknownError: disk.')), remove: async () => {}, keys: async () => [] };
    const clock = { t: 1000 };
    const t = tab({ documents: failing, id: 't', clock, storage });
    t.type('model A {}\nmodel Failed {}\n');
    t.timers.fire();
    await settle();
    expect(readAhead(storage)?.files[0].text).toContain('Failed');
    storage.map.clear();
    expect(t.autosave.pending).toBe(true);
    t.autosave.flush();
    expect(readAhead(storage)?.files[0].text).toContain('Failed');
  });

  it('the store copy wins when it is as new; the copy is dropped once the store has it', async () => {
    const storage = new MapStorage();
    const documents = new MemoryDocumentStore();
    const clock = { t: 1000 };
    const t = tab({ documents, id: 't', clock, storage });
    t.type('model A {}\nmodel B {}\n');
    t.autosave.flush();
    expect(storage.map.has(WRITE_AHEAD_KEY)).toBe(true);
    await settle();
    expect(storage.map.has(WRITE_AHEAD_KEY)).toBe(false);
    expect(reconcile(doc('new', 2000), doc('old', 1000)).source).toBe('store');
    expect(reconcile(doc('same', 2000), doc('same', 2000)).source).toBe('store');
    expect(reconcile(null, null)).toEqual({ snapshot: null, source: 'none' });
  });

  it('a full or broken storage never throws and never leaves an older copy behind', () => {
    const storage = new MapStorage();
    expect(writeAhead(storage, doc('one', 1))).toBe(true);
    storage.full = true;
    expect(writeAhead(storage, doc('two', 2))).toBe(false);
    expect(readAhead(storage)).toBeNull();
    storage.full = false;
    storage.map.set(WRITE_AHEAD_KEY, '{not json');
    expect(readAhead(storage)).toBeNull();
    storage.map.set(WRITE_AHEAD_KEY, JSON.stringify({ files: [] }));
    expect(readAhead(storage)).toBeNull();
    writeAhead(storage, doc('newer', 50));
    settleAhead(storage, 40);
    expect(readAhead(storage)?.files[0].text).toBe('newer');
    expect(writeAhead(null, doc('x'))).toBe(false);
  });
});

describe('the backup history (#4)', () => {
  it('keeps A, B and C after opening A, B, C, D: newest first, by name, restorable', async () => {
    const store = new MemoryDocumentStore();
    const clock = { t: 100 };
    const history = new BackupHistory(store, undefined, () => clock.t);
    for (const name of ['A', 'B', 'C']) {
      clock.t += 10;
      await history.push(doc(`model ${name}Edited {\n  id Int @id\n}\n`));
    }
    const list = await history.list();
    expect(list.map((e) => e.name)).toEqual(['schema.prisma — CEdited', 'schema.prisma — BEdited', 'schema.prisma — AEdited']);
    expect((await history.load(list[2].id))?.files[0].text).toContain('AEdited');
    expect(await history.load('current')).toBeNull(); // only backups
  });

  it('keeps at most 10 and a bounded total size; the same document twice in a row is kept once', async () => {
    const store = new MemoryDocumentStore();
    const clock = { t: 0 };
    const history = new BackupHistory(store, { max: 10, maxChars: 1000 }, () => clock.t);
    for (let i = 0; i < 14; i++) await history.push(doc(`model M${i} {}\n`));
    let list = await history.list();
    expect(list).toHaveLength(10);
    expect(list[0].name).toContain('M13');
    expect(list[9].name).toContain('M4');
    await history.push(doc('model M13 {}\n'));
    expect(await history.list()).toHaveLength(10);
    await history.push(doc(`model Big {}\n${'/'.repeat(700)}\n`));
    list = await history.list();
    expect(list[0].name).toContain('Big');
    expect(list.reduce((n, e) => n + e.chars, 0)).toBeLessThanOrEqual(1000);
    await expect(history.push(doc('x'.repeat(2000)))).rejects.toThrow(/larger than the backup history allows/);
  });

  it('lists the single slot of earlier versions too', async () => {
    const store = new MemoryDocumentStore();
    await store.save(LEGACY_PREVIOUS, doc('model Legacy {}\n', 5));
    const history = new BackupHistory(store, undefined, () => 10);
    await history.push(doc('model Newer {}\n'));
    expect((await history.list()).map((e) => [e.id.startsWith('backup:'), e.name])).toEqual([
      [true, 'schema.prisma — Newer'],
      [false, 'schema.prisma — Legacy'],
    ]);
    expect(describeDocument({ files: [{ path: 'a.prisma', text: 'model A {}\nmodel B {}\nenum C {\n}\nview D {}\n' }, { path: 'b.prisma', text: '' }], activeFile: 'a.prisma' })).toBe('a.prisma (2 files) — A, B, C +1');
  });

  it('works on IndexedDB (keys are listed from the object store)', async () => {
    const store = new IndexedDbDocumentStore('backups-test', new IDBFactory());
    const history = new BackupHistory(store, undefined, () => 7);
    await history.push(doc('model One {}\n'));
    await history.push(doc('model Two {}\n'));
    expect((await history.list()).map((e) => e.name)).toEqual(['schema.prisma — Two', 'schema.prisma — One']);
    await store.close();
  });
});

describe('no storage, or storage that never answers (#5)', () => {
  it('times out an IndexedDB open that never settles and works in memory, saying autosave is off', async () => {
    const hanging = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory; // no event ever fires
    const idb = new IndexedDbDocumentStore('never', hanging);
    const started = Date.now();
    const opened = await openStorage(idb, CURRENT_DOCUMENT, { timeoutMs: 50, ready: () => idb.ready() });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(opened.documents).toBeInstanceOf(MemoryDocumentStore);
    expect(opened.saved).toBeNull();
    expect(opened.autosaveOff).toMatch(/did not answer within 0\.1 s\. Autosave is off/);
    await opened.documents.save('current', doc('kept in memory'));
    expect((await opened.documents.load('current'))?.files[0].text).toBe('kept in memory');
  });

  it('no IndexedDB at all, or one that fails to open: memory, with the reason', async () => {
    expect((await openStorage(null, CURRENT_DOCUMENT)).autosaveOff).toMatch(/IndexedDB is unavailable.*Autosave is off/);
    const broken = { open: () => {
      const request = {} as IDBOpenDBRequest & { onerror?: () => void };
      setTimeout(() => request.onerror?.(), 0);
      return request;
    } } as unknown as IDBFactory;
    const idb = new IndexedDbDocumentStore('broken', broken);
    const opened = await openStorage(idb, CURRENT_DOCUMENT, { ready: () => idb.ready() });
    expect(opened.documents).toBeInstanceOf(MemoryDocumentStore);
    expect(opened.autosaveOff).toMatch(/could not be opened/);
  });

  it('a working store opens with its saved document and autosave on', async () => {
    const store = new MemoryDocumentStore();
    await store.save(CURRENT_DOCUMENT, doc('saved'));
    const opened = await openStorage(store, CURRENT_DOCUMENT, { timeoutMs: 50 });
    expect(opened).toMatchObject({ documents: store, autosaveOff: null, saved: { files: [{ text: 'saved' }] } });
  });

  it('with autosave off nothing is written and nothing fails', async () => {
    const documents = new MemoryDocumentStore();
    const store = createDesignerStore({ files: [{ path: 'schema.prisma', text: 'model A {}\n' }] });
    const timers = manualTimers();
    const autosave = new Autosave({ store, documents, off: 'no storage', setTimer: timers.setTimer, clearTimer: timers.clearTimer });
    store.getState().setFiles([{ path: 'schema.prisma', text: 'model B {}\n' }]);
    timers.fire();
    autosave.flush();
    await settle();
    expect(await documents.keys()).toEqual([]);
  });
});

describe('the autosave-failure message (#10)', () => {
  it('says the reason and the advice once each, and is shown once until a save works again', async () => {
    const full = new Error('Could not autosave "current" (about 5.1 MB): the browser\'s storage for this site is full. Download the schema to keep your work, or free some space.');
    const message = autosaveFailureMessage(full);
    expect(message).toBe("Autosave failed: the browser's storage for this site is full. Download the schema to keep your work, or free some space. This message is shown once until autosave works again.");
    expect(message.match(/autosave/gi)).toHaveLength(2);
    expect(message.match(/Download the schema/g)).toHaveLength(1);
    expect(message).not.toContain('..');
    expect(autosaveFailureMessage(new Error('Could not autosave "current": UnknownError: disk.'))).toBe('Autosave failed: UnknownError: disk. Download the schema to keep your work. This message is shown once until autosave works again.');

    let failing = true;
    const inner = new MemoryDocumentStore();
    const documents: DocumentStore = { load: (id) => inner.load(id), remove: (id) => inner.remove(id), keys: () => inner.keys(), save: async (id, s) => (failing ? Promise.reject(full) : inner.save(id, s)) };
    const store = createDesignerStore({ files: [{ path: 'schema.prisma', text: 'model A {}\n' }] });
    const notices: string[] = [];
    store.subscribe((s, p) => s.notice !== p.notice && s.notice && notices.push(s.notice.text));
    const timers = manualTimers();
    new Autosave({ store, documents, setTimer: timers.setTimer, clearTimer: timers.clearTimer });
    for (let i = 0; i < 3; i++) {
      store.getState().setFiles([{ path: 'schema.prisma', text: `model A${i} {}\n` }]);
      timers.fire();
      await settle();
    }
    expect(notices).toEqual([message]);
    failing = false;
    store.getState().setFiles([{ path: 'schema.prisma', text: 'model Ok {}\n' }]);
    timers.fire();
    await settle();
    failing = true;
    store.getState().setFiles([{ path: 'schema.prisma', text: 'model Again {}\n' }]);
    timers.fire();
    await settle();
    expect(notices).toEqual([message, message]); // a new failure after a recovery is news
  });
});

import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MigrationBaseline } from '../export/baseline';
import type { DesignerState, DesignerStore } from '../store/designer-store';
import type { BackupHistory } from './backups';
import type { DocumentSnapshot, DocumentStore } from './document-store';
import { redactConnectionPasswords } from './redact';
import type { TabGuard } from './tab-guard';
import { settleAhead, writeAhead, type SyncStorage } from './write-ahead';

export const CURRENT_DOCUMENT = 'current';

/** The baseline as stored: schema texts lose connection-string passwords like the document does. */
function redactBaseline(b: MigrationBaseline): Record<string, unknown> {
  if (b.kind === 'opened' || b.kind === 'snapshot') return { ...b, files: b.files.map((f) => ({ path: f.path, text: redactConnectionPasswords(f.text) })) };
  return { ...b };
}

/** What is stored in the browser: the document, minus any password in a connection string. */
export function snapshotOf(s: DesignerState, now: number = Date.now()): DocumentSnapshot {
  return {
    files: s.files.map((f) => ({ path: f.path, text: redactConnectionPasswords(f.text) })),
    activeFile: s.activeFile,
    layout: s.layout,
    prismaVersion: s.prismaVersion,
    baselineNames: [...s.baselineNames],
    advisoryConfig: { ...s.advisoryConfig },
    migrationBaseline: redactBaseline(s.migrationBaseline),
    savedAt: now,
    ...(s.viewport ? { viewport: { ...s.viewport } } : {}),
  };
}

const ADVICE = 'Download the schema to keep your work';

/**
 * The one message for a failed autosave: the store's reason once, the advice once (the store's own
 * messages already start with "Could not autosave …" and may already carry the advice).
 */
export function autosaveFailureMessage(error: unknown): string {
  let reason = error instanceof Error ? error.message : String(error ?? 'unknown error');
  reason = reason.replace(/^Could not autosave "[^"]*"(?: \([^)]*\))?:\s*/, '').replace(/^Autosave failed:\s*/i, '').trim().replace(/\.+$/, '');
  const hasAdvice = /download the schema/i.test(reason);
  return `Autosave failed: ${reason || 'unknown error'}.${hasAdvice ? '' : ` ${ADVICE}.`} This message is shown once until autosave works again.`;
}

export interface AutosaveStatus {
  /** Why autosave is off entirely (no usable storage), or null. */
  off: string | null;
  /** True after the last save failed (reported once). */
  failing: boolean;
}

export interface AutosaveOptions {
  store: DesignerStore;
  documents: DocumentStore;
  delayMs?: number;
  /** The synchronous write-ahead copy for the moment the page goes away (localStorage), or null. */
  writeAheadStorage?: SyncStorage | null;
  /** Who owns the document among tabs; without it this tab always saves. */
  guard?: TabGuard | null;
  /** Where replaced documents go (a tab's unsaved text when another takes over, the other tab's text when taking over). */
  backups?: BackupHistory | null;
  /** Why autosave is off from the start (no storage), or null. */
  off?: string | null;
  /** While true nothing is saved: the document shown is not the user's own (an older version viewed read-only). */
  paused?: () => boolean;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (id: unknown) => void;
  now?: () => number;
}

/**
 * Saves the document shortly after every change; `flush` saves at once and also writes the
 * synchronous write-ahead copy (for pagehide/beforeunload/hidden, when an IndexedDB write may not
 * complete). Reports a failure once until a save works again. With a TabGuard it saves only while
 * this tab owns the document: when another tab takes over, unsaved changes go to the backups and
 * saving stops; `takeOver` keeps the other tab's saved text as a backup, then saves this tab's.
 */
export class Autosave {
  readonly status: StoreApi<AutosaveStatus>;
  private timer: unknown = null;
  /** Saves started and not yet settled. */
  private inFlight = 0;
  private readonly stops: Array<() => void> = [];
  private readonly setTimer: (fn: () => void, ms: number) => unknown;
  private readonly clearTimer: (id: unknown) => void;
  private readonly now: () => number;
  private lastSavedAt = 0;
  /** Changes seen, and the count the last successful save included: unsaved while they differ. */
  private changes = 0;
  private savedChanges = 0;

  constructor(private readonly options: AutosaveOptions) {
    this.status = createStore<AutosaveStatus>()(() => ({ off: options.off ?? null, failing: false }));
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
    this.now = options.now ?? Date.now;
    const { store, guard } = options;
    this.stops.push(
      store.subscribe((s, prev) => {
        if (s.files === prev.files && s.layout === prev.layout && s.prismaVersion === prev.prismaVersion && s.activeFile === prev.activeFile && s.advisoryConfig === prev.advisoryConfig && s.migrationBaseline === prev.migrationBaseline && s.viewport === prev.viewport) return;
        this.changes++;
        if (guard && !guard.owner) return;
        this.schedule();
      }),
    );
    if (guard) this.stops.push(guard.onDisplaced(() => void this.displaced()));
  }

  /** Who owns the document among tabs (null: this tab always does). */
  get guard(): TabGuard | null {
    return this.options.guard ?? null;
  }

  /** True while a change waits to be saved, a save has not settled, or the last save failed. */
  get pending(): boolean {
    return this.timer !== null || this.inFlight > 0 || this.savedChanges < this.changes;
  }

  /** Saves now if anything is unsaved, writing the synchronous copy first (the page may be going away). */
  flush(): void {
    if (!this.pending || !this.saving) return;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    const snapshot = this.snapshot();
    writeAhead(this.options.writeAheadStorage ?? null, snapshot);
    void this.save(snapshot);
  }

  /** Saves the current document now (e.g. after opening a write-ahead copy). */
  saveNow(): Promise<void> {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    return this.saving ? this.save(this.snapshot()) : Promise.resolve();
  }

  /**
   * This tab takes the document back: the text the other tab saved meanwhile is kept as a backup
   * (nothing is lost), then this tab claims and saves its own text.
   */
  async takeOver(): Promise<void> {
    const { documents, backups, guard } = this.options;
    const theirs = await documents.load(CURRENT_DOCUMENT);
    if (theirs && backups && !sameFiles(theirs, this.snapshot())) await backups.push(theirs).catch(() => undefined);
    guard?.claim();
    await this.saveNow();
  }

  stop(): void {
    this.flush();
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    for (const stop of this.stops.splice(0)) stop();
  }

  private get saving(): boolean {
    return this.status.getState().off === null && (!this.options.guard || this.options.guard.owner) && !this.options.paused?.();
  }

  private snapshot(): DocumentSnapshot {
    // Strictly increasing, so a write-ahead copy and the store's copy always compare by age.
    this.lastSavedAt = Math.max(this.now(), this.lastSavedAt + 1);
    return snapshotOf(this.options.store.getState(), this.lastSavedAt);
  }

  private schedule(): void {
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = this.setTimer(() => {
      this.timer = null;
      if (this.saving) void this.save(this.snapshot());
    }, this.options.delayMs ?? 150);
  }

  private async save(snapshot: DocumentSnapshot): Promise<void> {
    this.inFlight++;
    const changes = this.changes;
    try {
      await this.options.documents.save(CURRENT_DOCUMENT, snapshot);
      this.savedChanges = Math.max(this.savedChanges, changes);
      settleAhead(this.options.writeAheadStorage ?? null, snapshot.savedAt);
      if (this.status.getState().failing) this.status.setState({ failing: false });
    } catch (error) {
      // The store is failing: keep the synchronous copy now, not only when the page goes away.
      writeAhead(this.options.writeAheadStorage ?? null, snapshot);
      if (!this.status.getState().failing) {
        this.status.setState({ failing: true });
        this.options.store.getState().notify('error', autosaveFailureMessage(error));
      }
    } finally {
      this.inFlight--;
    }
  }

  /** Another tab took the document: stop saving, and keep what this tab had not saved yet as a backup. */
  private async displaced(): Promise<void> {
    const unsaved = this.pending;
    if (this.timer !== null) this.clearTimer(this.timer);
    this.timer = null;
    if (unsaved && this.options.backups) await this.options.backups.push(this.snapshot()).catch(() => undefined);
  }
}

function sameFiles(a: DocumentSnapshot, b: DocumentSnapshot): boolean {
  return a.files.length === b.files.length && a.files.every((f, i) => f.path === b.files[i].path && f.text === b.files[i].text);
}

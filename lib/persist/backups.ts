import type { DocumentSnapshot, DocumentStore } from './document-store';

/** The single backup slot of earlier versions; still listed (as the oldest entry) when present. */
export const LEGACY_PREVIOUS = 'previous';
const PREFIX = 'backup:';

/** One replaced document kept for "Restore…". */
export interface BackupEntry {
  /** The key it is stored under. */
  id: string;
  /** When it was replaced (`Date.now()`). */
  savedAt: number;
  /** What to call it in a list: the file and its first models. */
  name: string;
  /** Characters of text it holds. */
  chars: number;
}

export interface BackupLimits {
  /** How many replaced documents are kept. */
  max: number;
  /** Total characters of text kept across them; the oldest go first when over. */
  maxChars: number;
}

export const DEFAULT_BACKUP_LIMITS: BackupLimits = { max: 10, maxChars: 12 * 1024 * 1024 };

function charsOf(snapshot: Pick<DocumentSnapshot, 'files'>): number {
  return snapshot.files.reduce((n, f) => n + f.path.length + f.text.length, 0);
}

/** `backup:<savedAt>:<chars>:<n>`: ordering and sizes are known without reading the snapshots. */
function parseKey(key: string): { savedAt: number; chars: number } | null {
  const m = /^backup:(\d+):(\d+)(?::\d+)?$/.exec(key);
  return m ? { savedAt: Number(m[1]), chars: Number(m[2]) } : null;
}

/** A short human name for a document: its active file and the first few models. */
export function describeDocument(snapshot: Pick<DocumentSnapshot, 'files' | 'activeFile'>): string {
  const names: string[] = [];
  for (const file of snapshot.files) {
    for (const m of file.text.matchAll(/^[ \t]*(?:model|view|enum|type)[ \t]+([A-Za-z_][\w]*)[ \t]*\{/gm)) names.push(m[1]);
  }
  const shown = names.slice(0, 3).join(', ');
  const more = names.length > 3 ? ` +${names.length - 3}` : '';
  const files = snapshot.files.length > 1 ? ` (${snapshot.files.length} files)` : '';
  return `${snapshot.activeFile}${files}${names.length ? ` — ${shown}${more}` : ' — no models'}`;
}

/**
 * The documents replaced by opening another one (Open, Load example, Import SQL, Restore, a tab taking
 * over): newest first, at most `max` of them and at most `maxChars` of text in total, each its own
 * record in the document store so one large document never has to be rewritten to add another.
 */
export class BackupHistory {
  constructor(
    private readonly store: DocumentStore,
    private readonly limits: BackupLimits = DEFAULT_BACKUP_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  /** Keeps a replaced document, then drops the oldest beyond the limits. Identical to the newest: kept once. */
  async push(snapshot: DocumentSnapshot): Promise<void> {
    const chars = charsOf(snapshot);
    const entries = await this.entries();
    const newest = entries[0];
    if (newest && newest.chars === chars) {
      const stored = await this.store.load(newest.id);
      if (stored && sameText(stored, snapshot)) return;
    }
    if (chars > this.limits.maxChars) throw new Error(`The replaced document (${chars} characters) is larger than the backup history allows`);
    const savedAt = Math.max(this.now(), newest ? newest.savedAt + 1 : 0); // strictly newer, so the order is total
    let id = `${PREFIX}${savedAt}:${chars}`;
    for (let n = 1; entries.some((e) => e.id === id); n++) id = `${PREFIX}${savedAt}:${chars}:${n}`;
    await this.store.save(id, { ...snapshot, savedAt });
    await this.prune([{ id, savedAt, chars }, ...entries]);
  }

  /** The kept documents, newest first, with names for a list. */
  async list(): Promise<BackupEntry[]> {
    const out: BackupEntry[] = [];
    for (const e of await this.entries()) {
      const snapshot = await this.store.load(e.id);
      if (snapshot) out.push({ ...e, name: describeDocument(snapshot) });
    }
    return out;
  }

  /** One kept document, or null when it is gone. */
  load(id: string): Promise<DocumentSnapshot | null> {
    return id === LEGACY_PREVIOUS || parseKey(id) ? this.store.load(id) : Promise.resolve(null);
  }

  /** Ids, times and sizes, newest first; the legacy slot sorts by its own `savedAt`. */
  private async entries(): Promise<Array<{ id: string; savedAt: number; chars: number }>> {
    const keys = await this.store.keys();
    const entries: Array<{ id: string; savedAt: number; chars: number }> = [];
    for (const id of keys) {
      const parsed = parseKey(id);
      if (parsed) entries.push({ id, ...parsed });
    }
    if (keys.includes(LEGACY_PREVIOUS)) {
      const legacy = await this.store.load(LEGACY_PREVIOUS);
      if (legacy) entries.push({ id: LEGACY_PREVIOUS, savedAt: legacy.savedAt, chars: charsOf(legacy) });
    }
    return entries.sort((a, b) => b.savedAt - a.savedAt || (a.id < b.id ? 1 : -1));
  }

  private async prune(entries: Array<{ id: string; chars: number }>): Promise<void> {
    let total = 0;
    for (const [i, e] of entries.entries()) {
      total += e.chars;
      if (i >= this.limits.max || total > this.limits.maxChars) await this.store.remove(e.id).catch(() => undefined);
    }
  }
}

function sameText(a: Pick<DocumentSnapshot, 'files'>, b: Pick<DocumentSnapshot, 'files'>): boolean {
  return a.files.length === b.files.length && a.files.every((f, i) => f.path === b.files[i].path && f.text === b.files[i].text);
}

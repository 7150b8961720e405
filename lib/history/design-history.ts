/**
 * One undo history for the whole designer: text steps (typing, canvas edits, formatting) and layout
 * steps (a drag, an auto layout). Text is restored by the editor's own undo, so a text step records
 * each touched file's version before and after; a layout step records the positions it changed.
 */
export type Positions = Record<string, { x: number; y: number }>;

export interface FileVersions {
  before: number;
  after: number;
}

export type HistoryStep =
  | { kind: 'text'; files: Record<string, FileVersions>; typing: boolean; at: number }
  | { kind: 'layout'; before: Positions; after: Positions };

/** Typing pauses longer than this start a new step. */
export const TYPING_BURST_MS = 1200;
const LIMIT = 500;

export class DesignHistory {
  private done: HistoryStep[] = [];
  private undone: HistoryStep[] = [];

  /** A keystroke (or paste) in one file. Consecutive typing in the same file within a burst is one step. */
  recordTyping(path: string, versions: FileVersions, now: number): void {
    const top = this.done[this.done.length - 1];
    const same = top?.kind === 'text' && top.typing && Object.keys(top.files).length === 1 && top.files[path];
    if (same && now - top.at <= TYPING_BURST_MS && same.after === versions.before) {
      same.after = versions.after;
      top.at = now;
      this.undone = [];
      return;
    }
    this.push({ kind: 'text', files: { [path]: { ...versions } }, typing: true, at: now });
  }

  /** A canvas edit or a format: one step, across every file it touched. */
  recordEdit(files: Record<string, FileVersions>, now: number): void {
    if (!Object.keys(files).length) return;
    this.push({ kind: 'text', files: structuredClone(files), typing: false, at: now });
  }

  /** Nodes moved (a drag, an auto layout). Nothing is recorded when no position changed. */
  recordLayout(before: Positions, after: Positions): void {
    const changed = Object.keys(after).filter((k) => !before[k] || before[k].x !== after[k].x || before[k].y !== after[k].y);
    if (!changed.length) return;
    const b: Positions = {};
    const a: Positions = {};
    for (const k of changed) {
      if (before[k]) b[k] = { ...before[k] };
      a[k] = { ...after[k] };
    }
    this.push({ kind: 'layout', before: b, after: a });
  }

  /** The step to undo, moved to the redo list; null when there is none. */
  undo(): HistoryStep | null {
    const step = this.done.pop() ?? null;
    if (step) this.undone.push(step);
    return step;
  }

  redo(): HistoryStep | null {
    const step = this.undone.pop() ?? null;
    if (step) this.done.push(step);
    return step;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Another document was opened: its history starts empty. */
  clear(): void {
    this.done = [];
    this.undone = [];
  }

  private push(step: HistoryStep): void {
    this.done.push(step);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone = [];
  }
}

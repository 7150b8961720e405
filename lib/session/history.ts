import type { TextEdit } from '../text/edits';

/**
 * The session's one undo history: text (typing, commands, fixes, formatting) and layout (drags, auto
 * layout, a loaded layout file), built on inverse patches — no editor's undo stack is involved, so
 * the same history works with Monaco, without it (tests, CLI), and later with several authors.
 */
export type Positions = Record<string, { x: number; y: number }>;

/** One application of patches: the edits as applied, and the edits that take them back. */
export interface TextChange {
  edits: TextEdit[];
  inverse: TextEdit[];
}

export type StepKind = 'typing' | 'edit' | 'layout';

export interface HistoryStep {
  kind: StepKind;
  /** What the step did, in words ("Add field", "Typing", "Move Tag"). */
  label: string;
  /** Text changes in the order they were applied; undo applies their inverses backwards. */
  text: TextChange[];
  /** Positions before and after, for the nodes the step moved. */
  layout: { before: Positions; after: Positions } | null;
  /** Who made the step (a shared document keeps one history per author later). */
  author: string | null;
  /** The file a typing step is in: a burst never spans files. */
  path: string | null;
  /** When the step was last extended (ms). */
  at: number;
}

export interface HistorySnapshot {
  done: HistoryStep[];
  undone: HistoryStep[];
}

/** Typing pauses longer than this start a new step. */
export const TYPING_BURST_MS = 1200;
const LIMIT = 500;

export class SessionHistory {
  private done: HistoryStep[] = [];
  private undone: HistoryStep[] = [];
  /** While a group is open, everything recorded joins this step (a command, a drag with its push-apart). */
  private open: HistoryStep | null = null;
  private depth = 0;
  /** Set after undo/redo or an explicit break: the next keystroke starts a new step. */
  private sealed = false;

  /** Records one batch of keystrokes; a burst in one file, by one author, within TYPING_BURST_MS is one step. */
  recordTyping(path: string, change: TextChange, now: number, author: string | null = null): void {
    if (this.open) return void this.open.text.push(change);
    const top = this.done[this.done.length - 1];
    if (!this.sealed && top?.kind === 'typing' && top.path === path && top.author === author && now - top.at <= TYPING_BURST_MS) {
      top.text.push(change);
      top.at = now;
      this.undone = [];
      return;
    }
    this.push({ kind: 'typing', label: 'Typing', text: [change], layout: null, author, path, at: now });
  }

  /** Records an edit (a command, a fix, a format): one step, unless a group is open. */
  recordEdit(label: string, change: TextChange, now: number, author: string | null = null): void {
    if (this.open) return void this.open.text.push(change);
    this.push({ kind: 'edit', label, text: [change], layout: null, author, path: null, at: now });
  }

  /** Records moved nodes. Nothing is recorded when no position changed. */
  recordLayout(label: string, before: Positions, after: Positions, now: number, author: string | null = null): void {
    const changed = Object.keys(after).filter((k) => !before[k] || before[k].x !== after[k].x || before[k].y !== after[k].y);
    if (!changed.length) return;
    const b: Positions = {};
    const a: Positions = {};
    for (const k of changed) {
      if (before[k]) b[k] = { ...before[k] };
      a[k] = { ...after[k] };
    }
    if (this.open) {
      const layout = (this.open.layout ??= { before: {}, after: {} });
      for (const k of changed) {
        if (!(k in layout.before) && b[k]) layout.before[k] = b[k];
        layout.after[k] = a[k];
      }
      return;
    }
    this.push({ kind: 'layout', label, text: [], layout: { before: b, after: a }, author, path: null, at: now });
  }

  /**
   * Runs `fn` with everything it records joined into one step (nested groups join the outer one).
   * An empty group records nothing.
   */
  group<T>(label: string, now: number, fn: () => T, author: string | null = null): T {
    if (this.depth++ === 0) this.open = { kind: 'edit', label, text: [], layout: null, author, path: null, at: now };
    try {
      return fn();
    } finally {
      if (--this.depth === 0) {
        const step = this.open!;
        this.open = null;
        if (step.text.length || step.layout) this.push(step);
      }
    }
  }

  /** True inside `group`: what is recorded now joins the step being built. */
  get grouping(): boolean {
    return this.open !== null;
  }

  /** The next keystroke starts a new step (e.g. after a command ran, or focus moved). */
  seal(): void {
    this.sealed = true;
  }

  /** The step to undo, moved to the redo list; null when there is none. */
  undo(): HistoryStep | null {
    const step = this.done.pop() ?? null;
    if (step) this.undone.push(step);
    this.sealed = true;
    return step;
  }

  redo(): HistoryStep | null {
    const step = this.undone.pop() ?? null;
    if (step) this.done.push(step);
    this.sealed = true;
    return step;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Labels, oldest first, for tests and a future history list. */
  labels(): { done: string[]; undone: string[] } {
    return { done: this.done.map((s) => s.label), undone: this.undone.map((s) => s.label) };
  }

  /** The whole history, to put back after a detour through another document (a version viewed read-only). */
  snapshot(): HistorySnapshot {
    return { done: [...this.done], undone: [...this.undone] };
  }

  restore(snapshot: HistorySnapshot): void {
    this.done = [...snapshot.done];
    this.undone = [...snapshot.undone];
    this.sealed = true;
  }

  /** Another document was opened: its history starts empty. */
  clear(): void {
    this.done = [];
    this.undone = [];
    this.sealed = false;
  }

  private push(step: HistoryStep): void {
    this.done.push(step);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone = [];
    this.sealed = false;
  }
}

/** The edits that undo a step, in the order to apply them (each batch's inverse, last batch first). */
export function undoBatches(step: HistoryStep): TextEdit[][] {
  return step.text.map((c) => c.inverse).reverse();
}

/** The edits that redo a step, in order. */
export function redoBatches(step: HistoryStep): TextEdit[][] {
  return step.text.map((c) => c.edits);
}

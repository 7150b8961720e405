import type { AdvisoryWorkerClient } from '../advisories/worker-protocol';
import type { EngineWorkerClient } from '../export/engine-protocol';
import type { LayoutGraph } from '../layout/elk-layout';
import type { ImageExportOptions } from '../export/image-name';
import type { PrismaWorkerClient } from '../prisma/worker-protocol';
import type { TextEdit } from '../text/edits';

/**
 * How the session reaches what is not pure: the views that render it (ports the components implement
 * and attach while mounted) and the engines behind it (workers in the browser, in-process in tests).
 */

/** The text view (Monaco in the app). It renders the session's text; it never keeps its own truth. */
export interface EditorPort {
  /** Shows a file and selects a range (UTF-16 offsets). */
  reveal(path: string, start: number, end?: number): void;
  focus(): void;
  /** Puts the caret at an offset after an undo/redo, so the user sees what changed. */
  placeCaret?(path: string, offset: number): void;
}

/** The diagram's viewport. */
export interface ViewportPort {
  fitAll(): void;
  /** Centres a node unless it is already fully visible. */
  reveal(id: string): void;
  /** Centres a node. */
  center(id: string): void;
  /** Moves keyboard focus to a node. */
  focusNode?(id: string): void;
}

/** Draws the whole diagram as an image (the canvas in the app). */
export interface ImagePort {
  render(options: ImageExportOptions): Promise<{ bytes: Uint8Array; mime: string; width: number; height: number; scale: number }>;
}

export type PickKind = 'schema-files' | 'schema-folder' | 'layout' | 'advisory-config' | 'sql' | 'migrations-folder';

/** What only the app shell can do: file pickers, downloads, the clipboard, moving focus to a panel. */
export interface ShellPort {
  pick(kind: PickKind): void;
  download(name: string, mime: string, bytes: Uint8Array): void;
  writeClipboard?(text: string): Promise<void>;
  readClipboard?(): Promise<string>;
  focusPanel?(panel: 'advisories'): void;
  /** Opens the command palette. */
  openPalette?(): void;
  /** Moves focus to the next (or previous) pane: toolbar, editor, diagram, advisories. */
  focusPane?(backwards: boolean): void;
}

export interface Ports {
  editor: EditorPort;
  viewport: ViewportPort;
  image: ImagePort;
  shell: ShellPort;
}

/** Prisma's validator (prisma-schema-wasm): lint, format, completion… */
export type PrismaPort = Pick<PrismaWorkerClient, 'request' | 'lint'>;
/** The advisory rules, off the main thread in the app. */
export type AdvisoryPort = Pick<AdvisoryWorkerClient, 'run'>;
/** Prisma's schema engine and PGlite. */
export type EnginePort = Pick<EngineWorkerClient, 'request'>;
/** ELK or the quick layered layout. */
export interface LayoutEnginePort {
  layout(graph: LayoutGraph, engine: 'elk' | 'quick'): Promise<{ positions: Record<string, { x: number; y: number }> }>;
}

/** When derived work runs: once per animation frame in the browser, at once (or on demand) in tests. */
export interface Scheduler {
  frame(fn: () => void): () => void;
  later(fn: () => void, ms: number): () => void;
  now(): number;
}

export interface SessionEngines {
  prisma: PrismaPort;
  advisories?: AdvisoryPort;
  engine?: EnginePort;
  layout?: LayoutEnginePort;
  scheduler?: Scheduler;
}

/** Where a text change came from: `source` lets a view skip the changes it reported itself. */
export interface TextOrigin {
  kind: 'typing' | 'edit' | 'history' | 'remote';
  source?: unknown;
}

export interface TextChangeEvent {
  edits: readonly TextEdit[];
  origin: TextOrigin;
}

/** The scheduler a session uses when none is given: timers, and a frame of 16 ms. */
export const timerScheduler: Scheduler = {
  frame(fn) {
    const t = setTimeout(fn, 16);
    return () => clearTimeout(t);
  },
  later(fn, ms) {
    const t = setTimeout(fn, ms);
    return () => clearTimeout(t);
  },
  now: () => Date.now(),
};

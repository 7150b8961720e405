import { InProcessPrisma } from '../lib/prisma/in-process';
import type { SchemaFile } from '../lib/schema/document';
import type { ReviewService } from '../lib/review/service';
import { Session } from '../lib/session/session';
import type { EditorPort, PickKind, Scheduler, ShellPort, ViewportPort } from '../lib/session/ports';
import type { OpenDocument } from '../lib/store/designer-store';
import type { ArgValues, CommandOutcome } from '../lib/commands/types';
import type { TextEdit } from '../lib/text/edits';

/** Frames and timers that run when the test says: `frames()` runs the frame callbacks, `advance(ms)` the timers. */
export class ManualScheduler implements Scheduler {
  private time = 0;
  private frameQueue: Array<() => void> = [];
  private timers: Array<{ at: number; fn: () => void; live: boolean }> = [];

  frame(fn: () => void): () => void {
    const entry = { fn, live: true };
    this.frameQueue.push(() => entry.live && entry.fn());
    return () => void (entry.live = false);
  }

  later(fn: () => void, ms: number): () => void {
    const timer = { at: this.time + ms, fn, live: true };
    this.timers.push(timer);
    return () => void (timer.live = false);
  }

  now(): number {
    return this.time;
  }

  /** Runs queued frames (and frames they queue), as the browser would over the next few frames. */
  frames(): void {
    for (let i = 0; i < 10 && this.frameQueue.length; i++) for (const fn of this.frameQueue.splice(0)) fn();
  }

  advance(ms: number): void {
    this.time += ms;
    const due = this.timers.filter((t) => t.live && t.at <= this.time);
    this.timers = this.timers.filter((t) => t.live && t.at > this.time);
    for (const t of due) t.fn();
  }
}

/**
 * A session as the app builds it, in Node: Prisma in-process, a manual clock, and ports that record
 * what the views were asked to do. Tests type, run commands, undo and redo through it, the way
 * tldraw's TestEditor drives tldraw.
 */
export class TestSession extends Session {
  readonly clock: ManualScheduler;
  readonly downloads: Array<{ name: string; mime: string; bytes: Uint8Array }> = [];
  readonly picked: PickKind[] = [];
  readonly revealed: Array<{ path: string; start: number; end?: number }> = [];
  readonly viewportCalls: string[] = [];

  constructor(document: OpenDocument | SchemaFile[], options: { author?: string | null; backup?: () => Promise<void>; review?: ReviewService } = {}) {
    const clock = new ManualScheduler();
    super({
      document: Array.isArray(document) ? { files: document } : document,
      engines: { prisma: new InProcessPrisma(), scheduler: clock },
      author: options.author ?? null,
      backup: options.backup,
      review: options.review,
    });
    this.clock = clock;
    const shell: ShellPort = {
      pick: (kind) => void this.picked.push(kind),
      download: (name, mime, bytes) => void this.downloads.push({ name, mime, bytes }),
      writeClipboard: async (text) => void (this.clipboard = text),
      readClipboard: async () => this.clipboard,
    };
    const editor: EditorPort = { reveal: (path, start, end) => void this.revealed.push({ path, start, end }), focus: () => undefined };
    const viewport: ViewportPort = {
      fitAll: () => void this.viewportCalls.push('fitAll'),
      reveal: (id) => void this.viewportCalls.push(`reveal ${id}`),
      center: (id) => void this.viewportCalls.push(`center ${id}`),
    };
    this.attach('shell', shell);
    this.attach('editor', editor);
    this.attach('viewport', viewport);
  }

  /** The text of a file (the first by default). */
  text(path?: string): string {
    const files = this.files;
    return (path ? files.find((f) => f.path === path) : files[0])?.text ?? '';
  }

  /** Types `text` at an offset of a file, as keystrokes from the editor do (one patch per call). */
  typeAt(offset: number, text: string, path = this.files[0].path): void {
    this.type(path, [{ path, start: offset, end: offset, text }]);
  }

  /** Types at the end of a file. */
  typeAtEnd(text: string, path = this.files[0].path): void {
    this.typeAt(this.text(path).length, text, path);
  }

  /** Replaces a range as an editor would (selection + typing). */
  replace(start: number, end: number, text: string, path = this.files[0].path): void {
    this.type(path, [{ path, start, end, text } satisfies TextEdit]);
  }

  /** Runs a command and fails loudly when it is refused. */
  async must(id: string, args: ArgValues = {}): Promise<CommandOutcome> {
    const outcome = await this.run(id, args);
    if (!outcome.ok) throw new Error(`${id} refused: ${outcome.reason}`);
    return outcome;
  }

  /** Lets pending engine answers land (Prisma's lint) and runs due frames. */
  async settle(): Promise<void> {
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 0));
      this.clock.frames();
    }
  }
}

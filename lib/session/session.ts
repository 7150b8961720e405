import { createStore, type StoreApi } from 'zustand/vanilla';
import { indexAdvisories, type AdvisoryIndex } from '../diagram/advisory-index';
import { toDiagram, type DiagramGraph } from '../diagram/to-flow';
import { renameInLayout, type LayoutDocument } from '../layout/layout-document';
import { pushApart } from '../layout/push-apart';
import type { OpResult } from '../ops/shared';
import type { PrismaDiagnostic } from '../prisma/engine';
import type { ParsedSchema, SchemaFile } from '../schema/document';
import type { DmmfDatamodel } from '../schema/dmmf';
import { diagramModel, needsPrismaFallback } from '../schema/prisma-fallback';
import { createDesignerStore, type DesignerStore, type Notice, type OpenDocument } from '../store/designer-store';
import { applyEdits as applyToFiles, type TextEdit } from '../text/edits';
import { invertEdits } from '../text/invert';
import { ReviewService } from '../review/service';
import { startAnalysis } from './analysis';
import { redoBatches, SessionHistory, undoBatches, type HistoryStep, type Positions } from './history';
import { LayoutService } from './layout';
import type { EnginePort, Ports, PrismaPort, Scheduler, SessionEngines, TextChangeEvent, TextOrigin } from './ports';
import { timerScheduler } from './ports';
import { createViewStore, type ViewStore } from './view-store';
import type { ArgValues, CommandOutcome } from '../commands/types';
import { REGISTRY, type CommandRegistry } from '../commands/registry';

export interface SessionOptions {
  document: OpenDocument;
  engines: SessionEngines;
  /** Who edits through this session (history steps carry it). */
  author?: string | null;
  /** Keeps the replaced document before another one is opened ("Restore previous document"). */
  backup?: () => Promise<void>;
  /** A kept document: the newest backup without `id`, or the one listed by `backups` under `id`. */
  previous?: (id?: string) => Promise<OpenDocument | null>;
  /** The kept documents, newest first, for "Restore previous document". */
  backups?: () => Promise<BackupChoice[]>;
  /** The team-review side (share links, versions, comments); a default one talks to this page's server. */
  review?: ReviewService;
}

/** A replaced document kept for restoring: its id, when it was replaced, and a name for a list. */
/** A command that ran through `Session.run`. */
export interface CommandRunEvent {
  id: string;
  args: ArgValues;
  outcome: CommandOutcome;
}

export interface BackupChoice {
  id: string;
  savedAt: number;
  name: string;
}

const EMPTY_GRAPH: DiagramGraph = { nodes: [], edges: [], unplaced: [], grouping: { by: null, defaultSchema: 'public' } };

/**
 * One open document and everything that changes it, without React, Monaco or the DOM: it owns the
 * files' text (the only copy), layout, baseline, Prisma version and advisory config (in `store`),
 * applies every change as text patches, keeps the undo history of inverse patches, and runs commands.
 * Views attach ports (the editor, the diagram's viewport, the image renderer, the app shell) while
 * they are mounted. Tests drive it in Node exactly as the app does (test-support/session.ts).
 */
export class Session {
  readonly store: DesignerStore;
  readonly view: ViewStore = createViewStore();
  readonly graph: StoreApi<{ graph: DiagramGraph }> = createStore<{ graph: DiagramGraph }>()(() => ({ graph: EMPTY_GRAPH }));
  /** Advisories by model and relation, for the diagram's badges (empty while they are stale). */
  readonly advisoryIndex: StoreApi<AdvisoryIndex> = createStore<AdvisoryIndex>()(() => ({ models: new Map(), relations: new Map() }));
  readonly history = new SessionHistory();
  readonly layout: LayoutService;
  readonly commands: CommandRegistry = REGISTRY;
  readonly prisma: PrismaPort;
  readonly engine: EnginePort | undefined;
  readonly scheduler: Scheduler;
  readonly author: string | null;
  /** The last models copied here, for pasting when the system clipboard cannot be read. */
  clipboard = '';
  readonly backup: () => Promise<void>;
  readonly previousDocument: (id?: string) => Promise<OpenDocument | null>;
  readonly backups: () => Promise<BackupChoice[]>;
  /** Share links, versions and comments on the review server (idle until the user shares or opens a link). */
  readonly review: ReviewService;

  private readonly ports: Partial<Ports> = {};
  private readonly textListeners = new Set<(event: TextChangeEvent) => void>();
  private readonly runListeners = new Set<(event: CommandRunEvent) => void>();
  private readonly stops: Array<() => void> = [];
  private cancelDerive: (() => void) | null = null;

  constructor(options: SessionOptions) {
    const { engines } = options;
    this.store = createDesignerStore(options.document);
    this.prisma = engines.prisma;
    this.engine = engines.engine;
    this.scheduler = engines.scheduler ?? timerScheduler;
    this.author = options.author ?? null;
    this.backup = options.backup ?? (async () => undefined);
    this.previousDocument = options.previous ?? (async () => null);
    this.backups = options.backups ?? (async () => []);
    this.review = options.review ?? new ReviewService();
    this.stops.push(this.review.attach(this));
    this.layout = new LayoutService(this.store, this.graph, engines.layout, this.scheduler, () => this.ports.viewport ?? null);
    this.refreshGraph();
    this.stops.push(
      this.store.subscribe((s, prev) => {
        if (s.diagramParsed !== prev.diagramParsed || s.diagramModel !== prev.diagramModel || s.layout !== prev.layout) this.refreshGraph();
        if (s.diagnostics !== prev.diagnostics) this.fallBackToPrisma();
        if (s.openGeneration !== prev.openGeneration) this.history.clear();
        if (s.advisories !== prev.advisories || s.advisoriesStale !== prev.advisoriesStale) {
          this.advisoryIndex.setState(indexAdvisories(s.advisoriesStale ? [] : s.advisories.advisories, this.advisoryIndex.getState()), true);
        }
      }),
      startAnalysis(this.store, this.prisma, engines.advisories, this.scheduler),
    );
  }

  dispose(): void {
    this.cancelDerive?.();
    for (const stop of this.stops.splice(0)) stop();
    this.textListeners.clear();
    this.runListeners.clear();
  }

  // ── ports ───────────────────────────────────────────────────────────────────────────────────────

  /** A view lends the session a port while it is mounted; the returned function takes it back. */
  attach<K extends keyof Ports>(name: K, port: Ports[K]): () => void {
    this.ports[name] = port;
    return () => {
      if (this.ports[name] === port) delete this.ports[name];
    };
  }

  port<K extends keyof Ports>(name: K): Ports[K] | null {
    return (this.ports[name] as Ports[K] | undefined) ?? null;
  }

  // ── the document ────────────────────────────────────────────────────────────────────────────────

  get files(): SchemaFile[] {
    return this.store.getState().files;
  }

  /** The current parse, up to date with the text (re-parsed now if typing moved on since the last frame). */
  get parsed(): ParsedSchema {
    this.derive();
    return this.store.getState().parsed;
  }

  /** Brings the parse and the diagram up to the text now. */
  derive(): void {
    this.cancelDerive?.();
    this.cancelDerive = null;
    this.store.getState().derive();
  }

  /** Listens to every text change with its patches and origin (the editor view renders them). */
  onTextChange(listener: (event: TextChangeEvent) => void): () => void {
    this.textListeners.add(listener);
    return () => this.textListeners.delete(listener);
  }

  /**
   * Keystrokes from a text view: applied to the text at once (it is the truth), recorded as typing
   * (a burst is one undo step), and parsed once per frame however fast they come.
   */
  type(path: string, edits: readonly TextEdit[], source?: unknown): void {
    if (!edits.length || this.refuseEdit()) return;
    const withPath = edits.map((e) => ({ ...e, path }));
    const inverse = invertEdits(this.files, withPath);
    this.setText(applyToFiles(this.files, withPath), withPath, { kind: 'typing', source });
    this.history.recordTyping(path, { edits: withPath, inverse }, this.scheduler.now(), this.author);
    this.cancelDerive ??= this.scheduler.frame(() => {
      this.cancelDerive = null;
      this.store.getState().derive();
    });
  }

  /**
   * Applies patches as one undo step (or into the open group): canvas edits, fixes, formatting, a
   * plan step. The parse follows at once, so the next command sees the new text.
   */
  applyEdits(edits: readonly TextEdit[], label = 'Edit', origin: TextOrigin = { kind: 'edit' }): void {
    if (!edits.length) return;
    if (origin.kind !== 'remote' && this.refuseEdit()) return;
    this.derive();
    const inverse = invertEdits(this.files, edits);
    this.setText(applyToFiles(this.files, edits), edits, origin);
    if (origin.kind !== 'history' && origin.kind !== 'remote') this.history.recordEdit(label, { edits: [...edits], inverse }, this.scheduler.now(), this.author);
    this.derive();
  }

  private setText(files: SchemaFile[], edits: readonly TextEdit[], origin: TextOrigin): void {
    this.store.getState().setFiles(files);
    const event = { edits, origin };
    for (const listener of this.textListeners) listener(event);
  }

  /**
   * True (after saying why) when the document is read-only: a shared document opened with a View or
   * Comment link, or an older version opened from the history. Edits are then refused, like a change
   * Prisma would reject, and the text stays as it is.
   */
  private refuseEdit(): boolean {
    const reason = this.review.editRefusal();
    if (reason) this.notify('error', reason);
    return reason !== null;
  }

  /** Opens another document (its history starts empty). */
  openDocument(doc: OpenDocument): void {
    this.cancelDerive?.();
    this.cancelDerive = null;
    this.store.getState().openDocument(doc);
  }

  notify(kind: Notice['kind'], text: string, detail?: string): void {
    this.store.getState().notify(kind, text, detail);
  }

  // ── layout ──────────────────────────────────────────────────────────────────────────────────────

  /** Nodes moved (a drag that ended, positions the canvas already shows): one undo step. */
  recordMove(before: Positions, after: Positions, label = 'Move'): void {
    this.store.getState().setPositions(after);
    this.history.recordLayout(label, before, after, this.scheduler.now(), this.author);
  }

  /** Replaces the layout (e.g. a loaded layout file) as one undo step for the positions it changes. */
  replaceLayout(layout: LayoutDocument, label: string): void {
    const before = this.store.getState().layout.positions;
    this.history.recordLayout(label, before, layout.positions, this.scheduler.now(), this.author);
    this.store.getState().setLayout(layout);
  }

  /** Runs the whole-diagram layout as one undo step. */
  autoLayout(): Promise<void> {
    return this.layout.autoLayout((before, after) => this.history.recordLayout('Auto layout', before, after, this.scheduler.now(), this.author));
  }

  // ── history ─────────────────────────────────────────────────────────────────────────────────────

  /** Undoes the last step, text or layout, wherever the focus is. */
  undo(): HistoryStep | null {
    this.derive();
    const step = this.history.undo();
    if (step) this.replay(step, 'undo');
    return step;
  }

  redo(): HistoryStep | null {
    this.derive();
    const step = this.history.redo();
    if (step) this.replay(step, 'redo');
    return step;
  }

  private replay(step: HistoryStep, direction: 'undo' | 'redo'): void {
    const batches = direction === 'undo' ? undoBatches(step) : redoBatches(step);
    let last: TextEdit | null = null;
    for (const edits of batches) {
      if (!edits.length) continue;
      this.setText(applyToFiles(this.files, edits), edits, { kind: 'history' });
      last = edits.reduce((a, b) => (b.start >= a.start ? b : a));
    }
    this.derive();
    if (step.layout) {
      const positions = direction === 'undo' ? step.layout.before : step.layout.after;
      if (Object.keys(positions).length) this.store.getState().setPositions(positions);
    }
    if (last) {
      if (last.path !== this.store.getState().activeFile && step.kind === 'typing') this.store.getState().setActiveFile(last.path);
      this.ports.editor?.placeCaret?.(last.path, last.start + last.text.length);
    }
  }

  // ── commands ────────────────────────────────────────────────────────────────────────────────────

  /** Runs a command with complete arguments: the one path for toolbar, menus, shortcuts, palette, tests and the CLI. */
  async run(id: string, args: ArgValues = {}): Promise<CommandOutcome> {
    const command = this.commands.get(id);
    if (!command) return { ok: false, reason: `Unknown command ${id}` };
    this.derive();
    const blocked = command.when?.(this, args);
    if (blocked) return { ok: false, reason: blocked };
    const outcome = await command.run(this, args);
    this.history.seal();
    for (const listener of this.runListeners) listener({ id, args, outcome });
    return outcome;
  }

  /** Listens to every command run through `run`, with its arguments and outcome (comment threads follow renames). */
  onCommandRun(listener: (event: CommandRunEvent) => void): () => void {
    this.runListeners.add(listener);
    return () => this.runListeners.delete(listener);
  }

  /**
   * Applies an op's patches as one undo step, behind Prisma's safety net: refused when Prisma would
   * report a new error, or when the text changed while it was being checked.
   */
  async commit(result: OpResult, label: string, options: { addedModel?: string | null; checkWithPrisma?: boolean } = {}): Promise<CommandOutcome> {
    if (!result.ok) return result;
    const readOnly = this.review.editRefusal();
    if (readOnly) return { ok: false, reason: readOnly };
    const revision = this.store.getState().revision;
    const filesBefore = this.files;
    if (options.checkWithPrisma !== false) {
      const rejected = await this.newPrismaErrors(result.edits);
      if (rejected) return { ok: false, reason: `Prisma would reject this change: ${rejected}` };
      this.derive();
      if (this.store.getState().revision !== revision || this.files !== filesBefore) return { ok: false, reason: 'The schema changed meanwhile; please try again' };
    }
    const renamed = result.renamed;
    this.history.group(label, this.scheduler.now(), () => {
      this.applyEdits(result.edits, label);
      if (renamed) {
        const layout = this.store.getState().layout;
        const next = renameInLayout(layout, renamed.from, renamed.to);
        if (next !== layout) this.store.getState().setLayout(next);
      }
    }, this.author);
    if (options.addedModel) this.layout.revealWhenPlaced(options.addedModel);
    if (result.message) this.notify('info', result.message);
    return { ok: true, message: result.message };
  }

  /** Lints files without touching the document (to check a change before applying it). */
  lintFiles(files: SchemaFile[] = this.files): Promise<PrismaDiagnostic[]> {
    return this.prisma.request<PrismaDiagnostic[]>({ type: 'lint', version: this.store.getState().prismaVersion, files });
  }

  /** The first Prisma error the edits would add, or null. A safety net behind the ops' own checks. */
  private async newPrismaErrors(edits: readonly TextEdit[]): Promise<string | null> {
    try {
      const files = this.files;
      const [before, after] = await Promise.all([this.lintFiles(files), this.lintFiles(applyToFiles(files, edits))]);
      const known = new Map<string, number>();
      for (const d of before) if (d.severity === 'error') known.set(d.message, (known.get(d.message) ?? 0) + 1);
      for (const d of after) {
        if (d.severity !== 'error') continue;
        const n = known.get(d.message) ?? 0;
        if (n === 0) return d.message;
        known.set(d.message, n - 1);
      }
      return null;
    } catch {
      return null; // the validator is unavailable: the ops' own checks still apply
    }
  }

  /**
   * Never pause on valid text: when our scanner reports problems but Prisma reports no error for the
   * current text, the diagram is built from Prisma's datamodel (lib/schema/prisma-fallback.ts).
   */
  private fallBackToPrisma(): void {
    const s = this.store.getState();
    if (s.diagnosticsRevision !== s.revision || s.textAhead) return;
    const errors = s.diagnostics.filter((d) => d.severity === 'error').length;
    if (!needsPrismaFallback(s.parsed, errors)) return;
    const { revision, parsed, files, prismaVersion } = s;
    void this.prisma
      .request<DmmfDatamodel | null>({ type: 'datamodel', version: prismaVersion, files })
      .then((datamodel) => {
        const { fallback } = diagramModel(parsed, errors, () => datamodel);
        if (fallback && this.store.getState().parsed === parsed) this.store.getState().setDiagramFallback(revision, fallback);
      })
      .catch(() => undefined); // without Prisma's datamodel the diagram pauses as before
  }

  private refreshGraph(): void {
    const s = this.store.getState();
    const previous = this.graph.getState().graph;
    const graph = toDiagram(s.diagramParsed, s.diagramModel, s.layout, previous);
    this.graph.setState({ graph });
    if (graph.unplaced.length) this.layout.placeUnplaced(graph);
    this.makeRoom(previous, graph);
  }

  /**
   * Nodes never grow into their neighbours: when a node gets taller or wider (a field added, a node
   * expanded), the nodes in its way move, nothing else does. Inside a command it is part of the
   * command's undo step.
   */
  private makeRoom(previous: DiagramGraph, graph: DiagramGraph): void {
    const before = new Map(previous.nodes.map((n) => [n.id, n]));
    const grown = graph.nodes.filter((n) => {
      const p = before.get(n.id);
      return p && (n.height > p.height || n.width > p.width);
    });
    if (!grown.length) return;
    const boxes = Object.fromEntries(graph.nodes.map((n) => [n.id, { x: n.position.x, y: n.position.y, width: n.width, height: n.height }]));
    const moved = pushApart(boxes, grown.map((n) => n.id));
    if (!Object.keys(moved).length) return;
    if (this.history.grouping) this.history.recordLayout('Make room', this.store.getState().layout.positions, moved, this.scheduler.now(), this.author);
    // Not inside the store update that is running now.
    queueMicrotask(() => this.store.getState().setPositions(moved));
  }
}

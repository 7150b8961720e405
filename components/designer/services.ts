import { COMMANDS, type ArgValues, type CommandId } from '@/lib/commands/catalog';
import { runEditCommand } from '@/lib/commands/run-edit';
import { fixAdvisory } from '@/lib/advisories/run';
import type { OpResult } from '@/lib/ops/shared';
import { indexAdvisories, type AdvisoryIndex } from '@/lib/diagram/advisory-index';
import { AdvisoryWorkerClient } from '@/lib/advisories/worker-protocol';
import { EngineWorkerClient } from '@/lib/export/engine-protocol';
import { baselineFiles } from '@/lib/export/migration-request';
import { applyOpCalls, fixMigration, type OpCall } from '@/lib/advisories/migration';
import type { MigrationAdvisory } from '@/lib/advisories/migration/types';
import { parseSchema } from '@/lib/schema/document';
import { toDiagram, type DiagramGraph } from '@/lib/diagram/to-flow';
import { DesignHistory, type HistoryStep } from '@/lib/history/design-history';
import { renameInLayout } from '@/lib/layout/layout-document';
import type { PrismaDiagnostic } from '@/lib/prisma/engine';
import { PrismaWorkerClient } from '@/lib/prisma/worker-protocol';
import type { DesignerStore } from '@/lib/store/designer-store';
import { applyEdits, type TextEdit } from '@/lib/text/edits';
import { createStore } from 'zustand/vanilla';
import { createUiStore } from '../commands/ui-store';
import { editorBridge } from '../schema-editor/editor-bridge';
import { LayoutService } from '../diagram/layout-service';

export type CommandOutcome = { ok: true; message?: string } | { ok: false; reason: string };

/** Handlers for commands that are not schema edits (files, layout, formatting…), registered by the app. */
export type UiCommandHandler = (args: ArgValues) => Promise<CommandOutcome> | CommandOutcome;

/**
 * Everything behind the designer's UI that is not rendering: the Prisma worker, derived diagram graph,
 * layout, and the single dispatch path every command goes through.
 */
export class DesignerServices {
  readonly ui = createUiStore();
  readonly graph = createStore<{ graph: DiagramGraph }>()(() => ({ graph: { nodes: [], edges: [], unplaced: [], grouping: { by: null, defaultSchema: 'public' } } }));
  /** Advisories by model and relation, for the diagram's badges (empty while they are stale). */
  readonly advisoryIndex = createStore<AdvisoryIndex>()(() => ({ models: new Map(), relations: new Map() }));
  readonly prisma: PrismaWorkerClient;
  readonly layout: LayoutService;
  /** One undo history across text and canvas (see lib/history). */
  readonly history = new DesignHistory();
  /** The last models copied here, for pasting when the system clipboard cannot be read. */
  clipboard = '';
  private readonly handlers = new Map<CommandId, UiCommandHandler>();
  private readonly unsubscribers: Array<() => void> = [];

  private readonly advisoryWorker: AdvisoryWorkerClient;
  /** Prisma's schema engine (migrations, introspection) and PGlite, loaded on first use. */
  readonly engine: EngineWorkerClient;

  constructor(readonly store: DesignerStore, prismaWorker: Worker, layoutWorker: Worker, advisoryWorker: Worker, engineWorker: Worker) {
    this.engine = new EngineWorkerClient(engineWorker);
    this.prisma = new PrismaWorkerClient(prismaWorker);
    this.advisoryWorker = new AdvisoryWorkerClient(advisoryWorker);
    this.layout = new LayoutService(store, this.graph, layoutWorker);
    this.refreshGraph();
    this.unsubscribers.push(
      store.subscribe((s, prev) => {
        if (s.diagramParsed !== prev.diagramParsed || s.layout !== prev.layout) this.refreshGraph();
        if (s.revision !== prev.revision || s.prismaVersion !== prev.prismaVersion) this.lint();
        if (s.openGeneration !== prev.openGeneration) this.history.clear();
        if (s.diagnostics !== prev.diagnostics || s.advisoryConfig !== prev.advisoryConfig || s.migrationBaseline !== prev.migrationBaseline) this.runAdvisories();
        if (s.advisories !== prev.advisories || s.advisoriesStale !== prev.advisoriesStale) {
          this.advisoryIndex.setState(indexAdvisories(s.advisoriesStale ? [] : s.advisories.advisories, this.advisoryIndex.getState()), true);
        }
      }),
    );
    this.lint();
  }

  dispose(): void {
    for (const u of this.unsubscribers) u();
  }

  private refreshGraph(): void {
    const s = this.store.getState();
    const graph = toDiagram(s.diagramParsed, s.diagramModel, s.layout, this.graph.getState().graph);
    this.graph.setState({ graph });
    if (graph.unplaced.length) this.layout.placeUnplaced(graph);
  }

  private lint(): void {
    const s = this.store.getState();
    this.prisma.lint(s.prismaVersion, s.files, s.revision, (revision, result, error) => {
      const now = this.store.getState();
      if (error) now.setEngineError(error);
      else if (revision <= now.revision) now.setDiagnostics(revision, result as PrismaDiagnostic[]);
    });
  }

  private advisoryTimer: ReturnType<typeof setTimeout> | null = null;

  /**
   * Runs the advisory rules in their worker once Prisma has accepted the current text, after typing
   * pauses (250 ms): on two cores a rule run per keystroke would compete with the editor and diagram.
   */
  private runAdvisories(): void {
    if (this.advisoryTimer) clearTimeout(this.advisoryTimer);
    this.advisoryTimer = setTimeout(() => {
      this.advisoryTimer = null;
      this.runAdvisoriesNow();
    }, 250);
  }

  private runAdvisoriesNow(): void {
    const s = this.store.getState();
    const valid = s.diagnosticsRevision === s.revision && !s.diagnostics.some((d) => d.severity === 'error') && s.parsed.model.problems.length === 0;
    if (!valid) return;
    const revision = s.revision;
    const migrationBaseline = baselineFiles(s.migrationBaseline);
    this.advisoryWorker.run({ files: s.files, config: s.advisoryConfig, prisma: s.diagnostics, baseline: [...s.baselineNames], migrationBaseline }, (response) => {
      if (response.ok) this.store.getState().setAdvisories(revision, response.run);
      else if (response.error !== 'superseded') this.store.getState().notify('error', `The advisory rules failed: ${response.error}`);
    });
  }

  /** Lints files without touching the store (used to check a change before applying it). */
  lintFiles(files = this.store.getState().files): Promise<PrismaDiagnostic[]> {
    return this.prisma.request<PrismaDiagnostic[]>({ type: 'lint', version: this.store.getState().prismaVersion, files });
  }

  registerHandler(id: CommandId, handler: UiCommandHandler): () => void {
    this.handlers.set(id, handler);
    return () => {
      if (this.handlers.get(id) === handler) this.handlers.delete(id);
    };
  }

  /** Runs a command with complete arguments: the one path for toolbar, menus, shortcuts, palette and tests. */
  async run(id: CommandId, args: ArgValues = {}): Promise<CommandOutcome> {
    const handler = this.handlers.get(id);
    if (handler) return handler(args);
    if (!COMMANDS.some((c) => c.id === id)) return { ok: false, reason: `Unknown command ${id}` };
    return this.runEdit(id, args);
  }

  private async runEdit(id: CommandId, args: ArgValues): Promise<CommandOutcome> {
    editorBridge()?.flush();
    const s = this.store.getState();
    const problem = s.parsed.model.problems[0];
    if (problem) return { ok: false, reason: `Fix the schema first: ${problem.message}` };
    const result = runEditCommand(id, s.parsed, args);
    if (!result.ok) return result;
    return this.commit(s.revision, result, id === 'add-model' && typeof args.name === 'string' ? args.name.trim() : null);
  }

  /**
   * Applies an advisory's fix (found by its key in the current results) through the same path as a
   * canvas edit: Prisma's safety net, one undo step, the editor's text patched in place.
   */
  async fixAdvisory(key: string): Promise<CommandOutcome> {
    editorBridge()?.flush();
    const s = this.store.getState();
    if (s.advisoriesStale) return { ok: false, reason: 'Fix the schema errors first: the advisories are from an earlier text' };
    const advisory = s.advisories.advisories.find((a) => a.key === key);
    if (!advisory) return { ok: false, reason: 'That advisory is gone (the schema changed)' };
    const baseline = baselineFiles(s.migrationBaseline);
    const result =
      advisory.category === 'migration-safety'
        ? baseline
          ? fixMigration(parseSchema(baseline), s.parsed, advisory as MigrationAdvisory, s.advisoryConfig)
          : { ok: false as const, reason: 'The migration baseline has no schema to compare with' }
        : fixAdvisory(s.parsed, advisory, s.advisoryConfig);
    if (!result.ok) return result;
    return this.commit(s.revision, { ...result, message: result.message || `Fixed: ${advisory.fixLabel}` }, null);
  }

  /**
   * Turns the schema into one step of a safer multi-step migration (a plan's op calls applied to the
   * current text, one undo step), so that step can be exported as a migration of its own.
   */
  async applyPlanStep(calls: readonly OpCall[], title: string): Promise<CommandOutcome> {
    editorBridge()?.flush();
    const s = this.store.getState();
    const result = applyOpCalls(s.parsed, calls);
    if (!result.ok) return result;
    return this.commit(s.revision, { ...result, message: `Schema set to the step “${title}”: export it as its own migration, then Set baseline → current schema and undo (Ctrl+Z) for the next step` }, null);
  }

  private async commit(revision: number, result: Extract<OpResult, { ok: true }>, addedModel: string | null): Promise<CommandOutcome> {
    const rejected = await this.newPrismaErrors(result.edits);
    if (rejected) return { ok: false, reason: `Prisma would reject this change: ${rejected}` };
    if (this.store.getState().revision !== revision) return { ok: false, reason: 'The schema changed meanwhile; please try again' };
    this.applyEdits(result.edits);
    if (result.renamed) this.store.getState().setLayout(renameInLayout(this.store.getState().layout, result.renamed.from, result.renamed.to));
    if (addedModel) this.layout.revealWhenPlaced(addedModel);
    if (result.message) this.store.getState().notify('info', result.message);
    return { ok: true, message: result.message };
  }

  /** The first Prisma error the edits would add, or null. A safety net behind the ops' own checks. */
  private async newPrismaErrors(edits: readonly TextEdit[]): Promise<string | null> {
    try {
      const files = this.store.getState().files;
      const [before, after] = await Promise.all([this.lintFiles(files), this.lintFiles(applyEdits(files, edits))]);
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

  /** Applies patches through the editor (one undo step) or, before it has mounted, to the store. */
  applyEdits(edits: readonly TextEdit[]): void {
    if (!edits.length) return;
    const bridge = editorBridge();
    if (bridge) bridge.apply(edits);
    else this.store.getState().applyEditsToFiles(edits);
  }

  /** Undoes the last step, text or layout, wherever the focus is. */
  undo(): void {
    editorBridge()?.flush();
    const step = this.history.undo();
    if (step) this.replay(step, 'undo');
  }

  redo(): void {
    editorBridge()?.flush();
    const step = this.history.redo();
    if (step) this.replay(step, 'redo');
  }

  private replay(step: HistoryStep, direction: 'undo' | 'redo'): void {
    if (step.kind === 'layout') {
      const positions = direction === 'undo' ? step.before : step.after;
      if (Object.keys(positions).length) this.store.getState().setPositions(positions);
      return;
    }
    editorBridge()?.replay(step.files, direction);
  }
}

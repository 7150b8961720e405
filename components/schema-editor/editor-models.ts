import type { PrismaDiagnostic } from '@/lib/prisma/engine';
import { diffToEdit, editsByPath, type TextEdit } from '@/lib/text/edits';
import type { DesignerServices } from '../designer/services';
import { TYPING_BURST_MS, type FileVersions } from '@/lib/history/design-history';
import type { EditorBridge } from './editor-bridge';
import { monaco } from './monaco-setup';
import { ADVISORY_OWNER, advisoryMarkers } from './advisory-actions';

type Editor = ReturnType<typeof monaco.editor.create>;
type TextModel = NonNullable<ReturnType<Editor['getModel']>>;

export function uriFor(path: string) {
  return monaco.Uri.parse(`file:///${path.replace(/^\/+/, '')}`);
}

/**
 * Auto-closing `{` and indenting after Enter read the tokens of the cursor's line. Monaco tokenizes
 * in the background, so fast typing (a paste-like burst, or an automated test) could outrun it and
 * lose the `}`; tokenizing up to the edited line right after each change keeps them in step. Cheap:
 * only lines invalidated by the edit are tokenized. (`tokenization` is public at runtime but missing
 * from the published types.)
 */
function tokenizeThrough(model: TextModel, line: number): void {
  (model as unknown as { tokenization?: { forceTokenization?(line: number): void } }).tokenization?.forceTokenization?.(line);
}

/**
 * Tokenizes a new model ahead, a slice of lines per idle period, so typing anywhere finds its line
 * tokenized, without one long task that freezes the page while a large schema opens.
 */
function tokenizeWhenIdle(model: TextModel, from = 0): void {
  const idle = (cb: () => void) => ('requestIdleCallback' in window ? window.requestIdleCallback(cb, { timeout: 1000 }) : setTimeout(cb, 50));
  idle(() => {
    if (model.isDisposed()) return;
    const to = Math.min(from + 250, model.getLineCount());
    tokenizeThrough(model, to);
    if (to < model.getLineCount()) tokenizeWhenIdle(model, to);
  });
}

/**
 * One Monaco model per schema file, kept in step with the store: typing flows into the store, canvas
 * patches flow into the models as undoable edit operations, Prisma's diagnostics become markers.
 */
export class EditorModels {
  private models = new Map<string, TextModel>();
  private viewStates = new Map<string, ReturnType<Editor['saveViewState']>>();
  private subscriptions: Array<{ dispose(): void }> = [];
  private unsubscribe: Array<() => void> = [];
  /** True while we apply a canvas patch: its change events are reported to the store in one batch. */
  private applying = false;
  /** True while a history step is replayed: those changes are not new steps. */
  private replaying = false;
  /** Each model's version after the last change we saw, so a step knows where it started. */
  private versions = new Map<string, number>();
  private idleStop: ReturnType<typeof setTimeout> | null = null;
  private typed = new Map<string, TextModel>();
  private typingFrame: number | null = null;
  private generation = -1;

  constructor(
    private readonly services: DesignerServices,
    private readonly editor: Editor,
  ) {
    const store = services.store;
    this.syncModels();
    // Ctrl+Z in the editor uses the designer's one history, so it also undoes canvas moves in order.
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyZ, () => services.undo());
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyZ, () => services.redo());
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyY, () => services.redo());
    // Autosave flushes on pagehide too: the last keys must be in the store by then.
    const flush = () => this.flushTyping();
    window.addEventListener('pagehide', flush, true);
    document.addEventListener('visibilitychange', flush, true);
    this.unsubscribe.push(() => {
      window.removeEventListener('pagehide', flush, true);
      document.removeEventListener('visibilitychange', flush, true);
    });
    this.unsubscribe.push(
      store.subscribe((s, prev) => {
        if (s.openGeneration !== prev.openGeneration) this.syncModels();
        else if (s.files !== prev.files) this.pullExternalChanges();
        if (s.activeFile !== prev.activeFile) this.showActive();
        if (s.diagnostics !== prev.diagnostics || s.advisories !== prev.advisories || s.advisoriesStale !== prev.advisoriesStale) this.setMarkers(s.diagnostics);
      }),
    );
  }

  /** Recreates the models after another document was opened. */
  private syncModels(): void {
    const s = this.services.store.getState();
    if (this.generation === s.openGeneration && this.models.size) return;
    this.generation = s.openGeneration;
    this.disposeModels();
    for (const f of s.files) {
      const existing = monaco.editor.getModel(uriFor(f.path));
      existing?.dispose();
      const model = monaco.editor.createModel(f.text, 'prisma', uriFor(f.path));
      tokenizeWhenIdle(model);
      this.models.set(f.path, model);
      this.versions.set(f.path, model.getAlternativeVersionId());
      this.subscriptions.push(
        model.onDidChangeContent((e) => {
          const last = Math.max(...e.changes.map((c) => c.range.startLineNumber + c.text.split('\n').length - 1));
          tokenizeThrough(model, Math.min(last + 1, model.getLineCount()));
          if (this.applying || this.replaying) return;
          const before = this.versions.get(f.path) ?? -1;
          const after = model.getAlternativeVersionId();
          this.versions.set(f.path, after);
          this.services.history.recordTyping(f.path, { before, after }, Date.now());
          this.scheduleStop(model);
          this.queueTyping(f.path, model);
        }),
      );
    }
    this.showActive();
    this.setMarkers(s.diagnostics);
  }

  /** Text changed in the store without going through the editor (e.g. before it mounted): patch the model. */
  private pullExternalChanges(): void {
    if (this.applying || this.replaying) return;
    const versions: Record<string, FileVersions> = {};
    this.applying = true;
    try {
      for (const f of this.services.store.getState().files) {
        const model = this.models.get(f.path);
        if (!model) continue;
        const edit = diffToEdit(f.path, model.getValue(), f.text);
        if (!edit) continue;
        const before = model.getAlternativeVersionId();
        this.pushEdits(model, [edit]);
        versions[f.path] = { before, after: model.getAlternativeVersionId() };
        this.versions.set(f.path, versions[f.path].after);
      }
    } finally {
      this.applying = false;
    }
    this.services.history.recordEdit(versions, Date.now());
  }

  private showActive(): void {
    const { activeFile } = this.services.store.getState();
    const model = this.models.get(activeFile);
    if (!model || this.editor.getModel() === model) return;
    const current = this.editor.getModel();
    if (current) this.viewStates.set(current.uri.path.slice(1), this.editor.saveViewState());
    this.editor.setModel(model);
    const state = this.viewStates.get(activeFile);
    if (state) this.editor.restoreViewState(state);
  }

  /** Prisma's diagnostics (minus the warnings an advisory escalates) and, while the text is valid, the advisories. */
  private setMarkers(diagnostics: readonly PrismaDiagnostic[]): void {
    const s = this.services.store.getState();
    const merged = new Set(s.advisories.mergedPrisma.map((d) => `${d.path}:${d.start}:${d.end}:${d.message}`));
    for (const [path, model] of this.models) {
      monaco.editor.setModelMarkers(model, ADVISORY_OWNER, s.advisoriesStale ? [] : advisoryMarkers(model, s.advisories.advisories.filter((a) => a.span.path === path)));
      const markers = diagnostics
        .filter((d) => d.path === path && !merged.has(`${d.path}:${d.start}:${d.end}:${d.message}`))
        .map((d) => {
          const start = model.getPositionAt(d.start);
          const end = model.getPositionAt(Math.max(d.end, d.start + 1));
          return {
            severity: d.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
            message: d.message,
            source: 'Prisma',
            startLineNumber: start.lineNumber,
            startColumn: start.column,
            endLineNumber: end.lineNumber,
            endColumn: end.column,
          };
        });
      monaco.editor.setModelMarkers(model, 'prisma', markers);
    }
  }

  /**
   * Typing reaches the store (and so the parser and the diagram) once per animation frame with the
   * latest text, however fast the keys come: a burst or a paste never queues up a parse per key.
   */
  private queueTyping(path: string, model: TextModel): void {
    this.typed.set(path, model);
    if (this.typingFrame !== null) return;
    this.typingFrame = requestAnimationFrame(() => this.flushTyping());
  }

  /** Hands pending typing to the store now (before a canvas edit, undo or a command reads it). */
  flushTyping(): void {
    if (this.typingFrame !== null) cancelAnimationFrame(this.typingFrame);
    this.typingFrame = null;
    if (!this.typed.size) return;
    const texts: Record<string, string> = {};
    for (const [path, model] of this.typed) if (!model.isDisposed()) texts[path] = model.getValue();
    this.typed.clear();
    const paths = Object.keys(texts);
    if (paths.length === 1) this.services.store.getState().setFileText(paths[0], texts[paths[0]]);
    else if (paths.length) this.services.store.getState().setFileTexts(texts);
  }

  /**
   * After a pause in typing, close Monaco's undo group, so a later burst (a new history step) never
   * shares a group with this one and undo stops exactly where the step began.
   */
  private scheduleStop(model: TextModel): void {
    if (this.idleStop) clearTimeout(this.idleStop);
    this.idleStop = setTimeout(() => {
      this.idleStop = null;
      if (!model.isDisposed()) model.pushStackElement();
    }, TYPING_BURST_MS);
  }

  private pushEdits(model: TextModel, edits: readonly TextEdit[]): void {
    const ops = edits.map((e) => {
      const start = model.getPositionAt(e.start);
      const end = model.getPositionAt(e.end);
      return { range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: e.text, forceMoveMarkers: true };
    });
    const selections = this.editor.getModel() === model ? this.editor.getSelections() : null;
    model.pushStackElement();
    model.pushEditOperations(selections, ops, () => selections);
    model.pushStackElement();
  }

  bridge(): EditorBridge {
    return {
      apply: (edits) => {
        this.flushTyping();
        const byPath = editsByPath(edits);
        const texts: Record<string, string> = {};
        const versions: Record<string, FileVersions> = {};
        this.applying = true;
        try {
          for (const [path, list] of byPath) {
            const model = this.models.get(path);
            if (!model) continue;
            const before = model.getAlternativeVersionId();
            this.pushEdits(model, list);
            const after = model.getAlternativeVersionId();
            this.versions.set(path, after);
            versions[path] = { before, after };
            texts[path] = model.getValue();
          }
        } finally {
          this.applying = false;
        }
        this.services.history.recordEdit(versions, Date.now());
        this.services.store.getState().setFileTexts(texts);
      },
      replay: (files, direction) => this.replay(files, direction),
      flush: () => this.flushTyping(),
      reveal: (path, start, end = start) => {
        const model = this.models.get(path);
        if (!model) return;
        this.services.store.getState().setActiveFile(path);
        this.showActive();
        const a = model.getPositionAt(start);
        const b = model.getPositionAt(end);
        this.editor.setSelection(new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column));
        this.editor.revealRangeInCenterIfOutsideViewport(new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column));
        this.editor.focus();
      },
      focus: () => this.editor.focus(),
    };
  }

  /** Undoes or redoes each file until it is at the version the history step recorded. */
  private replay(files: Record<string, FileVersions>, direction: 'undo' | 'redo'): void {
    this.flushTyping();
    const texts: Record<string, string> = {};
    this.replaying = true;
    try {
      for (const [path, v] of Object.entries(files)) {
        const model = this.models.get(path);
        if (!model) continue;
        model.pushStackElement();
        const target = direction === 'undo' ? v.before : v.after;
        // Bounded: a step never spans more than a few hundred of Monaco's undo groups.
        for (let i = 0; i < 1000 && model.getAlternativeVersionId() !== target; i++) {
          const can = direction === 'undo' ? model.canUndo() : model.canRedo();
          if (!can) break;
          void (direction === 'undo' ? model.undo() : model.redo());
        }
        this.versions.set(path, model.getAlternativeVersionId());
        texts[path] = model.getValue();
      }
    } finally {
      this.replaying = false;
    }
    this.services.store.getState().setFileTexts(texts);
    const first = Object.keys(files)[0];
    if (first && first !== this.services.store.getState().activeFile && Object.keys(files).length === 1) this.services.store.getState().setActiveFile(first);
  }

  private disposeModels(): void {
    for (const s of this.subscriptions) s.dispose();
    this.subscriptions = [];
    for (const m of this.models.values()) m.dispose();
    this.models.clear();
    this.versions.clear();
    this.viewStates.clear();
  }

  dispose(): void {
    this.flushTyping();
    if (this.idleStop) clearTimeout(this.idleStop);
    for (const u of this.unsubscribe) u();
    this.disposeModels();
  }
}

import type { PrismaDiagnostic } from '@/lib/prisma/engine';
import { diffToEdit, type TextEdit } from '@/lib/text/edits';
import type { DesignerServices } from '../designer/services';
import type { EditorBridge } from './editor-bridge';
import { monaco } from './monaco-setup';

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
  /** The files the most recent change touched: Ctrl+Z outside the editor undoes those. */
  private lastChanged: string[] = [];
  private generation = -1;

  constructor(
    private readonly services: DesignerServices,
    private readonly editor: Editor,
  ) {
    const store = services.store;
    this.syncModels();
    this.unsubscribe.push(
      store.subscribe((s, prev) => {
        if (s.openGeneration !== prev.openGeneration) this.syncModels();
        else if (s.files !== prev.files) this.pullExternalChanges();
        if (s.activeFile !== prev.activeFile) this.showActive();
        if (s.diagnostics !== prev.diagnostics) this.setMarkers(s.diagnostics);
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
      tokenizeThrough(model, model.getLineCount());
      this.models.set(f.path, model);
      this.subscriptions.push(
        model.onDidChangeContent((e) => {
          const last = Math.max(...e.changes.map((c) => c.range.startLineNumber + c.text.split('\n').length - 1));
          tokenizeThrough(model, Math.min(last + 1, model.getLineCount()));
          if (this.applying) return;
          this.lastChanged = [f.path];
          this.services.store.getState().setFileText(f.path, model.getValue());
        }),
      );
    }
    this.showActive();
    this.setMarkers(s.diagnostics);
  }

  /** Text changed in the store without going through the editor (e.g. before it mounted): patch the model. */
  private pullExternalChanges(): void {
    if (this.applying) return;
    for (const f of this.services.store.getState().files) {
      const model = this.models.get(f.path);
      if (!model) continue;
      const current = model.getValue();
      const edit = diffToEdit(f.path, current, f.text);
      if (edit) this.pushEdits(model, [edit]);
    }
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

  private setMarkers(diagnostics: readonly PrismaDiagnostic[]): void {
    for (const [path, model] of this.models) {
      const markers = diagnostics
        .filter((d) => d.path === path)
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
        const byPath = new Map<string, TextEdit[]>();
        for (const e of edits) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e]);
        const texts: Record<string, string> = {};
        this.applying = true;
        try {
          for (const [path, list] of byPath) {
            const model = this.models.get(path);
            if (!model) continue;
            this.pushEdits(model, list);
            texts[path] = model.getValue();
          }
        } finally {
          this.applying = false;
        }
        this.lastChanged = [...byPath.keys()];
        this.services.store.getState().setFileTexts(texts);
      },
      undo: () => this.history('undo'),
      redo: () => this.history('redo'),
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

  private history(kind: 'undo' | 'redo'): void {
    const paths = this.lastChanged.length ? this.lastChanged : [this.services.store.getState().activeFile];
    const texts: Record<string, string> = {};
    this.applying = true;
    try {
      for (const path of paths) {
        const model = this.models.get(path);
        if (!model) continue;
        void (kind === 'undo' ? model.undo() : model.redo());
        texts[path] = model.getValue();
      }
    } finally {
      this.applying = false;
    }
    this.services.store.getState().setFileTexts(texts);
  }

  private disposeModels(): void {
    for (const s of this.subscriptions) s.dispose();
    this.subscriptions = [];
    for (const m of this.models.values()) m.dispose();
    this.models.clear();
    this.viewStates.clear();
  }

  dispose(): void {
    for (const u of this.unsubscribe) u();
    this.disposeModels();
  }
}

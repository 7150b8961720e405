import type { PrismaDiagnostic } from '@/lib/prisma/engine';
import type { Session } from '@/lib/session/session';
import type { EditorPort, TextChangeEvent } from '@/lib/session/ports';
import type { TextEdit } from '@/lib/text/edits';
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
 * The Monaco adapter: one Monaco model per schema file renders the session's text. The user's
 * keystrokes go to the session as patches; every other change (commands, undo/redo, later remote
 * edits) comes back from the session as patches applied to the models. Monaco's own undo stack is
 * not used: Ctrl+Z anywhere is the session's history.
 */
export class MonacoAdapter implements EditorPort {
  private models = new Map<string, TextModel>();
  private viewStates = new Map<string, ReturnType<Editor['saveViewState']>>();
  private subscriptions: Array<{ dispose(): void }> = [];
  private stops: Array<() => void> = [];
  /** True while we apply the session's patches: those change events are not keystrokes. */
  private applying = false;
  private generation = -1;

  constructor(
    private readonly session: Session,
    private readonly editor: Editor,
  ) {
    const store = session.store;
    this.syncModels();
    // The editor's keys from the command registry (undo/redo through the session's one history).
    for (const command of session.commands.all) {
      for (const binding of command.keys ?? []) {
        if (binding.scope !== 'editor') continue;
        const keybinding = monacoKey(binding.key);
        if (keybinding !== null) editor.addCommand(keybinding, () => void session.run(command.id));
      }
    }
    this.stops.push(
      session.onTextChange((event) => this.render(event)),
      session.attach('editor', this),
      store.subscribe((s, prev) => {
        if (s.openGeneration !== prev.openGeneration) this.syncModels();
        if (s.activeFile !== prev.activeFile) this.showActive();
        if (s.diagnostics !== prev.diagnostics || s.advisories !== prev.advisories || s.advisoriesStale !== prev.advisoriesStale) this.setMarkers(s.diagnostics);
      }),
    );
    // A new burst of typing starts a new undo step when the editor loses focus.
    this.subscriptions.push(editor.onDidBlurEditorText(() => session.history.seal()));
  }

  /** Recreates the models after another document was opened. */
  private syncModels(): void {
    const s = this.session.store.getState();
    if (this.generation === s.openGeneration && this.models.size) return;
    this.generation = s.openGeneration;
    this.disposeModels();
    for (const f of s.files) {
      const existing = monaco.editor.getModel(uriFor(f.path));
      existing?.dispose();
      const model = monaco.editor.createModel(f.text, 'prisma', uriFor(f.path));
      // Keep the session's line endings: Monaco would otherwise normalise a mixed file on the first edit.
      if (f.text.includes('\r\n')) model.setEOL(monaco.editor.EndOfLineSequence.CRLF);
      tokenizeWhenIdle(model);
      this.models.set(f.path, model);
      this.subscriptions.push(
        model.onDidChangeContent((e) => {
          const last = Math.max(...e.changes.map((c) => c.range.startLineNumber + c.text.split('\n').length - 1));
          tokenizeThrough(model, Math.min(last + 1, model.getLineCount()));
          if (this.applying) return;
          // Monaco lists a change event's edits from the end of the text backwards, each against the text before the event.
          const edits: TextEdit[] = e.changes.map((c) => ({ path: f.path, start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
          this.session.type(f.path, edits, this);
          this.checkInStep(f.path, model);
        }),
      );
    }
    this.showActive();
    this.setMarkers(s.diagnostics);
  }

  /**
   * The session's text must be exactly what the model shows. A mismatch (which would make later
   * patches land in the wrong place) is repaired by taking the model's text as one edit.
   */
  private checkInStep(path: string, model: TextModel): void {
    const text = this.session.files.find((f) => f.path === path)?.text;
    if (text === undefined || model.getValueLength() === text.length) return;
    const value = model.getValue();
    if (value !== text) this.session.type(path, [{ path, start: 0, end: text.length, text: value }], this);
  }

  /** Renders the session's patches that did not come from this editor's own keystrokes. */
  private render(event: TextChangeEvent): void {
    if (event.origin.source === this) return;
    const byPath = new Map<string, TextEdit[]>();
    for (const e of event.edits) byPath.set(e.path, [...(byPath.get(e.path) ?? []), e]);
    this.applying = true;
    try {
      for (const [path, edits] of byPath) {
        const model = this.models.get(path);
        if (!model) continue;
        const ops = edits.map((e) => {
          const start = model.getPositionAt(e.start);
          const end = model.getPositionAt(e.end);
          return { range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column), text: e.text, forceMoveMarkers: true };
        });
        // Not pushEditOperations: the session's history, not Monaco's stack, undoes these.
        model.applyEdits(ops);
      }
    } finally {
      this.applying = false;
    }
  }

  private showActive(): void {
    const { activeFile } = this.session.store.getState();
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
    const s = this.session.store.getState();
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

  // ── EditorPort ──────────────────────────────────────────────────────────────────────────────────

  reveal(path: string, start: number, end = start): void {
    const model = this.models.get(path);
    if (!model) return;
    this.session.store.getState().setActiveFile(path);
    this.showActive();
    const a = model.getPositionAt(start);
    const b = model.getPositionAt(end);
    this.editor.setSelection(new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column));
    this.editor.revealRangeInCenterIfOutsideViewport(new monaco.Range(a.lineNumber, a.column, b.lineNumber, b.column));
    this.editor.focus();
  }

  focus(): void {
    this.editor.focus();
  }

  placeCaret(path: string, offset: number): void {
    const model = this.models.get(path);
    if (!model || this.editor.getModel() !== model) return;
    const p = model.getPositionAt(offset);
    this.editor.setPosition(p);
    this.editor.revealPositionInCenterIfOutsideViewport(p);
  }

  private disposeModels(): void {
    for (const s of this.subscriptions) s.dispose();
    this.subscriptions = [];
    for (const m of this.models.values()) m.dispose();
    this.models.clear();
    this.viewStates.clear();
  }

  dispose(): void {
    for (const stop of this.stops) stop();
    this.disposeModels();
  }
}

/** A registry key binding (e.g. `Ctrl+Shift+Z`) as a Monaco keybinding, or null for keys Monaco has no code for. */
function monacoKey(binding: string): number | null {
  const parts = binding.split('+');
  const key = parts.pop()!;
  let code: number | undefined;
  if (/^[A-Z]$/i.test(key)) code = monaco.KeyCode[`Key${key.toUpperCase()}` as keyof typeof monaco.KeyCode] as number;
  else if (/^F\d+$/.test(key)) code = monaco.KeyCode[key as keyof typeof monaco.KeyCode] as number;
  if (code === undefined) return null;
  let mods = 0;
  for (const p of parts) {
    if (p === 'Ctrl') mods |= monaco.KeyMod.CtrlCmd;
    else if (p === 'Shift') mods |= monaco.KeyMod.Shift;
    else if (p === 'Alt') mods |= monaco.KeyMod.Alt;
  }
  return mods | code;
}

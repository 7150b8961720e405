import { ownCompletions, type CompletionSuggestion } from '@/lib/editor/completion';
import { versionQuickFixes } from '@/lib/editor/prisma7-fixes';
import type { LspCodeAction, LspCompletionItem, LspCompletionList, LspDiagnostic, PrismaDiagnostic } from '@/lib/prisma/engine';
import { fromUri } from '@/lib/prisma/engine';
import type { TextEdit } from '@/lib/text/edits';
import type { Session } from '@/lib/session/session';
import { uriFor } from './editor-models';
import { monaco } from './monaco-setup';

type TextModel = Parameters<Parameters<typeof monaco.languages.registerHoverProvider>[1]['provideHover']>[0];
type IRange = { startLineNumber: number; startColumn: number; endLineNumber: number; endColumn: number };

const NOTE_COMMAND = 'schema-canvas.show-note';

function pathOf(model: TextModel): string {
  return model.uri.path.replace(/^\/+/, '');
}

function ownKind(kind: CompletionSuggestion['kind']) {
  const K = monaco.languages.CompletionItemKind;
  return { keyword: K.Keyword, type: K.Class, attribute: K.Property, function: K.Function, value: K.Value, field: K.Field, property: K.Property }[kind];
}

/** LSP CompletionItemKind numbers → Monaco's enum. */
function lspKind(kind: number | undefined) {
  const K = monaco.languages.CompletionItemKind;
  const map: Record<number, number> = { 2: K.Method, 3: K.Function, 5: K.Field, 6: K.Variable, 7: K.Class, 9: K.Module, 10: K.Property, 12: K.Value, 13: K.Enum, 14: K.Keyword, 15: K.Snippet, 20: K.EnumMember, 21: K.Constant, 22: K.Struct };
  return map[kind ?? 0] ?? K.Text;
}

function rangeOf(model: TextModel, start: number, end: number): IRange {
  const a = model.getPositionAt(start);
  const b = model.getPositionAt(end);
  return { startLineNumber: a.lineNumber, startColumn: a.column, endLineNumber: b.lineNumber, endColumn: b.column };
}

function lspRange(r: IRange) {
  return { start: { line: r.startLineNumber - 1, character: r.startColumn - 1 }, end: { line: r.endLineNumber - 1, character: r.endColumn - 1 } };
}

function fromLspRange(r: { start: { line: number; character: number }; end: { line: number; character: number } }): IRange {
  return { startLineNumber: r.start.line + 1, startColumn: r.start.character + 1, endLineNumber: r.end.line + 1, endColumn: r.end.character + 1 };
}

function workspaceEdit(edits: readonly TextEdit[]) {
  return {
    edits: edits.map((e) => {
      const model = monaco.editor.getModel(uriFor(e.path))!;
      return { resource: model.uri, versionId: undefined, textEdit: { range: rangeOf(model, e.start, e.end), text: e.text } };
    }),
  };
}

/**
 * Completion, hover, quick fixes and formatting for `prisma` models. Prisma's own language features
 * (prisma-fmt in the worker) come first; ours fill the gaps it leaves (keywords, types, attributes).
 */
export function registerPrismaProviders(session: Session): { dispose(): void } {
  const store = session.store;
  const disposables = [
    monaco.editor.registerCommand(NOTE_COMMAND, (_accessor, title: string, note: string) => store.getState().notify('info', title, note)),

    monaco.languages.registerCompletionItemProvider('prisma', {
      triggerCharacters: ['@', '.'],
      async provideCompletionItems(model, position) {
        session.derive(); // the parse catches up with keys typed in this frame
        const s = store.getState();
        const path = pathOf(model);
        const offset = model.getOffsetAt(position);
        const word = model.getWordUntilPosition(position);
        const wordRange = { startLineNumber: position.lineNumber, startColumn: word.startColumn, endLineNumber: position.lineNumber, endColumn: word.endColumn };
        const own = ownCompletions(s.parsed, path, offset).map((c) => ({
          label: c.label,
          kind: ownKind(c.kind),
          insertText: c.insertText,
          insertTextRules: c.snippet ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
          detail: c.detail,
          documentation: c.documentation,
          range: rangeOf(model, c.replace.start, c.replace.end),
        }));
        let engineItems: LspCompletionItem[] = [];
        try {
          const list = await session.prisma.request<LspCompletionList>({ type: 'completion', version: s.prismaVersion, files: s.files, path, line: position.lineNumber - 1, character: position.column - 1 });
          engineItems = list.items ?? [];
        } catch {
          // the engine is loading or failed: our own suggestions still help
        }
        const seen = new Set(own.map((o) => o.label));
        const engine = engineItems
          .filter((i) => !seen.has(i.label))
          .map((i) => ({
            label: i.label,
            kind: lspKind(i.kind),
            insertText: i.textEdit?.newText ?? i.insertText ?? i.label,
            insertTextRules: i.insertTextFormat === 2 ? monaco.languages.CompletionItemInsertTextRule.InsertAsSnippet : undefined,
            detail: i.detail,
            documentation: typeof i.documentation === 'string' ? i.documentation : i.documentation ? { value: i.documentation.value } : undefined,
            range: i.textEdit ? fromLspRange(i.textEdit.range) : wordRange,
          }));
        return { suggestions: [...engine, ...own] };
      },
    }),

    monaco.languages.registerHoverProvider('prisma', {
      async provideHover(model, position) {
        session.derive(); // the parse catches up with keys typed in this frame
        const s = store.getState();
        try {
          const hover = await session.prisma.request<{ contents?: { value: string } } | null>({ type: 'hover', version: s.prismaVersion, files: s.files, path: pathOf(model), line: position.lineNumber - 1, character: position.column - 1 });
          const value = hover?.contents?.value;
          return value ? { contents: [{ value }] } : null;
        } catch {
          return null;
        }
      },
    }),

    monaco.languages.registerCodeActionProvider('prisma', {
      async provideCodeActions(model, range, context) {
        session.derive(); // the parse catches up with keys typed in this frame
        const s = store.getState();
        const path = pathOf(model);
        const markers = context.markers.filter((m) => m.source === 'Prisma');
        const actions: Array<{ title: string; kind: string; diagnostics?: typeof markers; isPreferred?: boolean; edit: ReturnType<typeof workspaceEdit>; command?: { id: string; title: string; arguments: unknown[] } }> = [];
        for (const m of markers) {
          const diagnostic: PrismaDiagnostic = {
            path,
            start: model.getOffsetAt({ lineNumber: m.startLineNumber, column: m.startColumn }),
            end: model.getOffsetAt({ lineNumber: m.endLineNumber, column: m.endColumn }),
            message: m.message,
            severity: m.severity === monaco.MarkerSeverity.Error ? 'error' : 'warning',
          };
          for (const fix of versionQuickFixes(s.parsed, diagnostic)) {
            actions.push({
              title: fix.title,
              kind: 'quickfix',
              diagnostics: [m],
              isPreferred: fix.preferred,
              edit: workspaceEdit(fix.edits),
              command: fix.note ? { id: NOTE_COMMAND, title: fix.title, arguments: [fix.title, fix.note] } : undefined,
            });
          }
        }
        try {
          const diagnostics: LspDiagnostic[] = markers.map((m) => ({ range: lspRange(m), message: m.message, severity: m.severity === monaco.MarkerSeverity.Error ? 1 : 2 }));
          const engine = await session.prisma.request<LspCodeAction[]>({ type: 'codeActions', version: s.prismaVersion, files: s.files, path, range: lspRange(range), diagnostics });
          for (const a of engine) {
            const edits: TextEdit[] = [];
            for (const [uri, list] of Object.entries(a.edit?.changes ?? {})) {
              const target = monaco.editor.getModel(monaco.Uri.parse(uri));
              if (!target) continue;
              for (const e of list) {
                const r = fromLspRange(e.range);
                edits.push({ path: fromUri(uri), start: target.getOffsetAt({ lineNumber: r.startLineNumber, column: r.startColumn }), end: target.getOffsetAt({ lineNumber: r.endLineNumber, column: r.endColumn }), text: e.newText });
              }
            }
            if (edits.length) actions.push({ title: a.title, kind: a.kind ?? 'quickfix', isPreferred: a.isPreferred, edit: workspaceEdit(edits) });
          }
        } catch {
          // no engine actions available
        }
        return { actions, dispose() {} };
      },
    }),

    monaco.languages.registerDocumentFormattingEditProvider('prisma', {
      provideDocumentFormattingEdits() {
        // Formatting goes through the "Format schema" command, which checks that no comment is lost.
        void session.run('format-schema');
        return [];
      },
    }),
  ];
  return { dispose: () => disposables.forEach((d) => d.dispose()) };
}

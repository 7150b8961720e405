import type { Advisory } from '@/lib/advisories/types';
import type { Session } from '@/lib/session/session';
import { monaco } from './monaco-setup';

/** Marker owner and source of advisory squiggles (Prisma's own use `prisma`). */
export const ADVISORY_OWNER = 'schema-canvas';
const FIX_COMMAND = 'schema-canvas.fixAdvisory';

const SEVERITY = { error: monaco.MarkerSeverity.Error, warning: monaco.MarkerSeverity.Warning, info: monaco.MarkerSeverity.Info } as const;

/** Markers for one file's advisories: the rule id as the marker's code, the why after the message. */
export function advisoryMarkers(model: monaco.editor.ITextModel, advisories: readonly Advisory[]): monaco.editor.IMarkerData[] {
  return advisories.map((a) => {
    const start = model.getPositionAt(a.span.start);
    const end = model.getPositionAt(Math.max(a.span.end, a.span.start + 1));
    return {
      severity: SEVERITY[a.severity],
      message: a.prismaMessage ? `${a.message}\nPrisma: ${a.prismaMessage}` : a.message,
      source: 'Schema Canvas',
      code: a.rule,
      startLineNumber: start.lineNumber,
      startColumn: start.column,
      endLineNumber: end.lineNumber,
      endColumn: end.column,
    };
  });
}

/**
 * The editor's lightbulb offers each advisory's fix under the squiggle. The fix runs as the
 * `fix-advisory` command (the same path as the panel's Fix button), found by rule id and position,
 * never by message text.
 */
export function registerAdvisoryActions(session: Session): monaco.IDisposable {
  const command = monaco.editor.registerCommand(FIX_COMMAND, (_accessor, key: string) => void session.run('fix-advisory', { key }));
  const provider = monaco.languages.registerCodeActionProvider('prisma', {
    provideCodeActions(model, _range, context) {
      const s = session.store.getState();
      if (s.advisoriesStale) return { actions: [], dispose() {} };
      const path = model.uri.path.replace(/^\//, '');
      const actions: monaco.languages.CodeAction[] = [];
      for (const marker of context.markers) {
        if (marker.source !== 'Schema Canvas' || typeof marker.code !== 'string') continue;
        const start = model.getOffsetAt({ lineNumber: marker.startLineNumber, column: marker.startColumn });
        const advisory = s.advisories.advisories.find((a) => a.rule === marker.code && a.span.path === path && a.span.start === start && a.fixLabel);
        if (!advisory) continue;
        actions.push({
          title: `Fix: ${advisory.fixLabel}`,
          kind: 'quickfix',
          diagnostics: [marker],
          isPreferred: true,
          command: { id: FIX_COMMAND, title: advisory.fixLabel!, arguments: [advisory.key] },
        });
      }
      return { actions, dispose() {} };
    },
  });
  return { dispose: () => (command.dispose(), provider.dispose()) };
}

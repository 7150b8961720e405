import { serializeAdvisoryConfig } from '../advisories/config';
import type { HistorySnapshot } from '../session/history';
import type { Session } from '../session/session';
import type { OpenDocument } from '../store/designer-store';

/**
 * The working document set aside while an older version is shown read-only: everything that makes
 * it the user's document (text, active file, layout, Prisma version, baseline, advisory config,
 * viewport, selection) and its undo history, so "Back to current" puts it back exactly.
 */
export class WorkingCopy {
  private constructor(
    private readonly document: OpenDocument,
    private readonly history: HistorySnapshot,
    private readonly selection: { nodes: string[]; edge: string | null },
  ) {}

  static take(session: Session): WorkingCopy {
    session.derive();
    const s = session.store.getState();
    const document: OpenDocument = {
      files: s.files,
      activeFile: s.activeFile,
      layout: s.layout,
      prismaVersion: s.prismaVersion,
      baselineNames: [...s.baselineNames],
      advisoryConfig: JSON.parse(serializeAdvisoryConfig(s.advisoryConfig)),
      migrationBaseline: s.migrationBaseline,
      ...(s.viewport ? { viewport: s.viewport } : {}),
    };
    return new WorkingCopy(document, session.history.snapshot(), { nodes: s.selectedNodes, edge: s.selectedEdge });
  }

  restore(session: Session): void {
    session.openDocument(this.document);
    // Opening a document clears the history (synchronously, in the session's store listener): put it back after.
    session.history.restore(this.history);
    session.store.getState().select(this.selection.nodes, this.selection.edge);
  }
}

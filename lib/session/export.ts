import { diagramNames, type ExportInput, type MigrationPieces } from '../export/exporter';
import { produceExport, type ExporterId, type ExportOptions } from '../export/exporters';
import type { CommandOutcome } from '../commands/types';
import type { Session } from './session';

/** The session's document as the exporters see it (plain data, plus the image port while a canvas is mounted). */
export function exportInput(session: Session, migration?: MigrationPieces): ExportInput {
  const s = session.store.getState();
  return {
    files: s.files,
    layout: s.layout,
    diagramNames: diagramNames(s.diagramModel),
    advisoryConfig: s.advisoryConfig,
    migrationBaseline: s.migrationBaseline,
    migration,
    image: session.port('image') ?? undefined,
  };
}

/** Produces an export and offers its files as downloads; the exporter's message (if any) is shown. */
export async function downloadExport<I extends ExporterId>(
  session: Session,
  id: I,
  options?: ExportOptions<I>,
  migration?: MigrationPieces,
  failure = 'Could not export',
): Promise<CommandOutcome> {
  try {
    const files = await (produceExport as (id: I, input: ExportInput, options?: ExportOptions<I>) => ReturnType<typeof produceExport>)(id, exportInput(session, migration), options);
    for (const f of files) {
      session.port('shell')?.download(f.name, f.mime, f.bytes);
      if (f.message) session.notify('info', f.message);
    }
    return { ok: true };
  } catch (e) {
    const reason = `${failure}: ${e instanceof Error ? e.message : String(e)}`;
    session.notify('error', reason);
    return { ok: false, reason };
  }
}

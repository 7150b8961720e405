import { migrationTimestamp, projectZip } from '@/lib/export/project-zip';
import { serializeLayout } from '@/lib/layout/layout-document';
import { downloadBytes } from '../designer/file-actions';
import type { CommandOutcome, DesignerServices } from '../designer/services';

/**
 * Downloads the project in Prisma's layout: the schema, the new migration (SQL bytes exactly as the
 * engine wrote them) with its down.sql, an uploaded history beside it, the lock file, the layout and an
 * SVG of the diagram.
 */
export async function downloadProjectZip(services: DesignerServices, migration: { name: string; sql: string; down: string | null }): Promise<CommandOutcome> {
  const s = services.store.getState();
  const folder = `${migrationTimestamp(new Date())}_${migration.name}`;
  let diagramSvg: string | undefined;
  try {
    // Loaded on first use, like the image command: html-to-image stays out of the main bundle.
    const { renderDiagramImage } = await import('./diagram-image');
    const image = await renderDiagramImage({ format: 'svg', scale: 1, theme: 'light' });
    diagramSvg = new TextDecoder().decode(image.bytes);
  } catch {
    // the diagram is not on screen (e.g. a hidden pane): the zip goes without the picture
  }
  const m = s.diagramModel;
  const names = new Set([...m.models, ...m.views, ...m.enums, ...m.composites].map((x) => x.name));
  const bytes = projectZip({
    files: s.files,
    provider: 'postgresql',
    migration: { folder, sql: migration.sql, downSql: migration.down },
    history: s.migrationBaseline.kind === 'migrations' ? s.migrationBaseline.migrations : undefined,
    layoutJson: serializeLayout(s.layout, names),
    diagramSvg,
  });
  downloadBytes('prisma-project.zip', 'application/zip', bytes);
  s.notify('info', `Downloaded prisma-project.zip with prisma/migrations/${folder}/migration.sql`);
  return { ok: true };
}

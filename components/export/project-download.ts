import type { CommandOutcome } from '@/lib/commands/types';
import type { Session } from '@/lib/session/session';
import { downloadExport } from '@/lib/session/export';

/**
 * Downloads the project in Prisma's layout (lib/export/exporters/project-zip.ts): the schema, the new
 * migration (SQL bytes exactly as the engine wrote them) with its down.sql, an uploaded history beside
 * it, the lock file, the layout and an SVG of the diagram.
 */
export function downloadProjectZip(session: Session, migration: { name: string; sql: string; down: string | null }): Promise<CommandOutcome> {
  return downloadExport(session, 'project-zip', undefined, { name: migration.name, sql: migration.sql, downSql: migration.down });
}

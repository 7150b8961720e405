import { serializeLayout } from '../../layout/layout-document';
import type { Exporter } from '../exporter';
import { migrationTimestamp, projectZip } from '../project-zip';

export const PROJECT_ZIP_NAME = 'prisma-project.zip';

export interface ProjectZipOptions {
  /** The datasource provider written into migration_lock.toml (default `postgresql`). */
  provider?: string;
}

/**
 * The project in Prisma's layout: the schema, the reviewed migration with its down.sql, a
 * migrations-folder baseline's history beside it, the lock file, the layout and (when the image port
 * can draw it) an SVG of the diagram.
 */
export const projectZipExporter: Exporter<ProjectZipOptions | void, 'project-zip'> = {
  id: 'project-zip',
  title: 'Download project zip',
  async produce(input, options) {
    const migration = input.migration;
    if (!migration) throw new Error('There is no migration to put in the project: export a migration first');
    const folder = `${migrationTimestamp((input.now ?? (() => new Date()))())}_${migration.name}`;
    let diagramSvg: string | undefined;
    try {
      const image = await input.image?.render({ format: 'svg', scale: 1, theme: 'light' });
      if (image) diagramSvg = new TextDecoder().decode(image.bytes);
    } catch {
      // the diagram is not on screen (e.g. a hidden pane): the zip goes without the picture
    }
    const baseline = input.migrationBaseline;
    const bytes = projectZip({
      files: input.files,
      provider: (options && options.provider) || 'postgresql',
      migration: { folder, sql: migration.sql, downSql: migration.downSql },
      history: baseline?.kind === 'migrations' ? baseline.migrations : undefined,
      layoutJson: serializeLayout(input.layout, input.diagramNames),
      diagramSvg,
    });
    return [{ name: PROJECT_ZIP_NAME, mime: 'application/zip', bytes, message: `Downloaded ${PROJECT_ZIP_NAME} with prisma/migrations/${folder}/migration.sql` }];
  },
};

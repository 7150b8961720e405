import { exportSchemaFiles } from '../../files/export';
import type { Exporter } from '../exporter';

/** The schema: one `.prisma` file as it is, or `schema.zip` holding every file of a multi-file schema. */
export const schemaExporter: Exporter<void, 'schema'> = {
  id: 'schema',
  title: 'Download schema',
  async produce(input) {
    const out = exportSchemaFiles(input.files);
    return [{ name: out.filename, mime: out.mime, bytes: out.bytes }];
  },
};

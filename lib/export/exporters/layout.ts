import { serializeLayout } from '../../layout/layout-document';
import type { SchemaFile } from '../../schema/document';
import { encodeText, type Exporter } from '../exporter';

/** `billing.prisma` → `billing.layout.json`; a multi-file schema → `schema.layout.json`. */
export function layoutFileName(files: readonly SchemaFile[]): string {
  const base = files.length === 1 ? files[0].path.replace(/\.prisma$/, '').split('/').pop() : 'schema';
  return `${base}.layout.json`;
}

/** The diagram's layout (positions, collapsed blocks…) for the names the diagram draws. */
export const layoutExporter: Exporter<void, 'layout'> = {
  id: 'layout',
  title: 'Download layout',
  async produce(input) {
    return [{ name: layoutFileName(input.files), mime: 'application/json', bytes: encodeText(serializeLayout(input.layout, input.diagramNames)) }];
  },
};

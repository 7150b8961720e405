import type { ExportedFile, ExportInput, Exporter } from '../exporter';
import { advisoryConfigExporter } from './advisory-config';
import { imageExporter } from './image';
import { layoutExporter } from './layout';
import { projectZipExporter } from './project-zip';
import { schemaExporter } from './schema';

export { advisoryConfigExporter, imageExporter, layoutExporter, projectZipExporter, schemaExporter };

/** Every export format. A new one is a file in this folder and an entry here. */
export const EXPORTERS = [schemaExporter, layoutExporter, advisoryConfigExporter, projectZipExporter, imageExporter] as const;

type Registered = (typeof EXPORTERS)[number];
export type ExporterId = Registered['id'];
/** The options an exporter takes (`void` when it takes none). */
export type ExportOptions<I extends ExporterId> = Extract<Registered, { id: I }> extends Exporter<infer O, I> ? O : never;

export function exporterById<I extends ExporterId>(id: I): Extract<Registered, { id: I }> {
  const found = EXPORTERS.find((e) => e.id === id);
  if (!found) throw new Error(`Unknown export format ${id}`);
  return found as Extract<Registered, { id: I }>;
}

/** Runs one registered exporter with its typed options: `produceExport('image', input, { format: 'png', scale: 2, theme: 'light' })`. */
export function produceExport<I extends ExporterId>(id: I, input: ExportInput, ...options: undefined extends ExportOptions<I> ? [options?: ExportOptions<I>] : [options: ExportOptions<I>]): Promise<ExportedFile[]> {
  const exporter = exporterById(id) as unknown as Exporter<ExportOptions<I>, I>;
  return exporter.produce(input, options[0] as ExportOptions<I>);
}

import { formatScale, imageBaseName, imageFileName, parseImageArgs } from '@/lib/export/image-name';
import { downloadBytes } from '../designer/file-actions';
import type { CommandOutcome, DesignerServices } from '../designer/services';

/** "Export image": the whole diagram as SVG or PNG (components/export/diagram-image.ts). */
export function registerExportCommands(services: DesignerServices): Array<() => void> {
  return [services.registerHandler('export-image', (args) => exportImage(services, args))];
}

async function exportImage(services: DesignerServices, args: Record<string, unknown>): Promise<CommandOutcome> {
  const parsed = parseImageArgs(args);
  if (!parsed.ok) return parsed;
  const options = parsed.value;
  const store = services.store;
  try {
    // Loaded on first use: html-to-image is not needed to draw the canvas.
    const { renderDiagramImage } = await import('../export/diagram-image');
    const image = await renderDiagramImage(options);
    const name = imageFileName(imageBaseName(store.getState().files.map((f) => f.path)), options.format, image.scale);
    downloadBytes(name, image.mime, image.bytes);
    const size = `${image.width} × ${image.height} px`;
    const reduced =
      image.scale < options.scale
        ? ` — at ${formatScale(image.scale)}× instead of ${options.scale}×: a PNG this large would exceed what browsers can draw (16384 px a side). The SVG export has no such limit.`
        : '';
    store.getState().notify('info', `Exported ${name} (${size})${reduced}`);
    return { ok: true };
  } catch (e) {
    const reason = `Could not export the image: ${e instanceof Error ? e.message : String(e)}`;
    store.getState().notify('error', reason);
    return { ok: false, reason };
  }
}

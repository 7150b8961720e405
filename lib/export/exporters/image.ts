import { formatScale, imageBaseName, imageFileName, type ImageExportOptions } from '../image-name';
import type { Exporter } from '../exporter';

/** The whole diagram as SVG or PNG, drawn by the image port; `schema-diagram@2x.png` and the like. */
export const imageExporter: Exporter<ImageExportOptions, 'image'> = {
  id: 'image',
  title: 'Export image',
  async produce(input, options) {
    if (!input.image) throw new Error('The diagram is not on screen');
    const image = await input.image.render(options);
    const name = imageFileName(imageBaseName(input.files.map((f) => f.path)), options.format, image.scale);
    const size = `${image.width} × ${image.height} px`;
    const reduced =
      image.scale < options.scale
        ? ` — at ${formatScale(image.scale)}× instead of ${options.scale}×: a PNG this large would exceed what browsers can draw (16384 px a side). The SVG export has no such limit.`
        : '';
    return [{ name, mime: image.mime, bytes: image.bytes, message: `Exported ${name} (${size})${reduced}` }];
  },
};

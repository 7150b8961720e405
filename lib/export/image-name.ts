/**
 * Pure helpers for exporting the diagram as an image: the command's arguments, file names, and the
 * largest PNG a browser can draw.
 */

export const IMAGE_FORMATS = ['svg', 'png'] as const;
export const IMAGE_SCALES = ['1', '2', '4'] as const;
export const IMAGE_THEMES = ['light', 'dark'] as const;

export type ImageFormat = (typeof IMAGE_FORMATS)[number];
export type ImageTheme = (typeof IMAGE_THEMES)[number];

export interface ImageExportOptions {
  format: ImageFormat;
  /** Device pixels per diagram pixel (PNG), or the factor on the SVG's declared size. */
  scale: number;
  theme: ImageTheme;
}

export const IMAGE_MIME: Record<ImageFormat, string> = { png: 'image/png', svg: 'image/svg+xml' };

/** Reads the command's arguments; an empty value takes the default (PNG, 2×, light). */
export function parseImageArgs(args: Record<string, unknown>): { ok: true; value: ImageExportOptions } | { ok: false; reason: string } {
  const text = (v: unknown, fallback: string) => (typeof v === 'string' && v.trim() ? v.trim().toLowerCase() : fallback);
  const format = text(args.format, 'png');
  const scale = text(args.scale, '2').replace(/[x×]$/, '');
  const theme = text(args.theme, 'light');
  if (!(IMAGE_FORMATS as readonly string[]).includes(format)) return { ok: false, reason: `Choose the format ${IMAGE_FORMATS.join(' or ')} (not ${format})` };
  if (!(IMAGE_SCALES as readonly string[]).includes(scale)) return { ok: false, reason: `Choose the scale ${IMAGE_SCALES.join(', ')} (not ${scale})` };
  if (!(IMAGE_THEMES as readonly string[]).includes(theme)) return { ok: false, reason: `Choose a light or dark background (not ${theme})` };
  return { ok: true, value: { format: format as ImageFormat, scale: Number(scale), theme: theme as ImageTheme } };
}

/** The name part from the document: `billing.prisma` → `billing`; several files → `schema`. */
export function imageBaseName(paths: readonly string[]): string {
  const base = paths.length === 1 ? (paths[0].split('/').pop() ?? '').replace(/\.prisma$/i, '') : 'schema';
  const clean = base.replace(/[^\w.-]+/g, '-').replace(/^[-.]+|-+$/g, '');
  return clean || 'schema';
}

/** `schema-diagram.png` at 1×, `schema-diagram@2x.png` at 2×, `schema-diagram@1.5x.png` for a reduced scale. */
export function imageFileName(base: string, format: ImageFormat, scale: number): string {
  const suffix = scale === 1 ? '' : `@${formatScale(scale)}x`;
  return `${base}-diagram${suffix}.${format}`;
}

export function formatScale(scale: number): string {
  return String(Math.round(scale * 100) / 100);
}

/**
 * What browsers can draw into one canvas: Chrome and Firefox refuse sides over 32767 px and areas over
 * 268,435,456 px (16384²); Safari stops at 16384 px a side. The safe common limit.
 */
export const CANVAS_LIMITS = { maxSide: 16_384, maxPixels: 268_435_456 } as const;

export interface FittedScale {
  scale: number;
  /** Pixel size of the PNG at that scale. */
  width: number;
  height: number;
  /** True when the scale asked for would have made a PNG larger than the limits. */
  reduced: boolean;
}

/**
 * The largest scale, up to the one asked for, at which a `width` × `height` diagram fits the canvas
 * limits. Reduced scales are rounded down to hundredths, so the PNG stays inside the limits.
 */
export function fitPngScale(width: number, height: number, requested: number, limits: { maxSide: number; maxPixels: number } = CANVAS_LIMITS): FittedScale {
  if (!(width > 0 && height > 0)) throw new Error('The diagram has no size');
  const max = Math.min(limits.maxSide / width, limits.maxSide / height, Math.sqrt(limits.maxPixels / (width * height)));
  let scale = requested;
  if (scale > max) {
    scale = Math.floor(max * 100) / 100;
    const fits = (s: number) => Math.round(width * s) <= limits.maxSide && Math.round(height * s) <= limits.maxSide && Math.round(width * s) * Math.round(height * s) <= limits.maxPixels;
    while (scale > 0.01 && !fits(scale)) scale = Math.round((scale - 0.01) * 100) / 100;
    if (scale < 0.01) scale = 0.01;
  }
  return { scale, width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)), reduced: scale < requested };
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The pixel size in a PNG's IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  if (bytes.length < 24 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return null;
  const chunk = String.fromCharCode(...bytes.subarray(12, 16));
  if (chunk !== 'IHDR') return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

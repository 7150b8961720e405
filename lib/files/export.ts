import { zipSync, type Zippable } from 'fflate';
import type { SchemaFile } from '../schema/document';

/** A file ready to download: hand `bytes` to a Blob of type `mime` and save it as `filename`. */
export interface ExportedFile {
  filename: string;
  mime: string;
  bytes: Uint8Array;
}

// Local-time components of this date are the same in every time zone, and fflate writes local-time
// DOS timestamps: so a fixed date here makes the zip bytes independent of when and where it was made.
// Noon rather than midnight so no daylight-saving jump can move it to another day.
const FIXED_ZIP_MTIME = new Date(1980, 0, 1, 12, 0, 0);

const encoder = new TextEncoder();

/**
 * Zips entries deterministically: fixed timestamps and deflate level 6, so the same input always gives
 * the same bytes. Entries keep the given order, except that names made only of digits (no folder, no
 * extension) come first: fflate takes a plain object, and JavaScript orders integer-like keys first. Paths use `/` and must be relative, unique and free of
 * `.`/`..` segments; otherwise this throws, since such a zip would unpack outside its folder or lose files.
 */
export function zipEntries(entries: readonly { path: string; bytes: Uint8Array }[]): Uint8Array {
  const data: Zippable = {};
  for (const { path, bytes } of entries) {
    const segments = path.split('/');
    if (path === '' || segments.some((s) => s === '' || s === '.' || s === '..') || path.includes('\\')) {
      throw new Error(`Cannot zip "${path}": entry paths must be relative, use "/" and contain no empty, "." or ".." parts.`);
    }
    if (Object.prototype.hasOwnProperty.call(data, path)) throw new Error(`Cannot zip "${path}" twice.`);
    data[path] = [bytes, { mtime: FIXED_ZIP_MTIME, level: 6 }];
  }
  return zipSync(data);
}

/** A download name without folder separators or characters that file systems reject. */
function safeBaseName(baseName: string): string {
  const cleaned = baseName.replace(/[\u0000-\u001f<>:"/\\|?*]/g, '-').replace(/^[.\s]+|[.\s]+$/g, '');
  return cleaned === '' ? 'schema' : cleaned;
}

/**
 * Packages the document for download. One file → that file under its own name as UTF-8 text (a leading
 * U+FEFF becomes the BOM bytes, so an imported file comes back byte for byte). Several files →
 * `<baseName>.zip` holding them under `<baseName>/<path>`, deterministic (see {@link zipEntries}).
 * Throws when `files` is empty: there is nothing a user could download.
 */
export function exportSchemaFiles(files: readonly SchemaFile[], baseName = 'schema'): ExportedFile {
  if (files.length === 0) throw new Error('There is no schema file to export.');
  if (files.length === 1) {
    const [only] = files;
    const name = only.path.split('/').pop() || 'schema.prisma';
    return { filename: name, mime: 'text/plain', bytes: encoder.encode(only.text) };
  }
  const base = safeBaseName(baseName);
  const bytes = zipEntries(files.map((f) => ({ path: `${base}/${f.path}`, bytes: encoder.encode(f.text) })));
  return { filename: `${base}.zip`, mime: 'application/zip', bytes };
}

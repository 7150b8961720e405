import type { SchemaFile } from '../schema/document';

/** One file as the browser hands it over: its relative path (`webkitRelativePath` or name) and raw bytes. */
export interface PickedFileEntry {
  /** e.g. `prisma/schema/user.prisma` from a folder pick, or `schema.prisma` for a plain file. */
  path: string;
  bytes: Uint8Array;
}

export type ImportResult =
  | { ok: true; files: SchemaFile[]; skipped: string[] }
  | { ok: false; error: string };

export type DecodeResult = { ok: true; text: string } | { ok: false; error: string };

const MB = 1024 * 1024;
/** Largest single schema file we accept; the biggest real schema in the corpus is ~330 KB. */
export const MAX_SCHEMA_FILE_BYTES = 5 * MB;
/** Largest total size of one import, so a mis-picked folder cannot freeze the tab. */
export const MAX_SCHEMA_TOTAL_BYTES = 20 * MB;

// fatal: invalid sequences are an error rather than silently becoming U+FFFD (that would corrupt the
// file on export). ignoreBOM: keep a leading U+FEFF in the text so export writes the same bytes back.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes the bytes of a schema file as UTF-8 exactly: a byte-order mark is kept as a leading U+FEFF
 * and line endings are left alone, so encoding the text again gives the same bytes.
 * Fails for invalid UTF-8, UTF-16 files and anything containing NUL bytes (binary files); the error
 * is a lower-case clause (`the file is not valid UTF-8 text …`) for the caller to put after a file name.
 */
export function decodeSchemaText(bytes: Uint8Array): DecodeResult {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    return { ok: false, error: 'the file is UTF-16 encoded; Prisma schema files must be UTF-8 (save it as UTF-8 and open it again)' };
  }
  if (bytes.includes(0)) return { ok: false, error: 'the file contains NUL bytes, so it is not a text file' };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, error: 'the file is not valid UTF-8 text (save it as UTF-8 and open it again)' };
  }
}

/**
 * Formats a byte count the way the size-limit messages show it, e.g. `6.2 MB`. Rounds up, so a file
 * just over a 5 MB limit reads `5.1 MB` rather than a puzzling `5.0 MB`.
 */
export function formatMegabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / MB) * 10);
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)} MB`;
}

/**
 * Folders whose `.prisma` files are never the user's schema: installed packages and generated client
 * copies (`node_modules/.prisma/client/schema.prisma`), and macOS archive metadata.
 */
const IGNORED_FOLDERS = new Set(['node_modules', '__MACOSX', '.git']);

/**
 * Whether a picked path is a schema file the import would keep. The UI can call this before reading
 * any bytes, so picking a whole project folder does not load every file in it.
 */
export function isSchemaFilePath(path: string): boolean {
  const segments = splitPath(path);
  const name = segments[segments.length - 1] ?? '';
  if (!name.endsWith('.prisma') || name.startsWith('._')) return false; // `._x` = AppleDouble resource fork
  return !segments.slice(0, -1).some((s) => IGNORED_FOLDERS.has(s));
}

/** Splits a browser path into segments, tolerating `\`, a leading `/` (drag-and-drop `fullPath`) and `./`. */
function splitPath(path: string): string[] {
  return path.replace(/\\/g, '/').split('/').filter((s) => s !== '' && s !== '.');
}

/** Orders paths folder by folder with plain code-unit comparison, so the result never depends on locale. */
function comparePaths(a: string, b: string): number {
  const sa = a.split('/');
  const sb = b.split('/');
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    if (sa[i] !== sb[i]) return sa[i] < sb[i] ? -1 : 1;
  }
  return sa.length - sb.length;
}

/** Number of leading folder segments every path shares (never the file name itself). */
function commonFolderDepth(paths: string[][]): number {
  const first = paths[0];
  let depth = 0;
  while (depth < first.length - 1 && paths.every((p) => depth < p.length - 1 && p[depth] === first[depth])) depth++;
  return depth;
}

/**
 * Turns what the user opened (several picked files, a picked folder, or a drop) into schema files.
 * Keeps `.prisma` files only (everything else is listed in `skipped`), makes paths relative to the
 * deepest folder they share, sorts them, and decodes each as exact UTF-8 (BOM and CRLF kept).
 * Fails with a message naming the file for: no schema file, text that is not UTF-8, duplicate paths,
 * and files over {@link MAX_SCHEMA_FILE_BYTES} each or {@link MAX_SCHEMA_TOTAL_BYTES} together.
 */
export function importSchemaFiles(entries: readonly PickedFileEntry[]): ImportResult {
  const kept: { segments: string[]; original: string; bytes: Uint8Array }[] = [];
  const skipped: string[] = [];
  for (const entry of entries) {
    const segments = splitPath(entry.path);
    if (segments.includes('..')) return { ok: false, error: `"${entry.path}" is not a relative path inside the opened folder.` };
    if (isSchemaFilePath(entry.path)) kept.push({ segments, original: entry.path, bytes: entry.bytes });
    else skipped.push(entry.path);
  }
  skipped.sort(comparePaths);
  if (kept.length === 0) {
    const what = entries.length === 0 ? 'No files were opened' : `None of the ${entries.length} opened file${entries.length === 1 ? '' : 's'} is a .prisma file`;
    return { ok: false, error: `${what}; open a schema.prisma file or a folder of .prisma files.` };
  }

  let total = 0;
  for (const file of kept) {
    if (file.bytes.length > MAX_SCHEMA_FILE_BYTES) {
      return { ok: false, error: `"${file.original}" is ${formatMegabytes(file.bytes.length)}; the limit is ${formatMegabytes(MAX_SCHEMA_FILE_BYTES)} per schema file.` };
    }
    total += file.bytes.length;
  }
  if (total > MAX_SCHEMA_TOTAL_BYTES) {
    return { ok: false, error: `The ${kept.length} schema files total ${formatMegabytes(total)}; the limit is ${formatMegabytes(MAX_SCHEMA_TOTAL_BYTES)} in total.` };
  }

  const depth = commonFolderDepth(kept.map((f) => f.segments));
  const relative = kept.map((f) => ({ ...f, path: f.segments.slice(depth).join('/') }));
  relative.sort((a, b) => comparePaths(a.path, b.path));

  // Case-only clashes are duplicates too: the exported zip could not be unpacked on macOS or Windows.
  const seen = new Map<string, string>();
  for (const file of relative) {
    const key = file.path.toLowerCase();
    const clash = seen.get(key);
    if (clash !== undefined) {
      const how = clash === file.path ? 'was opened twice' : `and "${clash}" differ only in letter case`;
      return { ok: false, error: `"${file.path}" ${how}; every schema file needs its own path.` };
    }
    seen.set(key, file.path);
  }

  const files: SchemaFile[] = [];
  for (const file of relative) {
    const decoded = decodeSchemaText(file.bytes);
    if (!decoded.ok) return { ok: false, error: `Cannot open "${file.original}": ${decoded.error}.` };
    files.push({ path: file.path, text: decoded.text });
  }
  return { ok: true, files, skipped };
}

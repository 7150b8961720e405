import { CONFIG_FILE_NAME, parseAdvisoryConfig } from '@/lib/advisories/config';
import { CONFIGURABLE_RULES } from '@/lib/advisories/all-rules';
import { exportSchemaFiles } from '@/lib/files/export';
import { importSchemaFiles } from '@/lib/files/import';
import { parseLayoutJson, serializeLayout } from '@/lib/layout/layout-document';
import { PRISMA_VERSIONS, prismaVersionLabel, type PrismaVersionId } from '@/lib/prisma/versions';
import type { SchemaFile } from '@/lib/schema/document';
import type { DesignerServices } from './services';

export interface PickedFile {
  path: string;
  bytes: Uint8Array;
}

/** Offers bytes as a download. */
export function downloadBytes(filename: string, mime: string, bytes: Uint8Array): void {
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function readPicked(files: Iterable<File>): Promise<PickedFile[]> {
  return Promise.all(
    [...files].map(async (f) => ({ path: (f as File & { webkitRelativePath?: string }).webkitRelativePath || f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
  );
}

/** Reads dropped files and folders (folders through the entries API, recursively). */
export async function readDropped(items: DataTransferItemList): Promise<PickedFile[]> {
  const entries = [...items].map((i) => i.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
  const out: PickedFile[] = [];
  const visit = async (entry: FileSystemEntry, prefix: string): Promise<void> => {
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      out.push({ path: prefix + entry.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (!batch.length) break;
        for (const child of batch) await visit(child, `${prefix}${entry.name}/`);
      }
    }
  };
  for (const e of entries) await visit(e, '');
  return out;
}

/** The first Prisma version (7, then 6.19, then 5.22) whose validator reports no errors, if any. */
async function versionThatAccepts(services: DesignerServices, files: SchemaFile[]): Promise<PrismaVersionId | null> {
  for (const v of PRISMA_VERSIONS) {
    try {
      const diagnostics = await services.prisma.request<Array<{ severity: string }>>({ type: 'lint', version: v.id, files });
      if (!diagnostics.some((d) => d.severity === 'error')) return v.id;
    } catch {
      // that engine failed to load; try the next
    }
  }
  return null;
}

/**
 * Opens picked or dropped files as the document: `.prisma` files become the schema (several files
 * stay separate), a `.json` among them is taken as the layout. The replaced document is kept as a
 * backup ("Restore previous document"), so opening never loses work.
 */
export async function openPicked(services: DesignerServices, picked: PickedFile[], backup: () => Promise<void>): Promise<void> {
  const store = services.store;
  // A team's schema-canvas.json travels with the schema folder; any other .json is the layout.
  const configFile = picked.find((p) => p.path.split('/').pop() === CONFIG_FILE_NAME);
  const layoutFile = picked.find((p) => p.path.endsWith('.json') && p !== configFile);
  const schemaEntries = picked.filter((p) => !p.path.endsWith('.json'));
  if (!schemaEntries.length && (layoutFile || configFile)) {
    if (layoutFile) applyLayoutBytes(services, layoutFile.bytes);
    if (configFile) applyAdvisoryConfigBytes(services, configFile.bytes);
    return;
  }
  const result = importSchemaFiles(schemaEntries);
  if (!result.ok) {
    store.getState().notify('error', `Could not open: ${result.error}`);
    return;
  }
  await backup();
  let layout = undefined;
  if (layoutFile) {
    const parsed = parseLayoutJson(new TextDecoder().decode(layoutFile.bytes));
    if (parsed.ok) layout = parsed.layout;
  }
  const version = (await versionThatAccepts(services, result.files)) ?? store.getState().prismaVersion;
  store.getState().openDocument({ files: result.files, layout, prismaVersion: version });
  const names = result.files.map((f) => f.path).join(', ');
  const skipped = result.skipped.length ? ` (skipped ${result.skipped.join(', ')})` : '';
  store.getState().notify('info', `Opened ${names}${skipped} · validating with ${prismaVersionLabel(version)}`);
  if (configFile) applyAdvisoryConfigBytes(services, configFile.bytes);
}

/** Takes a schema-canvas.json: valid settings apply, each problem is named; unreadable JSON changes nothing. */
export function applyAdvisoryConfigBytes(services: DesignerServices, bytes: Uint8Array): void {
  const store = services.store.getState();
  const text = new TextDecoder().decode(bytes);
  const { config, errors } = parseAdvisoryConfig(text, CONFIGURABLE_RULES);
  if (errors.length && Object.keys(config.rules).length === 0) {
    store.notify('error', `Could not use the advisory config: ${errors.slice(0, 3).join('; ')}`);
    return;
  }
  store.setAdvisoryConfig(config);
  const n = Object.keys(config.rules).length;
  if (errors.length) store.notify('error', `Advisory config loaded with ${errors.length} problem${errors.length === 1 ? '' : 's'}: ${errors.slice(0, 3).join('; ')}`);
  else store.notify('info', `Advisory config loaded (${n} rule setting${n === 1 ? '' : 's'})`);
}

export function applyLayoutBytes(services: DesignerServices, bytes: Uint8Array): void {
  const parsed = parseLayoutJson(new TextDecoder().decode(bytes));
  const store = services.store.getState();
  if (!parsed.ok) {
    store.notify('error', `Could not read the layout file: ${parsed.error}`);
    return;
  }
  store.setLayout(parsed.layout);
  store.notify('info', `Layout loaded (${Object.keys(parsed.layout.positions).length} positions)`);
}

export function downloadSchema(services: DesignerServices): void {
  const out = exportSchemaFiles(services.store.getState().files);
  downloadBytes(out.filename, out.mime, out.bytes);
}

export function downloadLayout(services: DesignerServices): void {
  const s = services.store.getState();
  const m = s.diagramModel;
  const names = new Set([...m.models, ...m.views, ...m.enums, ...m.composites].map((x) => x.name));
  const base = s.files.length === 1 ? s.files[0].path.replace(/\.prisma$/, '').split('/').pop() : 'schema';
  downloadBytes(`${base}.layout.json`, 'application/json', new TextEncoder().encode(serializeLayout(s.layout, names)));
}

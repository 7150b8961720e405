import { CONFIG_FILE_NAME, parseAdvisoryConfig } from '../advisories/config';
import { CONFIGURABLE_RULES } from '../advisories/all-rules';
import { importSchemaFiles } from '../files/import';
import { parseLayoutJson } from '../layout/layout-document';
import { PRISMA_VERSIONS, prismaVersionLabel, type PrismaVersionId } from '../prisma/versions';
import type { SchemaFile } from '../schema/document';
import type { Session } from './session';

/** A file the user picked or dropped (the app shell reads the bytes). */
export interface PickedFile {
  path: string;
  bytes: Uint8Array;
}

/** The first Prisma version (7, then 6.19, then 5.22) whose validator reports no errors, if any. */
async function versionThatAccepts(session: Session, files: SchemaFile[]): Promise<PrismaVersionId | null> {
  for (const v of PRISMA_VERSIONS) {
    try {
      const diagnostics = await session.prisma.request<Array<{ severity: string }>>({ type: 'lint', version: v.id, files });
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
export async function openPicked(session: Session, picked: PickedFile[]): Promise<void> {
  // A team's schema-canvas.json travels with the schema folder; any other .json is the layout.
  const configFile = picked.find((p) => p.path.split('/').pop() === CONFIG_FILE_NAME);
  const layoutFile = picked.find((p) => p.path.endsWith('.json') && p !== configFile);
  const schemaEntries = picked.filter((p) => !p.path.endsWith('.json'));
  if (!schemaEntries.length && (layoutFile || configFile)) {
    if (layoutFile) applyLayoutBytes(session, layoutFile.bytes);
    if (configFile) applyAdvisoryConfigBytes(session, configFile.bytes);
    return;
  }
  const result = importSchemaFiles(schemaEntries);
  if (!result.ok) {
    session.notify('error', `Could not open: ${result.error}`);
    return;
  }
  await session.backup();
  let layout = undefined;
  if (layoutFile) {
    const parsed = parseLayoutJson(new TextDecoder().decode(layoutFile.bytes));
    if (parsed.ok) layout = parsed.layout;
  }
  const version = (await versionThatAccepts(session, result.files)) ?? session.store.getState().prismaVersion;
  session.openDocument({ files: result.files, layout, prismaVersion: version });
  // A folder of 55 files is named by its count, not listed in full (the notice would cover the canvas).
  const paths = result.files.map((f) => f.path);
  const names = paths.length <= 4 ? paths.join(', ') : `${paths.length} files (${paths.slice(0, 3).join(', ')} …)`;
  const skipped = result.skipped.length ? ` (skipped ${result.skipped.join(', ')})` : '';
  session.notify('info', `Opened ${names}${skipped} · validating with ${prismaVersionLabel(version)}`);
  if (configFile) applyAdvisoryConfigBytes(session, configFile.bytes);
}

/** Takes a schema-canvas.json: valid settings apply, each problem is named; unreadable JSON changes nothing. */
export function applyAdvisoryConfigBytes(session: Session, bytes: Uint8Array): void {
  const text = new TextDecoder().decode(bytes);
  const { config, errors } = parseAdvisoryConfig(text, CONFIGURABLE_RULES);
  if (errors.length && Object.keys(config.rules).length === 0) {
    session.notify('error', `Could not use the advisory config: ${errors.slice(0, 3).join('; ')}`);
    return;
  }
  session.store.getState().setAdvisoryConfig(config);
  const n = Object.keys(config.rules).length;
  if (errors.length) session.notify('error', `Advisory config loaded with ${errors.length} problem${errors.length === 1 ? '' : 's'}: ${errors.slice(0, 3).join('; ')}`);
  else session.notify('info', `Advisory config loaded (${n} rule setting${n === 1 ? '' : 's'})`);
}

/** Takes a layout file as one undo step; an unreadable file changes nothing. */
export function applyLayoutBytes(session: Session, bytes: Uint8Array): void {
  const parsed = parseLayoutJson(new TextDecoder().decode(bytes));
  if (!parsed.ok) {
    session.notify('error', `Could not read the layout file: ${parsed.error}`);
    return;
  }
  session.replaceLayout(parsed.layout, 'Load layout');
  session.notify('info', `Layout loaded (${Object.keys(parsed.layout.positions).length} positions) · Ctrl+Z undoes it`);
}

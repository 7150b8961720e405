import { parseLayoutJson, serializeLayout, type LayoutDocument } from '../layout/layout-document';
import { serializeAdvisoryConfig, type AdvisoryConfig } from '../advisories/config';
import { redactConnectionPasswords } from '../persist/redact';
import type { SchemaFile } from '../schema/document';
import type { OpenDocument } from '../store/designer-store';
import type { VersionBody, VersionRecord } from './client';

/**
 * Between the open document and a version on the review server: what is uploaded (every file, the
 * layout, the advisory config — connection-string credentials removed here before anything leaves
 * the browser; the server removes them again) and what a version opens as.
 */
export interface DocumentContent {
  files: readonly SchemaFile[];
  layout: LayoutDocument;
  advisoryConfig: AdvisoryConfig;
}

export function versionBody(content: DocumentContent, meta: { name?: string; message?: string; author?: string | null } = {}): VersionBody {
  const body: VersionBody = {
    files: content.files.map((f) => ({ path: f.path, text: redactConnectionPasswords(f.text) })),
    layout: JSON.parse(serializeLayout(content.layout)) as Record<string, unknown>,
    advisoryConfig: JSON.parse(serializeAdvisoryConfig(content.advisoryConfig)) as Record<string, unknown>,
  };
  if (meta.name) body.name = meta.name;
  if (meta.message) body.message = meta.message;
  if (meta.author) body.author = meta.author;
  return body;
}

/** A version as a document to open. A layout the app cannot read is dropped (the nodes are laid out again). */
export function documentOfVersion(version: Pick<VersionRecord, 'files' | 'layout' | 'advisoryConfig'>): OpenDocument {
  const layout = parseLayoutJson(JSON.stringify(version.layout ?? {}));
  return {
    files: version.files.map((f) => ({ path: f.path, text: f.text })),
    layout: layout.ok ? layout.layout : undefined,
    advisoryConfig: version.advisoryConfig ?? undefined,
  };
}

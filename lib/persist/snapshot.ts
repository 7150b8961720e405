import type { SchemaFile } from '../schema/document';

/**
 * The layout document as persisted: node positions keyed by model name. Structurally the same as the
 * type in lib/layout/layout-document.ts, declared here so persistence does not depend on layout code.
 */
export interface LayoutDocumentLike {
  version: 1;
  positions: Record<string, { x: number; y: number }>;
  collapsed?: string[];
}

/** Everything needed to reopen the designer where the user left it. */
export interface DocumentSnapshot {
  files: SchemaFile[];
  /** Path of the file shown in the editor; always one of `files`. */
  activeFile: string;
  layout: LayoutDocumentLike;
  /** Prisma major the document is checked against, e.g. `'7'`. */
  prismaVersion: string;
  /** Models and fields that existed when the document was opened (renames default to keeping their database names). */
  baselineNames?: string[];
  /** The advisory settings (schema-canvas.json), validated against the rules when the document opens. */
  advisoryConfig?: Record<string, unknown>;
  /** What migrations are diffed against (validated when the document opens). */
  migrationBaseline?: Record<string, unknown>;
  /** `Date.now()` when saved. */
  savedAt: number;
  /** Where the diagram was looked at (pan and zoom), restored with the document. */
  viewport?: { x: number; y: number; zoom: number };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Own properties only, so something inherited from Object.prototype (e.g. `constructor`) never counts as data. */
function own(record: Record<string, unknown>, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function validateFiles(value: unknown): SchemaFile[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const files: SchemaFile[] = [];
  const paths = new Set<string>();
  for (const item of value) {
    if (!isRecord(item)) return null;
    const path = own(item, 'path');
    const text = own(item, 'text');
    if (typeof path !== 'string' || path === '' || typeof text !== 'string' || paths.has(path)) return null;
    paths.add(path);
    files.push({ path, text });
  }
  return files;
}

function validateLayout(value: unknown): LayoutDocumentLike | null {
  if (!isRecord(value) || own(value, 'version') !== 1) return null;
  const positions = own(value, 'positions');
  if (!isRecord(positions)) return null;
  // A null-prototype object, so a model named `__proto__` or `constructor` is stored like any other.
  const cleanPositions: Record<string, { x: number; y: number }> = Object.create(null);
  for (const [name, pos] of Object.entries(positions)) {
    if (!isRecord(pos)) return null;
    const x = own(pos, 'x');
    const y = own(pos, 'y');
    if (!isFiniteNumber(x) || !isFiniteNumber(y)) return null;
    cleanPositions[name] = { x, y };
  }
  const layout: LayoutDocumentLike = { version: 1, positions: cleanPositions };
  const collapsed = own(value, 'collapsed');
  if (collapsed !== undefined) {
    if (!Array.isArray(collapsed) || !collapsed.every((c) => typeof c === 'string')) return null;
    layout.collapsed = [...collapsed];
  }
  return layout;
}

/**
 * Checks that a value read back from storage is a usable snapshot and returns a fresh, clean copy
 * (unknown properties dropped), or null for any wrong shape: no files, duplicate or empty paths,
 * non-string text, an `activeFile` that is not one of the files, a layout that is not version 1 or
 * has non-finite coordinates, a non-finite `savedAt`. Never throws.
 */
export function validateSnapshot(value: unknown): DocumentSnapshot | null {
  try {
    if (!isRecord(value)) return null;
    const files = validateFiles(own(value, 'files'));
    const layout = validateLayout(own(value, 'layout'));
    const activeFile = own(value, 'activeFile');
    const prismaVersion = own(value, 'prismaVersion');
    const savedAt = own(value, 'savedAt');
    if (!files || !layout || typeof prismaVersion !== 'string' || !isFiniteNumber(savedAt)) return null;
    if (typeof activeFile !== 'string' || !files.some((f) => f.path === activeFile)) return null;
    const baselineNames = own(value, 'baselineNames');
    const snapshot: DocumentSnapshot = { files, activeFile, layout, prismaVersion, savedAt };
    // Optional and advisory: a wrong shape is dropped rather than failing the whole restore.
    if (Array.isArray(baselineNames) && baselineNames.every((n) => typeof n === 'string')) snapshot.baselineNames = [...baselineNames];
    const advisoryConfig = own(value, 'advisoryConfig');
    const migrationBaseline = own(value, 'migrationBaseline');
    if (isRecord(migrationBaseline)) snapshot.migrationBaseline = JSON.parse(JSON.stringify(migrationBaseline)) as Record<string, unknown>;
    if (isRecord(advisoryConfig)) snapshot.advisoryConfig = JSON.parse(JSON.stringify(advisoryConfig)) as Record<string, unknown>;
    const viewport = own(value, 'viewport');
    if (isRecord(viewport) && isFiniteNumber(viewport.x) && isFiniteNumber(viewport.y) && isFiniteNumber(viewport.zoom) && viewport.zoom > 0) {
      snapshot.viewport = { x: viewport.x, y: viewport.y, zoom: viewport.zoom };
    }
    return snapshot;
  } catch {
    // A hostile or exotic object (throwing getters, revoked proxy) is corrupt data like any other.
    return null;
  }
}

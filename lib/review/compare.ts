import { runMigrationSafety } from '../advisories/migration';
import type { MigrationAdvisory } from '../advisories/migration/types';
import { planMigrationExport } from '../export/migration-plan';
import { emptyLayout, parseLayoutJson, type LayoutDocument } from '../layout/layout-document';
import type { PrismaDiagnostic } from '../prisma/engine';
import { parseSchema, type SchemaFile } from '../schema/document';
import type { Session } from '../session/session';
import type { VersionRecord, VersionSummary } from './client';

/**
 * "Compare versions": what can be compared (saved versions from the review server, the working
 * document, the schema as it was opened) and how each side is read. Reading a side never changes the
 * document: the working document is copied, versions are fetched (and kept, they never change).
 */
export const CURRENT = 'current';
export const BASELINE = 'baseline';
const VERSION = 'version:';

export interface CompareChoice {
  /** `current`, `baseline` or `version:<id>`. */
  id: string;
  label: string;
}

export interface CompareSide {
  id: string;
  label: string;
  files: SchemaFile[];
  layout: LayoutDocument;
}

export const versionChoice = (id: string) => `${VERSION}${id}`;

export function versionLabel(v: Pick<VersionSummary, 'number' | 'name'>): string {
  return `v${v.number}${v.name ? ` · ${v.name}` : ''}`;
}

/** The schema as opened (or the snapshot the user saved as baseline), when the session has it. */
export function baselineFilesOf(session: Session): SchemaFile[] | null {
  const b = session.store.getState().migrationBaseline;
  return b.kind === 'opened' || b.kind === 'snapshot' ? b.files : null;
}

/** What `From` offers (saved versions, newest first, then the baseline) and what `To` offers (the working document first). */
export function compareChoices(versions: readonly VersionSummary[], hasBaseline: boolean): { from: CompareChoice[]; to: CompareChoice[] } {
  const saved = versions.map((v) => ({ id: versionChoice(v.id), label: versionLabel(v) }));
  const baseline = hasBaseline ? [{ id: BASELINE, label: 'Baseline (as opened)' }] : [];
  return { from: [...saved, ...baseline], to: [{ id: CURRENT, label: 'Current' }, ...saved] };
}

/** The pair to start with: the two newest versions; with one version, it against the working document; without, the baseline. */
export function defaultPair(versions: readonly VersionSummary[], hasBaseline: boolean): { from: string; to: string } | null {
  if (versions.length >= 2) return { from: versionChoice(versions[1].id), to: versionChoice(versions[0].id) };
  if (versions.length === 1) return { from: versionChoice(versions[0].id), to: CURRENT };
  return hasBaseline ? { from: BASELINE, to: CURRENT } : null;
}

function layoutOf(raw: unknown): LayoutDocument {
  const parsed = raw && typeof raw === 'object' ? parseLayoutJson(JSON.stringify(raw)) : null;
  return parsed?.ok ? parsed.layout : emptyLayout();
}

/** Reads one side. Saved versions come from the server once and are kept in `cache` (they never change). */
export async function loadCompareSide(session: Session, id: string, cache: Map<string, VersionRecord>): Promise<CompareSide> {
  if (id === CURRENT) {
    const s = session.store.getState();
    return { id, label: 'Current', files: s.files.map((f) => ({ ...f })), layout: s.layout };
  }
  if (id === BASELINE) {
    const files = baselineFilesOf(session);
    if (!files) throw new Error('This document has no baseline to compare with.');
    return { id, label: 'Baseline (as opened)', files, layout: session.store.getState().layout };
  }
  if (!id.startsWith(VERSION)) throw new Error(`Unknown version "${id}".`);
  const versionId = id.slice(VERSION.length);
  let version = cache.get(versionId);
  if (!version) {
    const connection = session.review.requireConnection();
    version = await session.review.guard(() => session.review.client.getVersion(connection, versionId));
    cache.set(versionId, version);
  }
  return { id, label: versionLabel(version), files: version.files.map((f) => ({ path: f.path, text: f.text })), layout: layoutOf(version.layout) };
}

export type CompareMigration =
  | { status: 'done'; sql: string; changed: boolean; engine: string; safety: MigrationAdvisory[] }
  | { status: 'error'; message: string; safety: MigrationAdvisory[] };

/** Migration safety findings of `from` → `to` (the export dialog's rules), or none when a side cannot be read. */
export function compareSafety(from: readonly SchemaFile[], to: readonly SchemaFile[]): MigrationAdvisory[] {
  try {
    return runMigrationSafety(parseSchema(from), parseSchema(to));
  } catch {
    return [];
  }
}

/**
 * The migration from one side to the other, as Prisma's schema engine writes it (the engine of the
 * document's Prisma version, chosen as "Export migration" chooses it), with its safety findings.
 */
export async function compareMigration(session: Session, from: readonly SchemaFile[], to: readonly SchemaFile[]): Promise<CompareMigration> {
  const safety = compareSafety(from, to);
  const engine = session.engine;
  if (!engine) return { status: 'error', message: 'The schema engine is not available here.', safety };
  const prismaVersion = session.store.getState().prismaVersion;
  const lint = (version: typeof prismaVersion, files: readonly SchemaFile[]) => session.prisma.request<PrismaDiagnostic[]>({ type: 'lint', version, files: [...files] });
  try {
    const plan = await planMigrationExport({ kind: 'schema', files: [...from] }, to, prismaVersion, lint, { upgradeInMemory: true });
    if (plan.kind !== 'export') return { status: 'error', message: plan.message, safety };
    const [base, target] = plan.sources;
    const out = await engine.request({ type: 'diff', from: base, to: target, prismaVersion: plan.version });
    if (!out.ok) return { status: 'error', message: out.message, safety };
    return { status: 'done', sql: out.output, changed: out.changed, engine: plan.label, safety };
  } catch (e) {
    return { status: 'error', message: e instanceof Error ? e.message : String(e), safety };
  }
}

import { createStore, type StoreApi } from 'zustand/vanilla';
import { emptyLayout, setPositions as withPositions, type LayoutDocument } from '../layout/layout-document';
import type { PrismaDiagnostic } from '../prisma/engine';
import { DEFAULT_PRISMA_VERSION, type PrismaVersionId } from '../prisma/versions';
import { reparseSchema, type ParsedSchema, type SchemaFile } from '../schema/document';
import type { SchemaModel } from '../schema/model';
import { applyEdits, type TextEdit } from '../text/edits';
import { emptyConfig, validateAdvisoryConfig, type AdvisoryConfig } from '../advisories/config';
import { CONFIGURABLE_RULES } from '../advisories/all-rules';
import type { AdvisoryRun } from '../advisories/run';
import { validateBaseline, type MigrationBaseline } from '../export/baseline';
import { carryRenamedPositions } from './rename-carry';
import type { PrismaFallbackModel } from '../schema/prisma-fallback';

/**
 * The designer's state. The schema text (`files`) is the only truth; `parsed` and `diagramModel` are
 * derived from it and `layout` holds positions keyed by name. No second copy of the schema exists.
 */
export interface DesignerState {
  files: SchemaFile[];
  activeFile: string;
  prismaVersion: PrismaVersionId;
  /** Bumps every time the derived state (`parsed`, the diagram) catches up with the text. */
  revision: number;
  /** True while `files` is ahead of `parsed` (typing lands at once; parsing follows once per frame). */
  textAhead: boolean;
  /** Bumps when another document is opened: the editor recreates its models. */
  openGeneration: number;
  /** The latest parse, possibly with problems. */
  parsed: ParsedSchema;
  /** The model behind the diagram: the last one without problems. */
  diagramModel: SchemaModel;
  /** The parse the diagram shows (same as `parsed` unless the text has problems). */
  diagramParsed: ParsedSchema;
  /**
   * Set while the diagram comes from Prisma's datamodel because our scanner fails on text Prisma
   * accepts (lib/schema/prisma-fallback.ts): its read-only blocks and note, and the revision it is of.
   */
  diagramFallback: (PrismaFallbackModel & { revision: number }) | null;
  /** Prisma's diagnostics and the revision they belong to (null before the first lint). */
  diagnostics: PrismaDiagnostic[];
  diagnosticsRevision: number | null;
  engineError: string | null;
  layout: LayoutDocument;
  /**
   * Names when the document was opened: models, enums, views, and `Model.field` for fields. Renames of
   * these default to keeping the database name, and advisories offer storage-renaming fixes only for
   * what is not in it.
   */
  baselineNames: ReadonlySet<string>;
  /** The project's advisory settings (schema-canvas.json). */
  advisoryConfig: AdvisoryConfig;
  /** The latest advisory results: from the last text Prisma accepted. */
  advisories: AdvisoryRun;
  /** True while the text has Prisma errors: `advisories` are from an earlier text. */
  advisoriesStale: boolean;
  /** What "Export migration" diffs the schema against (by default the schema as opened). */
  migrationBaseline: MigrationBaseline;
  /** The files as the document was opened (or restored): the "as opened" baseline. */
  openedFiles: SchemaFile[];
  selectedNodes: string[];
  selectedEdge: string | null;
  notice: Notice | null;
  /** Where the diagram is looked at; kept with the document so a reload shows the same view. */
  viewport: Viewport | null;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface Notice {
  kind: 'info' | 'error';
  text: string;
  /** Longer text (e.g. a prisma.config.ts snippet) shown under the message. */
  detail?: string;
  id: number;
}

export interface OpenDocument {
  files: SchemaFile[];
  activeFile?: string;
  layout?: LayoutDocument;
  prismaVersion?: PrismaVersionId;
  /** Names present when the document was first opened (restored sessions keep the original baseline). */
  baselineNames?: string[];
  /** A schema-canvas.json read with the schema, or restored with the session (validated here). */
  advisoryConfig?: unknown;
  /** A restored session's migration baseline (validated here); otherwise the opened files. */
  migrationBaseline?: unknown;
  /** A restored session's viewport. */
  viewport?: Viewport;
}

export interface DesignerActions {
  /** The text changed (typing, a patch): `files` is the truth at once; `derive()` re-parses later. */
  setFiles(files: SchemaFile[]): void;
  /** Brings `parsed`, the diagram model and `revision` up to the text, if it moved on. */
  derive(): void;
  /** The editor reports the new text of one file (typing, undo, or a canvas patch it applied). */
  setFileText(path: string, text: string): void;
  /** Several files changed together (a canvas edit across files): one update, one re-parse. */
  setFileTexts(texts: Record<string, string>): void;
  /** Applies patches to the texts directly (used when no editor is mounted). */
  applyEditsToFiles(edits: readonly TextEdit[]): void;
  openDocument(doc: OpenDocument): void;
  setActiveFile(path: string): void;
  setPrismaVersion(version: PrismaVersionId): void;
  setDiagnostics(revision: number, diagnostics: PrismaDiagnostic[]): void;
  /** The diagram from Prisma's datamodel for `revision` (ignored when the text moved on meanwhile). */
  setDiagramFallback(revision: number, fallback: PrismaFallbackModel): void;
  setEngineError(message: string | null): void;
  setAdvisoryConfig(config: AdvisoryConfig): void;
  setMigrationBaseline(baseline: MigrationBaseline): void;
  /** Results of a rule run for a revision (ignored when the text moved on meanwhile). */
  setAdvisories(revision: number, run: AdvisoryRun): void;
  setLayout(layout: LayoutDocument): void;
  setPositions(positions: Record<string, { x: number; y: number }>): void;
  select(nodes: string[], edge?: string | null): void;
  notify(kind: Notice['kind'], text: string, detail?: string): void;
  dismissNotice(): void;
  setViewport(viewport: Viewport): void;
}

export type DesignerStore = StoreApi<DesignerState & DesignerActions>;

function namesOf(model: SchemaModel): Set<string> {
  const names = new Set([...model.models, ...model.views, ...model.enums, ...model.composites].map((m) => m.name));
  for (const m of [...model.models, ...model.views]) for (const f of m.fields) names.add(`${m.name}.${f.name}`);
  return names;
}

const NO_ADVISORIES: AdvisoryRun = { advisories: [], suppressed: [], mergedPrisma: [] };

function configFrom(raw: unknown): AdvisoryConfig {
  return raw === undefined ? emptyConfig() : validateAdvisoryConfig(raw, CONFIGURABLE_RULES).config;
}

export function createDesignerStore(initial: OpenDocument): DesignerStore {
  let noticeId = 0;
  const first = reparseSchema(null, initial.files);
  return createStore<DesignerState & DesignerActions>()((set, get) => {
    /** Re-derives everything from new file texts. */
    const withFiles = (files: SchemaFile[]): Partial<DesignerState> => {
      const state = get();
      const parsed = reparseSchema(state.parsed, files);
      const ok = parsed.model.problems.length === 0;
      const patch: Partial<DesignerState> = { files, parsed, revision: state.revision + 1, textAhead: false };
      if (ok) {
        patch.diagramParsed = parsed;
        patch.diagramModel = parsed.model;
        patch.diagramFallback = null;
        const layout = carryRenamedPositions(state.diagramParsed, parsed, state.layout);
        if (layout !== state.layout) patch.layout = layout;
      }
      return patch;
    };

    return {
      files: initial.files,
      activeFile: initial.activeFile ?? initial.files[0]?.path ?? 'schema.prisma',
      prismaVersion: initial.prismaVersion ?? DEFAULT_PRISMA_VERSION,
      revision: 0,
      textAhead: false,
      openGeneration: 0,
      parsed: first,
      diagramParsed: first,
      diagramModel: first.model,
      diagramFallback: null,
      diagnostics: [],
      diagnosticsRevision: null,
      engineError: null,
      layout: initial.layout ?? emptyLayout(),
      baselineNames: new Set(initial.baselineNames ?? namesOf(first.model)),
      advisoryConfig: configFrom(initial.advisoryConfig),
      advisories: NO_ADVISORIES,
      advisoriesStale: false,
      migrationBaseline: validateBaseline(initial.migrationBaseline) ?? { kind: 'opened', files: initial.files },
      openedFiles: initial.files,
      selectedNodes: [],
      selectedEdge: null,
      notice: null,
      viewport: initial.viewport ?? null,

      setFiles(files) {
        if (files !== get().files) set({ files, textAhead: true });
      },

      derive() {
        const s = get();
        if (s.textAhead) set(withFiles(s.files));
      },

      setFileText(path, text) {
        const files = get().files;
        const i = files.findIndex((f) => f.path === path);
        if (i < 0 || files[i].text === text) return;
        const next = files.slice();
        next[i] = { path, text };
        set(withFiles(next));
      },

      setFileTexts(texts) {
        const files = get().files;
        let changed = false;
        const next = files.map((f) => {
          const text = texts[f.path];
          if (text === undefined || text === f.text) return f;
          changed = true;
          return { path: f.path, text };
        });
        if (changed) set(withFiles(next));
      },

      applyEditsToFiles(edits) {
        if (!edits.length) return;
        set(withFiles(applyEdits(get().files, edits)));
      },

      openDocument(doc) {
        const parsed = reparseSchema(null, doc.files);
        set((s) => ({
          files: doc.files,
          activeFile: doc.activeFile && doc.files.some((f) => f.path === doc.activeFile) ? doc.activeFile : (doc.files[0]?.path ?? 'schema.prisma'),
          prismaVersion: doc.prismaVersion ?? s.prismaVersion,
          revision: s.revision + 1,
          textAhead: false,
          openGeneration: s.openGeneration + 1,
          parsed,
          diagramParsed: parsed,
          diagramModel: parsed.model,
          diagramFallback: null,
          diagnostics: [],
          diagnosticsRevision: null,
          layout: doc.layout ?? emptyLayout(),
          baselineNames: new Set(doc.baselineNames ?? namesOf(parsed.model)),
          advisoryConfig: doc.advisoryConfig === undefined ? s.advisoryConfig : configFrom(doc.advisoryConfig),
          advisories: NO_ADVISORIES,
          advisoriesStale: false,
          migrationBaseline: validateBaseline(doc.migrationBaseline) ?? { kind: 'opened', files: doc.files },
          openedFiles: doc.files,
          selectedNodes: [],
          selectedEdge: null,
          viewport: doc.viewport ?? null,
        }));
      },

      setActiveFile(path) {
        if (get().files.some((f) => f.path === path)) set({ activeFile: path });
      },

      setPrismaVersion(version) {
        set({ prismaVersion: version, diagnostics: [], diagnosticsRevision: null });
      },

      setDiagramFallback(revision, fallback) {
        const s = get();
        if (revision !== s.revision) return;
        set({ diagramParsed: s.parsed, diagramModel: fallback.model, diagramFallback: { ...fallback, revision } });
      },

      setDiagnostics(revision, diagnostics) {
        const s = get();
        const invalid = diagnostics.some((d) => d.severity === 'error') || s.parsed.model.problems.length > 0;
        // On errors the last results stay, marked stale; on valid text the caller runs the rules.
        set({ diagnostics, diagnosticsRevision: revision, engineError: null, ...(invalid || revision !== s.revision ? { advisoriesStale: true } : {}) });
      },

      setAdvisoryConfig(config) {
        set({ advisoryConfig: config });
      },

      setMigrationBaseline(baseline) {
        set({ migrationBaseline: baseline });
      },

      setAdvisories(revision, run) {
        if (revision === get().revision) set({ advisories: run, advisoriesStale: false });
      },

      setEngineError(message) {
        set({ engineError: message });
      },

      setLayout(layout) {
        set({ layout });
      },

      setPositions(positions) {
        set({ layout: withPositions(get().layout, positions) });
      },

      select(nodes, edge = null) {
        set({ selectedNodes: nodes, selectedEdge: edge });
      },

      notify(kind, text, detail) {
        set({ notice: { kind, text, detail, id: ++noticeId } });
      },

      dismissNotice() {
        set({ notice: null });
      },

      setViewport(viewport) {
        const v = get().viewport;
        if (!v || v.x !== viewport.x || v.y !== viewport.y || v.zoom !== viewport.zoom) set({ viewport: { ...viewport } });
      },
    };
  });
}

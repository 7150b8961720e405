import type { ArgValues } from '@/lib/commands/catalog';
import { lostComments } from '@/lib/editor/comment-check';
import { setCollapsed } from '@/lib/layout/layout-document';
import { copyModelsText } from '@/lib/ops';
import { isPrismaVersionId, prismaVersionLabel } from '@/lib/prisma/versions';
import { exampleFiles } from '@/lib/samples/example';
import type { SchemaFile } from '@/lib/schema/document';
import { diffToEdits } from '@/lib/text/line-diff';
import { downloadLayout, downloadSchema } from '../designer/file-actions';
import type { CommandOutcome, DesignerServices } from '../designer/services';
import { revealInText } from './ContextMenu';
import { registerAdvisoryCommands } from './advisory-commands';
import { registerMigrationCommands } from './migration-commands';
import { registerExportCommands } from './export-commands';

export interface UiCommandDeps {
  pickSchemaFiles(): void;
  pickSchemaFolder(): void;
  pickLayoutFile(): void;
  pickAdvisoryConfig(): void;
  pickSqlFile(): void;
  pickMigrationsFolder(): void;
  /** Keeps the current document as the "previous" backup before it is replaced. */
  backup(): Promise<void>;
  restorePrevious(): Promise<CommandOutcome>;
}

const ok = (message?: string): CommandOutcome => ({ ok: true, message });

/** Formats every file with Prisma's formatter, unless that would drop comments (then it asks first). */
async function formatSchema(services: DesignerServices, args: ArgValues): Promise<CommandOutcome> {
  const s = services.store.getState();
  let formatted: SchemaFile[];
  try {
    formatted = await services.prisma.request<SchemaFile[]>({ type: 'format', version: s.prismaVersion, files: s.files });
  } catch (e) {
    return { ok: false, reason: `Prisma's formatter failed: ${e instanceof Error ? e.message : String(e)}` };
  }
  const lost = lostComments(s.files, formatted);
  if (lost.length && args.force !== true) {
    services.ui.setState({
      form: {
        command: 'format-schema',
        values: { force: true },
        error: null,
        busy: false,
        submitLabel: 'Format anyway',
        impact: `Prisma's formatter would drop ${lost.length} comment${lost.length > 1 ? 's' : ''}: ${lost.slice(0, 3).join(' · ')}${lost.length > 3 ? ' …' : ''}`,
      },
    });
    return { ok: false, reason: 'Formatting would drop comments' };
  }
  // Line-level patches: lines the formatter left alone keep their markers, folds and cursor.
  const edits = formatted.flatMap((f, i) => diffToEdits(f.path, s.files[i].text, f.text));
  if (!edits.length) {
    s.notify('info', 'The schema is already formatted');
    return ok();
  }
  services.applyEdits(edits);
  s.notify('info', 'Formatted with Prisma’s formatter');
  return ok();
}

/** Commands that are not schema edits: files, layout, formatting, version, navigation, history. */
export function registerUiCommands(services: DesignerServices, deps: UiCommandDeps): () => void {
  const store = services.store;
  const offs = [
    services.registerHandler('auto-layout', async () => {
      await services.layout.autoLayout(services.history);
      return ok('Laid out');
    }),
    services.registerHandler('format-schema', (args) => formatSchema(services, args)),
    services.registerHandler('open-schema', () => (deps.pickSchemaFiles(), ok())),
    services.registerHandler('open-schema-folder', () => (deps.pickSchemaFolder(), ok())),
    services.registerHandler('upload-layout', () => (deps.pickLayoutFile(), ok())),
    services.registerHandler('download-schema', () => (downloadSchema(services), ok())),
    services.registerHandler('download-layout', () => (downloadLayout(services), ok())),
    services.registerHandler('set-prisma-version', (args) => {
      if (!isPrismaVersionId(args.version)) return { ok: false, reason: 'Choose Prisma 7, 6.19 or 5.22' };
      store.getState().setPrismaVersion(args.version);
      store.getState().notify('info', `Validating with ${prismaVersionLabel(args.version)}`);
      return ok();
    }),
    services.registerHandler('load-example', async () => {
      await deps.backup();
      store.getState().openDocument({ files: exampleFiles(), prismaVersion: '7' });
      store.getState().notify('info', 'Loaded the example schema. “Restore previous document” brings yours back.');
      return ok();
    }),
    services.registerHandler('restore-previous', () => deps.restorePrevious()),
    services.registerHandler('go-to-model', (args) => {
      const name = typeof args.model === 'string' ? args.model.trim() : '';
      const node = services.graph.getState().graph.nodes.find((n) => n.id === name || n.id.toLowerCase() === name.toLowerCase());
      if (!node) return { ok: false, reason: `There is no model called \`${name}\`` };
      store.getState().select([node.id]);
      services.layout.center(node.id);
      revealInText(services, { kind: 'node', model: node.id });
      requestAnimationFrame(() => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(node.id)}"]`)?.focus());
      return ok();
    }),
    services.registerHandler('focus-model', (args) => {
      const name = typeof args.model === 'string' ? args.model.trim() : '';
      if (!services.graph.getState().graph.nodes.some((n) => n.id === name)) return { ok: false, reason: `There is no model called \`${name}\`` };
      const hops = Math.min(3, Math.max(0, Number(args.hops ?? 1) || 1));
      services.ui.setState({ focus: { model: name, hops, hide: args.hide === true } });
      store.getState().select([name]);
      services.layout.center(name);
      return ok();
    }),
    services.registerHandler('clear-focus', () => (services.ui.setState({ focus: null }), ok())),
    services.registerHandler('toggle-collapse', (args) => {
      const name = typeof args.model === 'string' ? args.model.trim() : '';
      const s = store.getState();
      if (![...s.diagramModel.models, ...s.diagramModel.views, ...s.diagramModel.composites].some((m) => m.name === name)) return { ok: false, reason: `There is no model called \`${name}\`` };
      const collapsed = !(s.layout.collapsed ?? []).includes(name);
      s.setLayout(setCollapsed(s.layout, [name], collapsed));
      return ok();
    }),
    services.registerHandler('collapse-all', () => {
      const s = store.getState();
      s.setLayout(setCollapsed(s.layout, [...s.diagramModel.models, ...s.diagramModel.views, ...s.diagramModel.composites].map((m) => m.name), true));
      return ok();
    }),
    services.registerHandler('expand-all', () => {
      const s = store.getState();
      s.setLayout(setCollapsed(s.layout, s.layout.collapsed ?? [], false));
      return ok();
    }),
    services.registerHandler('edit-indexes', (args) => {
      const name = typeof args.model === 'string' ? args.model.trim() : '';
      if (!store.getState().parsed.model.models.some((m) => m.name === name)) return { ok: false, reason: `There is no model called \`${name}\`` };
      services.ui.setState({ indexEditor: name, palette: false, form: null });
      return ok();
    }),
    services.registerHandler('copy-models', async () => {
      const s = store.getState();
      const names = s.selectedNodes.filter((n) => [...s.parsed.model.models, ...s.parsed.model.views, ...s.parsed.model.enums, ...s.parsed.model.composites].some((m) => m.name === n));
      if (!names.length) return { ok: false, reason: 'Select the models to copy first' };
      const text = copyModelsText(s.parsed, names);
      services.clipboard = text;
      await navigator.clipboard?.writeText(text).catch(() => undefined);
      s.notify('info', `Copied ${names.join(', ')}: paste with Ctrl+V here or in another schema`);
      return ok();
    }),
    ...registerAdvisoryCommands(services, deps),
    ...registerMigrationCommands(services, deps),
    ...registerExportCommands(services),
    services.registerHandler('undo', () => (services.undo(), ok())),
    services.registerHandler('redo', () => (services.redo(), ok())),
  ];
  return () => offs.forEach((off) => off());
}

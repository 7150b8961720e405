import { CONFIG_FILE_NAME, serializeAdvisoryConfig } from '@/lib/advisories/config';
import type { Advisory } from '@/lib/advisories/types';
import { downloadBytes } from '../designer/file-actions';
import type { DesignerServices } from '../designer/services';
import { editorBridge } from '../schema-editor/editor-bridge';
import type { UiCommandDeps } from './ui-commands';

const modelArg = (v: unknown) => (typeof v === 'string' ? v.trim() : '');

/** Advisories panel, fixes, the delete-impact view and the advisory config file. */
export function registerAdvisoryCommands(services: DesignerServices, deps: UiCommandDeps): Array<() => void> {
  const store = services.store;
  return [
    services.registerHandler('show-advisories', () => {
      services.ui.setState({ advisories: true, palette: false });
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="advisories-panel"] input')?.focus());
      return { ok: true };
    }),
    services.registerHandler('fix-advisory', (args) => services.fixAdvisory(modelArg(args.key))),
    services.registerHandler('show-delete-impact', (args) => {
      const name = modelArg(args.model);
      if (!store.getState().diagramModel.models.some((m) => m.name === name)) return { ok: false, reason: `There is no model called \`${name}\`` };
      services.ui.setState({ deleteImpact: name, focus: null });
      store.getState().select([name]);
      return { ok: true };
    }),
    services.registerHandler('clear-delete-impact', () => (services.ui.setState({ deleteImpact: null }), { ok: true })),
    services.registerHandler('download-advisory-config', () => {
      downloadBytes(CONFIG_FILE_NAME, 'application/json', new TextEncoder().encode(serializeAdvisoryConfig(store.getState().advisoryConfig)));
      return { ok: true };
    }),
    services.registerHandler('load-advisory-config', () => (deps.pickAdvisoryConfig(), { ok: true })),
  ];
}

/** "Show": selects the advisory's node or edge, centres it, and selects its text in the editor. */
export function showAdvisory(services: DesignerServices, advisory: Advisory): void {
  const t = advisory.target;
  if (t.kind === 'relation') store(services).select([], t.relation);
  else store(services).select([t.model]);
  services.layout.center(t.model);
  editorBridge()?.reveal(advisory.span.path, advisory.span.start, advisory.span.end);
}

const store = (services: DesignerServices) => services.store.getState();

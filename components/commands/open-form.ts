import { argsComplete, defaultArgs } from '@/lib/commands/form';
import type { ArgValues } from '@/lib/commands/types';
import type { Session } from '@/lib/session/session';
import type { UiStore } from './ui-store';

/** What a command's confirmation form says will happen. */
export function describeImpact(session: Session, id: string, values: ArgValues): string | undefined {
  return session.commands.get(id)?.impact?.(session, values);
}

/**
 * Starts a command: runs it at once when every argument is known (e.g. "Toggle optional" from a
 * field's menu), otherwise opens its form with what is known filled in (the selection, defaults).
 */
export function openForm(session: Session, ui: UiStore, id: string, values: ArgValues = {}): void {
  const command = session.commands.get(id);
  if (!command) return;
  const active = typeof document === 'undefined' ? null : document.activeElement;
  if (argsComplete(command, values)) {
    ui.setState({ palette: false, contextMenu: null });
    void session.run(id, values).then((outcome) => {
      if (outcome.ok) return;
      if (outcome.confirm) showForm(session, ui, id, outcome.confirm.values, { impact: outcome.confirm.impact, submitLabel: outcome.confirm.submitLabel });
      else session.notify('error', outcome.reason);
    });
    return;
  }
  const s = session.store.getState();
  const model = typeof values.model === 'string' ? values.model : (s.selectedNodes[0] ?? null);
  const defaults = defaultArgs(command, {
    parsed: session.parsed,
    activeFile: s.activeFile,
    selectedModel: model,
    selectedField: typeof values.field === 'string' ? values.field : null,
    baselineNames: s.baselineNames,
  });
  const merged = { ...defaults, ...values };
  Object.assign(merged, command.defaults?.(session, merged) ?? {}, values);
  showForm(session, ui, id, merged, { impact: describeImpact(session, id, merged) }, active instanceof HTMLElement ? active : null);
}

function showForm(session: Session, ui: UiStore, id: string, values: ArgValues, extra: { impact?: string; submitLabel?: string }, active: HTMLElement | null = null): void {
  ui.setState((state) => ({
    palette: false,
    contextMenu: null,
    form: { command: id, values, error: null, busy: false, ...extra },
    returnFocus: state.returnFocus ?? active,
  }));
}

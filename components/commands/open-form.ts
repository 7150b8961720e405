import { commandSpec, defaultArgs, type ArgValues, type CommandId } from '@/lib/commands/catalog';
import { deleteModelImpact } from '@/lib/ops';
import type { DesignerServices } from '../designer/services';

/** What deleting a model takes with it, in words, for the confirmation form. */
export function describeImpact(services: DesignerServices, id: CommandId, values: ArgValues): string | undefined {
  if (id === 'delete-models' && typeof values.models === 'string') {
    const names = values.models.split(/[\s,]+/).filter(Boolean);
    return `Deletes ${names.length} model${names.length === 1 ? '' : 's'} (${names.join(', ')}) and the relation fields that point at them. Ctrl+Z undoes it.`;
  }
  if (id !== 'delete-model' || typeof values.model !== 'string' || !values.model) return undefined;
  const impact = deleteModelImpact(services.store.getState().parsed, { model: values.model });
  if (!impact) return undefined;
  const parts = [`Deletes model ${values.model}`];
  if (impact.relationFields.length) parts.push(`the relation fields ${impact.relationFields.join(', ')}`);
  if (impact.foreignKeys.length) parts.push(`the foreign keys ${impact.foreignKeys.join(', ')}`);
  return `${parts.join(', ')}. Ctrl+Z undoes it.`;
}

/**
 * Starts a command: runs it at once when every argument is known (e.g. "Toggle optional" from a
 * field's menu), otherwise opens its form with what is known filled in (the selection, defaults).
 */
export function openForm(services: DesignerServices, id: CommandId, values: ArgValues = {}): void {
  const spec = commandSpec(id);
  const known = spec.args.every((a) => a.optional || (values[a.name] !== undefined && values[a.name] !== ''));
  if (known && !spec.confirm && spec.args.every((a) => a.kind !== 'boolean' || values[a.name] !== undefined)) {
    void services.run(id, values).then((outcome) => {
      if (!outcome.ok) services.store.getState().notify('error', outcome.reason);
    });
    services.ui.setState({ palette: false, contextMenu: null });
    return;
  }
  const s = services.store.getState();
  const model = typeof values.model === 'string' ? values.model : (s.selectedNodes[0] ?? null);
  const defaults = defaultArgs(spec, {
    parsed: s.parsed,
    activeFile: s.activeFile,
    selectedModel: model,
    selectedField: typeof values.field === 'string' ? values.field : null,
    baselineNames: s.baselineNames,
  });
  const merged = { ...defaults, ...values };
  const active = document.activeElement;
  services.ui.setState((ui) => ({
    palette: false,
    contextMenu: null,
    form: { command: id, values: merged, error: null, busy: false, impact: describeImpact(services, id, merged) },
    returnFocus: ui.returnFocus ?? (active instanceof HTMLElement ? active : null),
  }));
}

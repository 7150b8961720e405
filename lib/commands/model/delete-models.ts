import { deleteModels } from '../../ops';
import { editOp } from '../edit';
import type { Session } from '../../session/session';
import { defineCommand, str } from '../types';

/** The selected models (not enums), in selection order. */
function selectedModels(session: Session): string[] {
  const m = session.parsed.model;
  const models = new Set([...m.models, ...m.views, ...m.composites].map((x) => x.name));
  return session.store.getState().selectedNodes.filter((n) => models.has(n));
}

export default defineCommand({
  id: 'delete-models',
  title: 'Delete selected models',
  group: 'Model',
  args: [{ name: 'models', label: 'Models', kind: 'text', placeholder: 'names, separated by commas' }],
  keywords: ['remove', 'drop', 'multi', 'selection'],
  // Delete with models selected by a box (Shift+drag) or Shift+click, focus on the canvas.
  keys: [{ key: 'Delete', scope: 'canvas', args: (session) => (selectedModels(session).length ? { models: selectedModels(session).join(', ') } : null) }],
  confirm: true,
  cli: true,
  defaults: (session, a) => (str(a.models) ? {} : { models: selectedModels(session).join(', ') }),
  impact: (_session, a) => {
    const names = str(a.models).split(/[\s,]+/).filter(Boolean);
    if (!names.length) return 'Select the models to delete on the canvas (Shift+click, or Shift+drag a box), or name them here.';
    return `Deletes ${names.length} model${names.length === 1 ? '' : 's'} (${names.join(', ')}) and the relation fields that point at them. Ctrl+Z undoes it.`;
  },
  run: (session, a) => editOp(session, 'Delete selected models', a, [['models', 'Models']], (s) => deleteModels(s, { models: str(a.models) })),
});

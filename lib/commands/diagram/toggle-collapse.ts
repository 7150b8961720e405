import { setCollapsed } from '../../layout/layout-document';
import { MODEL } from '../args';
import { defineCommand, ok, str } from '../types';

export default defineCommand({
  id: 'toggle-collapse',
  title: 'Collapse or expand model',
  group: 'Diagram',
  args: [MODEL],
  keywords: ['fold', 'key fields', 'compact'],
  menus: [
    { target: 'model', label: 'Collapse to key fields', order: 8, when: (t, session) => t.kind === 'model' && !(session.store.getState().layout.collapsed ?? []).includes(t.model) },
    { target: 'model', label: 'Expand', order: 8, when: (t, session) => t.kind === 'model' && (session.store.getState().layout.collapsed ?? []).includes(t.model) },
  ],
  run: (session, a) => {
    const name = str(a.model);
    const s = session.store.getState();
    if (![...s.diagramModel.models, ...s.diagramModel.views, ...s.diagramModel.composites].some((m) => m.name === name)) return { ok: false, reason: `There is no model called \`${name}\`` };
    const collapsed = !(s.layout.collapsed ?? []).includes(name);
    s.setLayout(setCollapsed(s.layout, [name], collapsed));
    return ok();
  },
});

import { MODEL } from '../args';
import { defineCommand, ok, str } from '../types';

export default defineCommand({
  id: 'show-delete-impact',
  title: 'Show delete impact',
  group: 'Diagram',
  args: [MODEL],
  keywords: ['cascade', 'blast radius', 'on delete', 'restrict', 'what gets deleted'],
  menus: [{ target: 'model', label: 'Show delete impact', order: 7 }],
  run: (session, a) => {
    const name = str(a.model);
    if (!session.store.getState().diagramModel.models.some((m) => m.name === name)) return { ok: false, reason: `There is no model called \`${name}\`` };
    session.view.setState({ deleteImpact: name, focus: null });
    session.store.getState().select([name]);
    return ok();
  },
});

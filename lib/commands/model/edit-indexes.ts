import { MODEL } from '../args';
import { defineCommand, ok, str } from '../types';

export default defineCommand({
  id: 'edit-indexes',
  title: 'Edit indexes',
  group: 'Model',
  args: [MODEL],
  keywords: ['@@index', '@@unique', 'unique', 'constraint'],
  menus: [{ target: 'model', label: 'Edit indexes…', order: 4 }],
  run: (session, a) => {
    const name = str(a.model);
    if (!session.parsed.model.models.some((m) => m.name === name)) return { ok: false, reason: `There is no model called \`${name}\`` };
    session.view.setState({ indexEditor: name });
    return ok();
  },
});

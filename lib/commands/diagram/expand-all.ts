import { setCollapsed } from '../../layout/layout-document';
import { defineCommand, ok } from '../types';

export default defineCommand({
  id: 'expand-all',
  title: 'Expand all models',
  group: 'Diagram',
  args: [],
  keywords: ['unfold', 'all fields'],
  run: (session) => {
    const s = session.store.getState();
    s.setLayout(setCollapsed(s.layout, s.layout.collapsed ?? [], false));
    return ok();
  },
});

import { setCollapsed } from '../../layout/layout-document';
import { defineCommand, ok } from '../types';

export default defineCommand({
  id: 'collapse-all',
  title: 'Collapse all models',
  group: 'Diagram',
  args: [],
  keywords: ['fold', 'key fields', 'compact'],
  run: (session) => {
    const s = session.store.getState();
    s.setLayout(setCollapsed(s.layout, [...s.diagramModel.models, ...s.diagramModel.views, ...s.diagramModel.composites].map((m) => m.name), true));
    return ok();
  },
});

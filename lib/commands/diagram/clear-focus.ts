import { defineCommand, ok } from '../types';

export default defineCommand({
  id: 'clear-focus',
  title: 'Show all models',
  group: 'Diagram',
  args: [],
  keywords: ['unfocus', 'clear focus', 'reset'],
  run: (session) => {
    session.view.setState({ focus: null });
    return ok();
  },
});

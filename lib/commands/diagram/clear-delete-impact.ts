import { defineCommand, ok } from '../types';

export default defineCommand({
  id: 'clear-delete-impact',
  title: 'Hide delete impact',
  group: 'Diagram',
  args: [],
  keywords: ['cascade', 'clear'],
  run: (session) => {
    session.view.setState({ deleteImpact: null });
    return ok();
  },
});

import { defineCommand, ok } from '../types';

export default defineCommand({
  id: 'show-advisories',
  title: 'Show advisories',
  group: 'Schema',
  args: [],
  keys: [{ key: 'Ctrl+Shift+M', scope: 'global' }],
  keywords: ['lint', 'problems', 'warnings', 'rules', 'checks', 'advice'],
  run: (session) => {
    session.view.setState({ advisories: true });
    session.scheduler.frame(() => session.port('shell')?.focusPanel?.('advisories'));
    return ok();
  },
});

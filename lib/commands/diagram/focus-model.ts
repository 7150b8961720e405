import { MODEL } from '../args';
import { defineCommand, ok, str } from '../types';

export default defineCommand({
  id: 'focus-model',
  title: 'Focus model',
  group: 'Diagram',
  args: [
    MODEL,
    { name: 'hops', label: 'Hops', kind: 'choice', choices: ['1', '2', '3'], initial: '1' },
    { name: 'hide', label: 'Hide the other models (instead of dimming them)', kind: 'boolean', optional: true, initial: false },
  ],
  keywords: ['neighbours', 'neighbors', 'isolate', 'highlight', 'large'],
  menus: [{ target: 'model', label: 'Focus on this model…', order: 6 }],
  run: (session, a) => {
    const name = str(a.model);
    if (!session.graph.getState().graph.nodes.some((n) => n.id === name)) return { ok: false, reason: `There is no model called \`${name}\`` };
    const hops = Math.min(3, Math.max(0, Number(a.hops ?? 1) || 1));
    session.view.setState({ focus: { model: name, hops, hide: a.hide === true } });
    session.store.getState().select([name]);
    session.layout.center(name);
    return ok();
  },
});

import { MODEL } from '../args';
import { revealInText } from '../reveal';
import { defineCommand, ok, str } from '../types';

export default defineCommand({
  id: 'go-to-model',
  title: 'Go to model',
  group: 'Diagram',
  args: [MODEL],
  keys: [{ key: 'Ctrl+P', scope: 'global' }],
  keywords: ['find', 'search', 'focus'],
  run: (session, a) => {
    const name = str(a.model);
    const node = session.graph.getState().graph.nodes.find((n) => n.id === name || n.id.toLowerCase() === name.toLowerCase());
    if (!node) return { ok: false, reason: `There is no model called \`${name}\`` };
    session.store.getState().select([node.id]);
    session.layout.center(node.id);
    revealInText(session, { kind: 'model', model: node.id });
    session.scheduler.frame(() => session.port('viewport')?.focusNode?.(node.id));
    return ok();
  },
});

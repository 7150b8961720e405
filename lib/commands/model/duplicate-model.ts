import { duplicateModel } from '../../ops';
import { MODEL } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'duplicate-model',
  title: 'Duplicate model',
  group: 'Model',
  args: [MODEL, { name: 'newName', label: 'New name', kind: 'text' }],
  keys: [
    {
      key: 'Ctrl+D',
      scope: 'canvas',
      // Like duplicating in a drawing tool: at once, named <Model>Copy (F2 renames it).
      args: (session) => {
        const model = session.store.getState().selectedNodes[0];
        return model ? { model, newName: `${model}Copy` } : null;
      },
    },
  ],
  keywords: ['copy', 'clone'],
  menus: [{ target: 'model', label: 'Duplicate…', order: 5 }],
  cli: true,
  defaults: (_session, a) => (str(a.model) ? { newName: `${str(a.model)}Copy` } : {}),
  run: (session, a) => editOp(session, 'Duplicate model', a, [['model', 'Model'], ['newName', 'New name']], (s) => duplicateModel(s, { model: str(a.model), newName: str(a.newName) })),
});

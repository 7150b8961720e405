import { deleteModels } from '../../ops';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'delete-models',
  title: 'Delete selected models',
  group: 'Model',
  args: [{ name: 'models', label: 'Models', kind: 'text', placeholder: 'names, separated by commas' }],
  keywords: ['remove', 'drop', 'multi', 'selection'],
  confirm: true,
  cli: true,
  impact: (_session, a) => {
    const names = str(a.models).split(/[\s,]+/).filter(Boolean);
    return `Deletes ${names.length} model${names.length === 1 ? '' : 's'} (${names.join(', ')}) and the relation fields that point at them. Ctrl+Z undoes it.`;
  },
  run: (session, a) => editOp(session, 'Delete selected models', a, [['models', 'Models']], (s) => deleteModels(s, { models: str(a.models) })),
});

import { deleteModel, deleteModelImpact } from '../../ops';
import { MODEL } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'delete-model',
  title: 'Delete model',
  group: 'Model',
  args: [MODEL],
  keys: [{ key: 'Delete', scope: 'node' }],
  keywords: ['remove', 'drop', 'table'],
  menus: [{ target: 'model', label: 'Delete model…', order: 100, danger: true }],
  confirm: true,
  cli: true,
  impact: (session, a) => {
    const model = str(a.model);
    if (!model) return undefined;
    const impact = deleteModelImpact(session.parsed, { model });
    if (!impact) return undefined;
    const parts = [`Deletes model ${model}`];
    if (impact.relationFields.length) parts.push(`the relation fields ${impact.relationFields.join(', ')}`);
    if (impact.foreignKeys.length) parts.push(`the foreign keys ${impact.foreignKeys.join(', ')}`);
    return `${parts.join(', ')}. Ctrl+Z undoes it.`;
  },
  run: (session, a) => editOp(session, 'Delete model', a, [['model', 'Model']], (s) => deleteModel(s, { model: str(a.model) })),
});

import { toggleIgnore } from '../../ops';
import { MODEL } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'toggle-ignore',
  title: 'Toggle ignore',
  group: 'Model',
  args: [MODEL, { name: 'field', label: 'Field', kind: 'field', optional: true, placeholder: 'empty for the whole model (@@ignore)' }],
  keywords: ['@ignore', '@@ignore', 'hide'],
  cli: true,
  run: (session, a) => editOp(session, 'Toggle ignore', a, [['model', 'Model']], (s) => toggleIgnore(s, { model: str(a.model), field: str(a.field) || undefined })),
});

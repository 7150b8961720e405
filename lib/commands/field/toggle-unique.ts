import { toggleUnique } from '../../ops';
import { MODEL, FIELD } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'toggle-unique',
  title: 'Toggle unique',
  group: 'Field',
  args: [MODEL, FIELD],
  keywords: ['@unique', 'constraint'],
  menus: [{ target: 'field', label: 'Toggle unique', order: 5 }],
  cli: true,
  run: (session, a) => editOp(session, 'Toggle unique', a, [['model', 'Model'], ['field', 'Field']], (s) => toggleUnique(s, { model: str(a.model), field: str(a.field) })),
});

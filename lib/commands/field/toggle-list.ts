import { toggleList } from '../../ops';
import { MODEL, FIELD } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'toggle-list',
  title: 'Toggle list',
  group: 'Field',
  args: [MODEL, FIELD],
  keywords: ['array', '[]'],
  menus: [{ target: 'field', label: 'Toggle list', order: 4 }],
  cli: true,
  run: (session, a) => editOp(session, 'Toggle list', a, [['model', 'Model'], ['field', 'Field']], (s) => toggleList(s, { model: str(a.model), field: str(a.field) })),
});

import { deleteField } from '../../ops';
import { MODEL, FIELD } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'delete-field',
  title: 'Delete field',
  group: 'Field',
  args: [MODEL, FIELD],
  keywords: ['remove', 'column', 'drop'],
  menus: [{ target: 'field', label: 'Delete field', order: 100, danger: true }],
  cli: true,
  run: (session, a) => editOp(session, 'Delete field', a, [['model', 'Model'], ['field', 'Field']], (s) => deleteField(s, { model: str(a.model), field: str(a.field) })),
});

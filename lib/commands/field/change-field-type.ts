import { changeFieldType } from '../../ops';
import { MODEL, FIELD } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'change-field-type',
  title: 'Change field type',
  group: 'Field',
  args: [MODEL, FIELD, { name: 'type', label: 'Type', kind: 'type' }],
  keywords: ['column'],
  menus: [{ target: 'field', label: 'Change type…', order: 2 }],
  cli: true,
  run: (session, a) => editOp(session, 'Change field type', a, [['model', 'Model'], ['field', 'Field'], ['type', 'Type']], (s) => changeFieldType(s, { model: str(a.model), field: str(a.field), type: str(a.type) })),
});

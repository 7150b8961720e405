import { toggleOptional } from '../../ops';
import { MODEL, FIELD } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'toggle-optional',
  title: 'Toggle optional',
  group: 'Field',
  args: [MODEL, FIELD],
  keywords: ['nullable', 'required', '?'],
  menus: [{ target: 'field', label: 'Toggle optional', order: 3 }, { target: 'relation-field', label: 'Toggle optional', order: 3 }],
  cli: true,
  run: (session, a) => editOp(session, 'Toggle optional', a, [['model', 'Model'], ['field', 'Field']], (s) => toggleOptional(s, { model: str(a.model), field: str(a.field) })),
});

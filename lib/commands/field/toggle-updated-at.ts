import { toggleUpdatedAt } from '../../ops';
import { fieldType } from '../menu-args';
import { MODEL, FIELD } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'toggle-updated-at',
  title: 'Toggle updatedAt',
  group: 'Field',
  args: [MODEL, FIELD],
  keywords: ['@updatedAt', 'timestamp'],
  menus: [{ target: 'field', label: 'Toggle updatedAt', order: 6, when: (t, session) => t.kind === 'field' && fieldType(session, t.model, t.field) === 'DateTime' }],
  cli: true,
  run: (session, a) => editOp(session, 'Toggle updatedAt', a, [['model', 'Model'], ['field', 'Field']], (s) => toggleUpdatedAt(s, { model: str(a.model), field: str(a.field) })),
});

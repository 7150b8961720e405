import { renameField } from '../../ops';
import { MODEL, FIELD } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'rename-field',
  title: 'Rename field',
  group: 'Field',
  args: [MODEL, FIELD, { name: 'newName', label: 'New name', kind: 'text' }, { name: 'keepColumnName', label: 'Keep column name (@map)', kind: 'boolean', optional: true }],
  keywords: ['column'],
  menus: [{ target: 'field', label: 'Rename field…', order: 1 }, { target: 'relation-field', label: 'Rename field…', order: 1 }],
  cli: true,
  run: (session, a) => editOp(session, 'Rename field', a, [['model', 'Model'], ['field', 'Field'], ['newName', 'New name']], (s) => renameField(s, { model: str(a.model), field: str(a.field), newName: str(a.newName), keepColumnName: a.keepColumnName === true })),
});

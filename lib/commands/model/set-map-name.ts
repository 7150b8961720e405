import { setMapName } from '../../ops';
import { MODEL } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'set-map-name',
  title: 'Set map name',
  group: 'Model',
  args: [MODEL, { name: 'field', label: 'Field', kind: 'field', optional: true, placeholder: 'empty for the table (@@map)' }, { name: 'name', label: 'Database name', kind: 'text', placeholder: 'empty removes @map' }],
  keywords: ['@map', '@@map', 'table name', 'column name'],
  menus: [{ target: 'field', label: 'Set column name (@map)…', order: 9 }],
  cli: true,
  run: (session, a) => editOp(session, 'Set map name', a, [['model', 'Model']], (s) => setMapName(s, { model: str(a.model), field: str(a.field) || undefined, name: str(a.name) })),
});

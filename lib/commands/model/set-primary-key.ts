import { setPrimaryKey } from '../../ops';
import { MODEL } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'set-primary-key',
  title: 'Set primary key',
  group: 'Model',
  args: [MODEL, { name: 'fields', label: 'Fields', kind: 'text', placeholder: 'one field for @id, several for @@id' }],
  keywords: ['@id', '@@id', 'key', 'pk'],
  menus: [{ target: 'field', label: 'Set as primary key', order: 11, args: (t) => ('field' in t ? { model: t.model, fields: t.field } : null) }],
  cli: true,
  run: (session, a) => editOp(session, 'Set primary key', a, [['model', 'Model'], ['fields', 'Fields']], (s) => setPrimaryKey(s, { model: str(a.model), fields: str(a.fields) })),
});

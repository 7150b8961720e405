import { setDefault } from '../../ops';
import { MODEL, FIELD } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'set-default',
  title: 'Set default',
  group: 'Field',
  args: [MODEL, FIELD, { name: 'value', label: 'Default', kind: 'text', placeholder: 'now(), autoincrement(), uuid(), cuid(), 0, "text", an enum value; empty removes' }],
  keywords: ['@default', 'value'],
  menus: [{ target: 'field', label: 'Set default…', order: 7 }],
  cli: true,
  run: (session, a) => editOp(session, 'Set default', a, [['model', 'Model'], ['field', 'Field']], (s) => setDefault(s, { model: str(a.model), field: str(a.field), value: str(a.value) })),
});

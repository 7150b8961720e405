import { addEnumValue } from '../../ops';
import { ENUM } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'add-enum-value',
  title: 'Add enum value',
  group: 'Enum',
  args: [ENUM, { name: 'value', label: 'Value', kind: 'text', placeholder: 'e.g. ARCHIVED' }, { name: 'map', label: 'Database value (@map)', kind: 'text', optional: true }],
  keywords: ['new', 'member'],
  menus: [{ target: 'enum', label: 'Add value…', order: 1 }],
  cli: true,
  run: (session, a) => editOp(session, 'Add enum value', a, [['enum', 'Enum'], ['value', 'Value']], (s) => addEnumValue(s, { enum: str(a.enum), value: str(a.value), map: str(a.map) || undefined })),
});

import { setEnumValueMap } from '../../ops';
import { ENUM, ENUM_VALUE } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'set-enum-value-map',
  title: 'Set enum value database name',
  group: 'Enum',
  args: [ENUM, ENUM_VALUE, { name: 'map', label: 'Database value (@map)', kind: 'text', placeholder: 'empty removes @map' }],
  keywords: ['map', 'member'],
  menus: [{ target: 'enum-value', label: 'Set database value…', order: 2 }],
  cli: true,
  run: (session, a) => editOp(session, 'Set enum value database name', a, [['enum', 'Enum'], ['value', 'Value']], (s) => setEnumValueMap(s, { enum: str(a.enum), value: str(a.value), map: str(a.map) })),
});

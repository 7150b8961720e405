import { renameEnumValue } from '../../ops';
import { ENUM, ENUM_VALUE } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'rename-enum-value',
  title: 'Rename enum value',
  group: 'Enum',
  args: [ENUM, ENUM_VALUE, { name: 'newName', label: 'New name', kind: 'text' }, { name: 'keepDbName', label: 'Keep the database value (@map)', kind: 'boolean', optional: true }],
  keywords: ['member'],
  menus: [{ target: 'enum-value', label: 'Rename value…', order: 1 }],
  cli: true,
  run: (session, a) => editOp(session, 'Rename enum value', a, [['enum', 'Enum'], ['value', 'Value'], ['newName', 'New name']], (s) => renameEnumValue(s, { enum: str(a.enum), value: str(a.value), newName: str(a.newName), keepDbName: a.keepDbName === true })),
});

import { removeEnumValue } from '../../ops';
import { ENUM, ENUM_VALUE } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'remove-enum-value',
  title: 'Remove enum value',
  group: 'Enum',
  args: [ENUM, ENUM_VALUE],
  keywords: ['delete', 'member', 'drop'],
  menus: [{ target: 'enum-value', label: 'Remove value', order: 100, danger: true }],
  cli: true,
  run: (session, a) => editOp(session, 'Remove enum value', a, [['enum', 'Enum'], ['value', 'Value']], (s) => removeEnumValue(s, { enum: str(a.enum), value: str(a.value) })),
});

import { deleteEnum } from '../../ops';
import { ENUM } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'delete-enum',
  title: 'Delete enum',
  group: 'Enum',
  args: [ENUM, { name: 'replaceWith', label: 'Replace its uses with', kind: 'type', optional: true, placeholder: 'e.g. String (needed while fields use it)' }],
  keys: [{ key: 'Delete', scope: 'enum-node' }],
  keywords: ['remove', 'drop', 'type'],
  menus: [{ target: 'enum', label: 'Delete enum…', order: 100, danger: true }],
  confirm: true,
  cli: true,
  run: (session, a) => editOp(session, 'Delete enum', a, [['enum', 'Enum']], (s) => deleteEnum(s, { enum: str(a.enum), replaceWith: str(a.replaceWith) || undefined })),
});

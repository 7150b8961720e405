import { renameEnum } from '../../ops';
import { ENUM } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'rename-enum',
  title: 'Rename enum',
  group: 'Enum',
  args: [ENUM, { name: 'newName', label: 'New name', kind: 'text' }, { name: 'keepTypeName', label: 'Keep the database type name (@@map)', kind: 'boolean', optional: true }],
  keys: [{ key: 'F2', scope: 'enum-node' }],
  keywords: ['type'],
  menus: [{ target: 'enum', label: 'Rename enum…', order: 2 }],
  cli: true,
  run: (session, a) => editOp(session, 'Rename enum', a, [['enum', 'Enum'], ['newName', 'New name']], (s) => renameEnum(s, { enum: str(a.enum), newName: str(a.newName), keepTypeName: a.keepTypeName === true })),
});

import { renameModel } from '../../ops';
import { MODEL } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'rename-model',
  title: 'Rename model',
  group: 'Model',
  args: [MODEL, { name: 'newName', label: 'New name', kind: 'text' }, { name: 'keepTableName', label: 'Keep table name (@@map)', kind: 'boolean', optional: true }],
  keys: [{ key: 'F2', scope: 'node' }],
  keywords: ['table'],
  menus: [{ target: 'model', label: 'Rename model…', order: 3 }],
  cli: true,
  run: (session, a) => editOp(session, 'Rename model', a, [['model', 'Model'], ['newName', 'New name']], (s) => renameModel(s, { model: str(a.model), newName: str(a.newName), keepTableName: a.keepTableName === true })),
});

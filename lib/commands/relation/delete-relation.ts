import { deleteRelation } from '../../ops';
import { MODEL, FIELD } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'delete-relation',
  title: 'Delete relation',
  group: 'Relation',
  args: [MODEL, FIELD, { name: 'keepForeignKeys', label: 'Keep the foreign key columns', kind: 'boolean', optional: true, initial: false }],
  keywords: ['remove', 'foreign key', 'unlink'],
  menus: [{ target: 'relation-field', label: 'Delete relation', order: 100, danger: true }, { target: 'edge', label: 'Delete relation', order: 100, danger: true }],
  cli: true,
  run: (session, a) => editOp(session, 'Delete relation', a, [['model', 'Model'], ['field', 'Field']], (s) => deleteRelation(s, { model: str(a.model), field: str(a.field), keepForeignKeys: a.keepForeignKeys === true })),
});

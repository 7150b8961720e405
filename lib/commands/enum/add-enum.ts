import { addEnum } from '../../ops';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'add-enum',
  title: 'Add enum',
  group: 'Enum',
  args: [{ name: 'name', label: 'Name', kind: 'text', placeholder: 'e.g. OrderStatus' }, { name: 'values', label: 'Values', kind: 'text', placeholder: 'e.g. OPEN, PAID, SHIPPED' }, { name: 'file', label: 'File', kind: 'file', optional: true }],
  keywords: ['new', 'type', 'create'],
  cli: true,
  run: (session, a) => editOp(session, 'Add enum', a, [['name', 'Name'], ['values', 'Values']], (s) => addEnum(s, { name: str(a.name), values: str(a.values), file: str(a.file) || undefined })),
});

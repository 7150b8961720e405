import { addModel } from '../../ops';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'add-model',
  title: 'Add model',
  group: 'Model',
  args: [{ name: 'name', label: 'Name', kind: 'text', placeholder: 'e.g. Invoice' }, { name: 'file', label: 'File', kind: 'file', optional: true }],
  keys: [{ key: 'Shift+M', scope: 'canvas' }],
  keywords: ['new', 'table', 'create'],
  toolbar: { label: 'Add model', section: 'edit', order: 1, primary: true },
  menus: [{ target: 'pane', label: 'Add model…', order: 1 }],
  cli: true,
  run: (session, a) => editOp(session, 'Add model', a, [['name', 'Name']], (s) => addModel(s, { name: str(a.name), file: str(a.file) || undefined }), { addedModel: str(a.name) }),
});

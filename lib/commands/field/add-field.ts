import { addField } from '../../ops';
import { MODEL } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'add-field',
  title: 'Add field',
  group: 'Field',
  args: [MODEL, { name: 'name', label: 'Name', kind: 'text', placeholder: 'e.g. title' }, { name: 'type', label: 'Type', kind: 'type', placeholder: 'String, Int?, Role[] …' }, { name: 'attributes', label: 'Attributes', kind: 'text', optional: true, placeholder: '@unique @default("")' }],
  keys: [{ key: 'Shift+F', scope: 'canvas' }],
  keywords: ['column', 'new'],
  toolbar: { label: 'Add field', section: 'edit', order: 2 },
  menus: [{ target: 'model', label: 'Add field…', order: 1 }],
  cli: true,
  run: (session, a) => editOp(session, 'Add field', a, [['model', 'Model'], ['name', 'Name'], ['type', 'Type']], (s) => addField(s, { model: str(a.model), name: str(a.name), type: str(a.type), attributes: str(a.attributes) })),
});

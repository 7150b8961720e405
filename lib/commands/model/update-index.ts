import { updateIndex } from '../../ops';
import { MODEL } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'update-index',
  title: 'Update index',
  group: 'Model',
  args: [MODEL, { name: 'index', label: 'Index', kind: 'text' }, { name: 'fields', label: 'Fields', kind: 'text' }, { name: 'kind', label: 'Kind', kind: 'choice', choices: ['index', 'unique'] }, { name: 'type', label: 'Index type', kind: 'text', optional: true }, { name: 'map', label: 'Database name (map)', kind: 'text', optional: true }],
  hidden: true,
  cli: true,
  run: (session, a) => editOp(session, 'Update index', a, [['model', 'Model'], ['index', 'Index']], (s) => updateIndex(s, {
        model: str(a.model),
        index: Number(str(a.index)),
        fields: typeof a.fields === 'string' ? a.fields : undefined,
        kind: a.kind === 'unique' || a.kind === 'index' ? a.kind : undefined,
        type: typeof a.type === 'string' ? a.type : undefined,
        map: typeof a.map === 'string' ? a.map : undefined,
      })),
});

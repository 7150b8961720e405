import { addIndex } from '../../ops';
import { MODEL } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'add-index',
  title: 'Add index',
  group: 'Model',
  args: [
    MODEL,
    { name: 'fields', label: 'Fields', kind: 'text', placeholder: 'e.g. authorId, createdAt(sort: Desc)' },
    { name: 'kind', label: 'Kind', kind: 'choice', choices: ['index', 'unique'], initial: 'index' },
    { name: 'type', label: 'Index type', kind: 'choice', choices: ['', 'BTree', 'Hash', 'Gist', 'Gin', 'SpGist', 'Brin'], emptyLabel: 'Default (BTree)', optional: true },
    { name: 'map', label: 'Database name (map)', kind: 'text', optional: true },
  ],
  keywords: ['@@index', '@@unique', 'unique', 'constraint', 'performance'],
  cli: true,
  run: (session, a) => editOp(session, 'Add index', a, [['model', 'Model'], ['fields', 'Fields']], (s) => addIndex(s, { model: str(a.model), fields: str(a.fields), kind: str(a.kind) === 'unique' ? 'unique' : 'index', type: str(a.type) || undefined, map: str(a.map) || undefined })),
});

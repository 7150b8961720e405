import { setSchema } from '../../ops';
import { MODEL } from '../args';
import { editOp } from '../edit';
import { defineCommand, str } from '../types';

export default defineCommand({
  id: 'set-schema',
  title: 'Set database schema',
  group: 'Model',
  args: [MODEL, { name: 'schema', label: 'Schema', kind: 'text', placeholder: 'one of the datasource schemas' }],
  keywords: ['@@schema', 'multiSchema', 'namespace'],
  cli: true,
  run: (session, a) => editOp(session, 'Set database schema', a, [['model', 'Model'], ['schema', 'Schema']], (s) => setSchema(s, { model: str(a.model), schema: str(a.schema) })),
});

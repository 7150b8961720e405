import { revealInText } from '../reveal';
import { defineCommand, ok, str } from '../types';

const reveal = { label: 'Show in text', order: 50 };

export default defineCommand({
  id: 'show-in-text',
  title: 'Show in text',
  group: 'Diagram',
  args: [
    { name: 'model', label: 'Model or enum', kind: 'model' },
    { name: 'field', label: 'Field', kind: 'field', optional: true, placeholder: 'empty for the model itself' },
  ],
  keywords: ['reveal', 'editor', 'source', 'jump'],
  menus: [
    { target: 'model', ...reveal },
    { target: 'enum', ...reveal, args: (t) => ('model' in t ? { model: t.model } : null) },
    { target: 'field', ...reveal },
    { target: 'relation-field', ...reveal },
    { target: 'enum-value', ...reveal, args: (t) => ('field' in t ? { model: t.model, field: t.field } : null) },
    { target: 'edge', ...reveal },
  ],
  run: (session, a) => {
    const model = str(a.model);
    const field = str(a.field);
    if (!revealInText(session, field ? { kind: 'field', model, field } : { kind: 'model', model })) return { ok: false, reason: `There is nothing called \`${field ? `${model}.${field}` : model}\`` };
    return ok();
  },
});

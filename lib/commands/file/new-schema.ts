import { SCHEMA_TEMPLATES, templateFiles } from '../../samples/templates';
import { defineCommand, ok, str } from '../types';

/** Starts from nothing (or a starter); the document it replaces stays recoverable. */
export default defineCommand({
  id: 'new-schema',
  title: 'New schema',
  group: 'File',
  args: [
    {
      name: 'template',
      label: 'Template',
      kind: 'choice',
      choices: SCHEMA_TEMPLATES.map((t) => t.id),
      choiceLabels: Object.fromEntries(SCHEMA_TEMPLATES.map((t) => [t.id, t.label])),
      initial: 'empty-postgresql',
    },
  ],
  keys: [{ key: 'Ctrl+Alt+N', scope: 'global' }],
  keywords: ['empty', 'blank', 'start', 'template', 'create', 'reset'],
  run: async (session, a) => {
    const files = templateFiles(str(a.template));
    if (!files) return { ok: false, reason: 'Choose a template' };
    await session.backup();
    session.openDocument({ files, prismaVersion: '7', migrationBaseline: { kind: 'empty' }, layout: undefined });
    session.notify('info', 'New schema. “Restore previous document” brings the last one back.');
    return ok();
  },
});

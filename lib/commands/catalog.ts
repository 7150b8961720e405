import type { ParsedSchema } from '../schema/document';
import { relationOfField } from '../schema/relations';
import { REFERENTIAL_ACTIONS } from '../schema/model';
import { RELATION_KINDS } from '../ops/add-relation';
import { IMAGE_FORMATS, IMAGE_SCALES, IMAGE_THEMES } from '../export/image-name';

/**
 * Every command the designer offers, by a plain name. Toolbar buttons, context menus, keyboard
 * shortcuts, the command palette and tests all dispatch these ids with the same arguments.
 */
export type CommandId =
  | 'add-model'
  | 'rename-model'
  | 'delete-model'
  | 'delete-models'
  | 'add-field'
  | 'rename-field'
  | 'change-field-type'
  | 'toggle-optional'
  | 'toggle-list'
  | 'delete-field'
  | 'add-relation'
  | 'delete-relation'
  | 'set-referential-actions'
  | 'set-primary-key'
  | 'set-default'
  | 'set-native-type'
  | 'set-map-name'
  | 'toggle-unique'
  | 'toggle-updated-at'
  | 'toggle-ignore'
  | 'set-documentation'
  | 'set-schema'
  | 'add-index'
  | 'edit-indexes'
  | 'update-index'
  | 'remove-index'
  | 'duplicate-model'
  | 'copy-models'
  | 'paste-models'
  | 'add-enum'
  | 'rename-enum'
  | 'delete-enum'
  | 'add-enum-value'
  | 'rename-enum-value'
  | 'remove-enum-value'
  | 'set-enum-value-map'
  | 'auto-layout'
  | 'format-schema'
  | 'open-schema'
  | 'open-schema-folder'
  | 'download-schema'
  | 'download-layout'
  | 'export-image'
  | 'upload-layout'
  | 'set-prisma-version'
  | 'load-example'
  | 'restore-previous'
  | 'go-to-model'
  | 'focus-model'
  | 'clear-focus'
  | 'toggle-collapse'
  | 'collapse-all'
  | 'expand-all'
  | 'export-migration'
  | 'verify-migration'
  | 'set-baseline'
  | 'import-sql'
  | 'download-project-zip'
  | 'show-advisories'
  | 'fix-advisory'
  | 'show-delete-impact'
  | 'clear-delete-impact'
  | 'download-advisory-config'
  | 'load-advisory-config'
  | 'undo'
  | 'redo';

export type ArgKind = 'model' | 'field' | 'nativeType' | 'enum' | 'enumValue' | 'text' | 'multiline' | 'type' | 'boolean' | 'version' | 'file' | 'choice';

export interface ArgSpec {
  name: string;
  /** The visible label of the input. */
  label: string;
  kind: ArgKind;
  optional?: boolean;
  placeholder?: string;
  /** For `choice`: the values offered, in order; `''` shows as `emptyLabel`. */
  choices?: readonly string[];
  emptyLabel?: string;
  /** For `choice`: what to show for each value (the value itself when absent). */
  choiceLabels?: Readonly<Record<string, string>>;
  /** The initial value when the selection does not give one. */
  initial?: string | boolean;
  /** A second model argument (e.g. a relation's `To`) does not take the selected model. */
  noSelection?: boolean;
}

export type CommandGroup = 'Model' | 'Field' | 'Relation' | 'Enum' | 'Diagram' | 'File' | 'Schema' | 'Edit';

export interface CommandSpec {
  id: CommandId;
  title: string;
  group: CommandGroup;
  args: ArgSpec[];
  /** Shown in the palette, e.g. `F2`. */
  shortcut?: string;
  /** Asks for confirmation before running (the form shows what will happen). */
  confirm?: boolean;
  /** Run by other UI (e.g. the index editor), not offered in the palette. */
  hidden?: boolean;
  keywords?: string[];
}

const MODEL: ArgSpec = { name: 'model', label: 'Model', kind: 'model' };
const FIELD: ArgSpec = { name: 'field', label: 'Field', kind: 'field' };
const ENUM: ArgSpec = { name: 'enum', label: 'Enum', kind: 'enum' };
const ENUM_VALUE: ArgSpec = { name: 'value', label: 'Value', kind: 'enumValue' };
const ACTION_CHOICES = ['', ...REFERENTIAL_ACTIONS];
const action = (name: 'onDelete' | 'onUpdate'): ArgSpec => ({ name, label: name, kind: 'choice', choices: ACTION_CHOICES, emptyLabel: "Prisma's default", optional: true });

export const COMMANDS: readonly CommandSpec[] = [
  { id: 'add-model', title: 'Add model', group: 'Model', args: [{ name: 'name', label: 'Name', kind: 'text', placeholder: 'e.g. Invoice' }, { name: 'file', label: 'File', kind: 'file', optional: true }], shortcut: 'Shift+M', keywords: ['new', 'table', 'create'] },
  { id: 'rename-model', title: 'Rename model', group: 'Model', args: [MODEL, { name: 'newName', label: 'New name', kind: 'text' }, { name: 'keepTableName', label: 'Keep table name (@@map)', kind: 'boolean', optional: true }], shortcut: 'F2', keywords: ['table'] },
  { id: 'delete-model', title: 'Delete model', group: 'Model', args: [MODEL], confirm: true, shortcut: 'Delete', keywords: ['remove', 'drop', 'table'] },
  { id: 'delete-models', title: 'Delete selected models', group: 'Model', args: [{ name: 'models', label: 'Models', kind: 'text', placeholder: 'names, separated by commas' }], confirm: true, keywords: ['remove', 'drop', 'multi', 'selection'] },
  { id: 'add-field', title: 'Add field', group: 'Field', args: [MODEL, { name: 'name', label: 'Name', kind: 'text', placeholder: 'e.g. title' }, { name: 'type', label: 'Type', kind: 'type', placeholder: 'String, Int?, Role[] …' }, { name: 'attributes', label: 'Attributes', kind: 'text', optional: true, placeholder: '@unique @default("")' }], shortcut: 'Shift+F', keywords: ['column', 'new'] },
  { id: 'rename-field', title: 'Rename field', group: 'Field', args: [MODEL, FIELD, { name: 'newName', label: 'New name', kind: 'text' }, { name: 'keepColumnName', label: 'Keep column name (@map)', kind: 'boolean', optional: true }], keywords: ['column'] },
  { id: 'change-field-type', title: 'Change field type', group: 'Field', args: [MODEL, FIELD, { name: 'type', label: 'Type', kind: 'type' }], keywords: ['column'] },
  { id: 'toggle-optional', title: 'Toggle optional', group: 'Field', args: [MODEL, FIELD], keywords: ['nullable', 'required', '?'] },
  { id: 'toggle-list', title: 'Toggle list', group: 'Field', args: [MODEL, FIELD], keywords: ['array', '[]'] },
  { id: 'delete-field', title: 'Delete field', group: 'Field', args: [MODEL, FIELD], keywords: ['remove', 'column', 'drop'] },
  {
    id: 'add-relation',
    title: 'Add relation',
    group: 'Relation',
    args: [
      { name: 'from', label: 'From', kind: 'model', placeholder: 'the model holding the foreign key' },
      { name: 'to', label: 'To', kind: 'model', noSelection: true, placeholder: 'the referenced model' },
      { name: 'kind', label: 'Kind', kind: 'choice', choices: RELATION_KINDS, initial: '1:n' },
      { name: 'field', label: 'Field name', kind: 'text', optional: true, placeholder: 'e.g. author' },
      { name: 'backField', label: 'Back-relation field name', kind: 'text', optional: true, placeholder: 'e.g. posts' },
      action('onDelete'),
      { name: 'optional', label: 'Optional (the foreign key may be NULL)', kind: 'boolean', optional: true, initial: false },
    ],
    keywords: ['foreign key', 'connect', 'link', 'one-to-many', 'many-to-many', 'join'],
  },
  { id: 'delete-relation', title: 'Delete relation', group: 'Relation', args: [MODEL, FIELD, { name: 'keepForeignKeys', label: 'Keep the foreign key columns', kind: 'boolean', optional: true, initial: false }], keywords: ['remove', 'foreign key', 'unlink'] },
  {
    id: 'set-referential-actions',
    title: 'Set referential actions',
    group: 'Relation',
    args: [MODEL, FIELD, action('onDelete'), action('onUpdate'), { name: 'makeOptional', label: 'Make the foreign key optional (needed for SetNull)', kind: 'boolean', optional: true, initial: false }],
    keywords: ['onDelete', 'onUpdate', 'cascade', 'restrict', 'set null'],
  },
  { id: 'set-primary-key', title: 'Set primary key', group: 'Model', args: [MODEL, { name: 'fields', label: 'Fields', kind: 'text', placeholder: 'one field for @id, several for @@id' }], keywords: ['@id', '@@id', 'key', 'pk'] },
  { id: 'set-default', title: 'Set default', group: 'Field', args: [MODEL, FIELD, { name: 'value', label: 'Default', kind: 'text', placeholder: 'now(), autoincrement(), uuid(), cuid(), 0, "text", an enum value; empty removes' }], keywords: ['@default', 'value'] },
  { id: 'set-native-type', title: 'Set native type', group: 'Field', args: [MODEL, FIELD, { name: 'nativeType', label: 'Native type', kind: 'nativeType', placeholder: 'e.g. VarChar(200), Uuid, Text; empty removes' }], keywords: ['@db', 'column type', 'varchar'] },
  { id: 'set-map-name', title: 'Set map name', group: 'Model', args: [MODEL, { name: 'field', label: 'Field', kind: 'field', optional: true, placeholder: 'empty for the table (@@map)' }, { name: 'name', label: 'Database name', kind: 'text', placeholder: 'empty removes @map' }], keywords: ['@map', '@@map', 'table name', 'column name'] },
  { id: 'toggle-unique', title: 'Toggle unique', group: 'Field', args: [MODEL, FIELD], keywords: ['@unique', 'constraint'] },
  { id: 'toggle-updated-at', title: 'Toggle updatedAt', group: 'Field', args: [MODEL, FIELD], keywords: ['@updatedAt', 'timestamp'] },
  { id: 'toggle-ignore', title: 'Toggle ignore', group: 'Model', args: [MODEL, { name: 'field', label: 'Field', kind: 'field', optional: true, placeholder: 'empty for the whole model (@@ignore)' }], keywords: ['@ignore', '@@ignore', 'hide'] },
  { id: 'set-documentation', title: 'Set documentation', group: 'Model', args: [MODEL, { name: 'field', label: 'Field', kind: 'field', optional: true, placeholder: 'empty for the model' }, { name: 'text', label: 'Documentation', kind: 'multiline', placeholder: 'shown as /// comments; empty removes' }], keywords: ['///', 'docs', 'comment', 'description'] },
  { id: 'set-schema', title: 'Set database schema', group: 'Model', args: [MODEL, { name: 'schema', label: 'Schema', kind: 'text', placeholder: 'one of the datasource schemas' }], keywords: ['@@schema', 'multiSchema', 'namespace'] },
  {
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
  },
  { id: 'edit-indexes', title: 'Edit indexes', group: 'Model', args: [MODEL], keywords: ['@@index', '@@unique', 'unique', 'constraint'] },
  {
    id: 'update-index',
    title: 'Update index',
    group: 'Model',
    hidden: true,
    args: [MODEL, { name: 'index', label: 'Index', kind: 'text' }, { name: 'fields', label: 'Fields', kind: 'text' }, { name: 'kind', label: 'Kind', kind: 'choice', choices: ['index', 'unique'] }, { name: 'type', label: 'Index type', kind: 'text', optional: true }, { name: 'map', label: 'Database name (map)', kind: 'text', optional: true }],
  },
  { id: 'remove-index', title: 'Remove index', group: 'Model', hidden: true, args: [MODEL, { name: 'index', label: 'Index', kind: 'text' }] },
  { id: 'duplicate-model', title: 'Duplicate model', group: 'Model', args: [MODEL, { name: 'newName', label: 'New name', kind: 'text' }], shortcut: 'Ctrl+D', keywords: ['copy', 'clone'] },
  { id: 'copy-models', title: 'Copy selected models', group: 'Model', args: [], shortcut: 'Ctrl+C', keywords: ['clipboard'] },
  { id: 'paste-models', title: 'Paste models', group: 'Model', args: [{ name: 'text', label: 'Schema text', kind: 'multiline', placeholder: 'model … { … } blocks copied from a schema' }], shortcut: 'Ctrl+V', keywords: ['clipboard', 'import'] },
  { id: 'add-enum', title: 'Add enum', group: 'Enum', args: [{ name: 'name', label: 'Name', kind: 'text', placeholder: 'e.g. OrderStatus' }, { name: 'values', label: 'Values', kind: 'text', placeholder: 'e.g. OPEN, PAID, SHIPPED' }, { name: 'file', label: 'File', kind: 'file', optional: true }], keywords: ['new', 'type', 'create'] },
  { id: 'rename-enum', title: 'Rename enum', group: 'Enum', args: [ENUM, { name: 'newName', label: 'New name', kind: 'text' }, { name: 'keepTypeName', label: 'Keep the database type name (@@map)', kind: 'boolean', optional: true }], keywords: ['type'] },
  { id: 'delete-enum', title: 'Delete enum', group: 'Enum', args: [ENUM, { name: 'replaceWith', label: 'Replace its uses with', kind: 'type', optional: true, placeholder: 'e.g. String (needed while fields use it)' }], confirm: true, keywords: ['remove', 'drop', 'type'] },
  { id: 'add-enum-value', title: 'Add enum value', group: 'Enum', args: [ENUM, { name: 'value', label: 'Value', kind: 'text', placeholder: 'e.g. ARCHIVED' }, { name: 'map', label: 'Database value (@map)', kind: 'text', optional: true }], keywords: ['new', 'member'] },
  { id: 'rename-enum-value', title: 'Rename enum value', group: 'Enum', args: [ENUM, ENUM_VALUE, { name: 'newName', label: 'New name', kind: 'text' }, { name: 'keepDbName', label: 'Keep the database value (@map)', kind: 'boolean', optional: true }], keywords: ['member'] },
  { id: 'remove-enum-value', title: 'Remove enum value', group: 'Enum', args: [ENUM, ENUM_VALUE], keywords: ['delete', 'member', 'drop'] },
  { id: 'set-enum-value-map', title: 'Set enum value database name', group: 'Enum', args: [ENUM, ENUM_VALUE, { name: 'map', label: 'Database value (@map)', kind: 'text', placeholder: 'empty removes @map' }], keywords: ['map', 'member'] },
  { id: 'auto-layout', title: 'Auto layout', group: 'Diagram', args: [], shortcut: 'Shift+L', keywords: ['arrange', 'elk'] },
  { id: 'go-to-model', title: 'Go to model', group: 'Diagram', args: [MODEL], shortcut: 'Ctrl+P', keywords: ['find', 'search', 'focus'] },
  {
    id: 'focus-model',
    title: 'Focus model',
    group: 'Diagram',
    args: [MODEL, { name: 'hops', label: 'Hops', kind: 'choice', choices: ['1', '2', '3'], initial: '1' }, { name: 'hide', label: 'Hide the other models (instead of dimming them)', kind: 'boolean', optional: true, initial: false }],
    keywords: ['neighbours', 'neighbors', 'isolate', 'highlight', 'large'],
  },
  { id: 'clear-focus', title: 'Show all models', group: 'Diagram', args: [], keywords: ['unfocus', 'clear focus', 'reset'] },
  { id: 'toggle-collapse', title: 'Collapse or expand model', group: 'Diagram', args: [MODEL], keywords: ['fold', 'key fields', 'compact'] },
  { id: 'collapse-all', title: 'Collapse all models', group: 'Diagram', args: [], keywords: ['fold', 'key fields', 'compact'] },
  { id: 'expand-all', title: 'Expand all models', group: 'Diagram', args: [], keywords: ['unfold', 'all fields'] },
  { id: 'show-delete-impact', title: 'Show delete impact', group: 'Diagram', args: [MODEL], keywords: ['cascade', 'blast radius', 'on delete', 'restrict', 'what gets deleted'] },
  { id: 'clear-delete-impact', title: 'Hide delete impact', group: 'Diagram', args: [], keywords: ['cascade', 'clear'] },
  { id: 'show-advisories', title: 'Show advisories', group: 'Schema', args: [], shortcut: 'Ctrl+Shift+M', keywords: ['lint', 'problems', 'warnings', 'rules', 'checks', 'advice'] },
  { id: 'fix-advisory', title: 'Fix advisory', group: 'Schema', hidden: true, args: [{ name: 'key', label: 'Advisory', kind: 'text' }] },
  { id: 'export-migration', title: 'Export migration', group: 'File', args: [], shortcut: 'Ctrl+Shift+E', keywords: ['migrate', 'sql', 'prisma migrate diff', 'migration.sql', 'zip', 'down.sql', 'rollback'] },
  { id: 'verify-migration', title: 'Verify migration', group: 'File', args: [], keywords: ['pglite', 'postgresql', 'apply', 'test', 'check', 'rollback'] },
  {
    id: 'set-baseline',
    title: 'Set baseline',
    group: 'File',
    args: [
      {
        name: 'baseline',
        label: 'Diff migrations against',
        kind: 'choice',
        choices: ['current', 'opened', 'empty', 'migrations'],
        choiceLabels: { current: 'The schema as it is now (snapshot)', opened: 'The schema as it was opened', empty: 'An empty database', migrations: 'A prisma/migrations folder…' },
        initial: 'current',
      },
    ],
    keywords: ['migration', 'snapshot', 'history', 'deployed', 'prisma/migrations'],
  },
  { id: 'import-sql', title: 'Import SQL', group: 'File', args: [{ name: 'sql', label: 'SQL to import (leave empty to open a .sql file)', kind: 'multiline', optional: true }], keywords: ['pg_dump', 'ddl', 'introspect', 'database', 'reverse engineer'] },
  { id: 'download-project-zip', title: 'Download project zip', group: 'File', args: [], keywords: ['export', 'migrations', 'prisma folder', 'zip'] },
  { id: 'download-advisory-config', title: 'Download advisory config', group: 'File', args: [], keywords: ['schema-canvas.json', 'rules', 'export', 'lint config'] },
  { id: 'load-advisory-config', title: 'Load advisory config', group: 'File', args: [], keywords: ['schema-canvas.json', 'rules', 'import', 'lint config'] },
  { id: 'format-schema', title: 'Format schema', group: 'Schema', args: [], shortcut: 'Shift+Alt+F', keywords: ['prettier', 'prisma format'] },
  { id: 'set-prisma-version', title: 'Set Prisma version', group: 'Schema', args: [{ name: 'version', label: 'Prisma version', kind: 'version' }], keywords: ['validate', 'engine'] },
  { id: 'open-schema', title: 'Open schema', group: 'File', args: [], shortcut: 'Ctrl+O', keywords: ['import', 'load', 'file'] },
  { id: 'open-schema-folder', title: 'Open schema folder', group: 'File', args: [], keywords: ['multi-file', 'directory', 'import'] },
  { id: 'download-schema', title: 'Download schema', group: 'File', args: [], shortcut: 'Ctrl+S', keywords: ['export', 'save'] },
  { id: 'download-layout', title: 'Download layout', group: 'File', args: [], keywords: ['export', 'positions', 'json'] },
  {
    id: 'export-image',
    title: 'Export image',
    group: 'File',
    args: [
      { name: 'format', label: 'Format', kind: 'choice', choices: IMAGE_FORMATS, choiceLabels: { svg: 'SVG (vector)', png: 'PNG' }, initial: 'png' },
      { name: 'scale', label: 'Scale', kind: 'choice', choices: IMAGE_SCALES, choiceLabels: { 1: '1×', 2: '2×', 4: '4×' }, initial: '2' },
      { name: 'theme', label: 'Theme', kind: 'choice', choices: IMAGE_THEMES, choiceLabels: { light: 'Light background', dark: 'Dark background' }, initial: 'light' },
    ],
    keywords: ['png', 'svg', 'picture', 'screenshot', 'diagram', 'download'],
  },
  { id: 'upload-layout', title: 'Upload layout', group: 'File', args: [], keywords: ['import', 'positions', 'json'] },
  { id: 'load-example', title: 'Load example schema', group: 'File', args: [], keywords: ['sample', 'demo', 'reset'] },
  { id: 'restore-previous', title: 'Restore previous document', group: 'File', args: [], keywords: ['backup', 'undo open', 'recover'] },
  { id: 'undo', title: 'Undo', group: 'Edit', args: [], shortcut: 'Ctrl+Z' },
  { id: 'redo', title: 'Redo', group: 'Edit', args: [], shortcut: 'Ctrl+Shift+Z' },
];

export function commandSpec(id: CommandId): CommandSpec {
  const spec = COMMANDS.find((c) => c.id === id);
  if (!spec) throw new Error(`Unknown command ${id}`);
  return spec;
}

/** Palette search: every word of the query must appear in the title or keywords. */
export function searchCommands(query: string): CommandSpec[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  const offered = COMMANDS.filter((c) => !c.hidden);
  if (!words.length) return offered;
  return offered.filter((c) => {
    const hay = [c.title, c.group, ...(c.keywords ?? [])].join(' ').toLowerCase();
    return words.every((w) => hay.includes(w));
  }).sort((a, b) => Number(!a.title.toLowerCase().startsWith(words[0])) - Number(!b.title.toLowerCase().startsWith(words[0])));
}

export type ArgValues = Record<string, string | boolean | undefined>;

export interface CommandContext {
  parsed: ParsedSchema;
  activeFile: string;
  selectedModel: string | null;
  selectedField: string | null;
  baselineNames: ReadonlySet<string>;
}

/** Initial form values: the selection fills Model/Field; renames of existing models keep database names by default. */
export function defaultArgs(spec: CommandSpec, ctx: CommandContext): ArgValues {
  const values: ArgValues = {};
  for (const arg of spec.args) {
    const selectedEnum = ctx.selectedModel && ctx.parsed.model.enums.some((e) => e.name === ctx.selectedModel) ? ctx.selectedModel : null;
    if (arg.kind === 'model') values[arg.name] = arg.noSelection || selectedEnum ? '' : (ctx.selectedModel ?? '');
    else if (arg.kind === 'enum') values[arg.name] = selectedEnum ?? '';
    else if (arg.kind === 'enumValue') values[arg.name] = ctx.selectedField ?? '';
    else if (arg.kind === 'field') values[arg.name] = ctx.selectedField ?? '';
    else if (arg.kind === 'file') values[arg.name] = ctx.activeFile;
    else if (arg.initial !== undefined) values[arg.name] = arg.initial;
    else if (arg.kind === 'boolean') values[arg.name] = ctx.selectedModel ? ctx.baselineNames.has(ctx.selectedModel) : true;
    else values[arg.name] = '';
  }
  if (spec.id === 'set-referential-actions') Object.assign(values, writtenActions(ctx));
  return values;
}

/** The actions the selected relation has written, so the form starts from what the text says. */
function writtenActions(ctx: CommandContext): ArgValues {
  const r = relationOfField(ctx.parsed.model.relations, ctx.selectedModel, ctx.selectedField);
  if (!r || r.kind === 'm:n') return {};
  return { onDelete: r.onDelete.explicit ? r.onDelete.action : '', onUpdate: r.onUpdate.explicit ? r.onUpdate.action : '' };
}

import { describe, expect, it } from 'vitest';
import { parseSchema } from '../schema/document';
import { exampleFiles } from '../samples/example';
import { COMMANDS, commandSpec, defaultArgs, searchCommands, type CommandContext, type CommandId } from './catalog';

const ids = (list: readonly { id: CommandId }[]) => list.map((c) => c.id);

describe('COMMANDS', () => {
  it('names each command once, with a title and a group', () => {
    expect(new Set(ids(COMMANDS)).size).toBe(COMMANDS.length);
    expect(COMMANDS).toHaveLength(66);
    for (const c of COMMANDS) expect(c.title.trim(), c.id).not.toBe('');
  });

  it('gives each shortcut to one command', () => {
    const shortcuts = COMMANDS.flatMap((c) => (c.shortcut ? [c.shortcut] : []));
    expect(new Set(shortcuts).size).toBe(shortcuts.length);
  });

  it('asks for confirmation only before deleting a model or an enum', () => {
    expect(ids(COMMANDS.filter((c) => c.confirm))).toEqual(['delete-model', 'delete-models', 'delete-enum']);
  });

  it('gives every argument a unique name and a visible label', () => {
    for (const c of COMMANDS) {
      expect(new Set(c.args.map((a) => a.name)).size, c.id).toBe(c.args.length);
      for (const a of c.args) expect(a.label, `${c.id}.${a.name}`).not.toBe('');
    }
  });
});

describe('commandSpec', () => {
  it('finds a command by id', () => {
    expect(commandSpec('rename-model')).toMatchObject({ title: 'Rename model', group: 'Model', shortcut: 'F2' });
    expect(commandSpec('add-field').args.map((a) => [a.name, a.kind, !!a.optional])).toEqual([
      ['model', 'model', false],
      ['name', 'text', false],
      ['type', 'type', false],
      ['attributes', 'text', true],
    ]);
  });

  it('throws for an unknown id', () => {
    expect(() => commandSpec('explode' as CommandId)).toThrow('Unknown command explode');
  });
});

describe('searchCommands', () => {
  it('lists every command for an empty query', () => {
    const offered = ids(COMMANDS.filter((c) => !c.hidden));
    expect(ids(searchCommands(''))).toEqual(offered);
    expect(ids(searchCommands('   '))).toEqual(offered);
    // commands run by other UI (the index editor's row buttons) stay out of the palette
    expect(offered).not.toContain('update-index');
    expect(offered).not.toContain('remove-index');
  });

  it('matches titles, groups and keywords, ignoring case', () => {
    expect(ids(searchCommands('table'))).toEqual(['add-model', 'rename-model', 'delete-model', 'set-map-name']);
    expect(ids(searchCommands('JSON'))).toEqual(['download-advisory-config', 'load-advisory-config', 'download-layout', 'upload-layout']);
    expect(ids(searchCommands('column'))).toEqual(['add-field', 'rename-field', 'change-field-type', 'delete-field', 'set-native-type', 'set-map-name']);
    expect(ids(searchCommands('Save'))).toEqual(['download-schema']);
  });

  it('requires every word of the query', () => {
    expect(ids(searchCommands('add field'))).toEqual(['add-field']);
    expect(ids(searchCommands('delete column'))).toEqual(['delete-field']);
    expect(searchCommands('rename zebra')).toEqual([]);
  });

  it('ranks titles that start with the first word first', () => {
    // "Restore previous document" matches by its keyword "undo open" but comes after "Undo"
    expect(ids(searchCommands('undo'))).toEqual(['undo', 'restore-previous']);
    // titles starting with the word first, then the other matches; each part keeps catalog order
    const found = ids(searchCommands('re'));
    const order = ids(COMMANDS);
    const starts = found.filter((id) => commandSpec(id).title.toLowerCase().startsWith('re'));
    expect(found.slice(0, starts.length)).toEqual(starts);
    expect(starts).toEqual(['rename-model', 'rename-field', 'rename-enum', 'rename-enum-value', 'remove-enum-value', 'restore-previous', 'redo']);
    for (const part of [starts, found.slice(starts.length)]) expect([...part].sort((x, y) => order.indexOf(x) - order.indexOf(y))).toEqual(part);
    expect(found).toContain('add-relation'); // its group, Relation, contains "re"
  });
});

describe('defaultArgs', () => {
  const parsed = parseSchema(exampleFiles());
  const ctx = (over: Partial<CommandContext> = {}): CommandContext => ({
    parsed,
    activeFile: 'schema.prisma',
    selectedModel: null,
    selectedField: null,
    baselineNames: new Set(['User', 'Post']),
    ...over,
  });

  it('fills the model and field from the selection', () => {
    expect(defaultArgs(commandSpec('rename-field'), ctx({ selectedModel: 'Post', selectedField: 'title' }))).toEqual({ model: 'Post', field: 'title', newName: '', keepColumnName: true });
    expect(defaultArgs(commandSpec('toggle-optional'), ctx())).toEqual({ model: '', field: '' });
  });

  it('adds new models to the active file', () => {
    expect(defaultArgs(commandSpec('add-model'), ctx({ activeFile: 'models/billing.prisma' }))).toEqual({ name: '', file: 'models/billing.prisma' });
  });

  it('keeps database names by default only for models that existed when the document was opened', () => {
    expect(defaultArgs(commandSpec('rename-model'), ctx({ selectedModel: 'User' })).keepTableName).toBe(true);
    expect(defaultArgs(commandSpec('rename-model'), ctx({ selectedModel: 'Tag' })).keepTableName).toBe(false);
    expect(defaultArgs(commandSpec('rename-model'), ctx()).keepTableName).toBe(true);
  });

  it('has no values for commands without arguments', () => {
    expect(defaultArgs(commandSpec('auto-layout'), ctx({ selectedModel: 'User' }))).toEqual({});
  });
});

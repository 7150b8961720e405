import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSchema } from '../schema/document';
import { exampleFiles } from '../samples/example';
import { commandIndexText } from '../../scripts/command-index.mjs';
import { defaultArgs, type CommandContext } from './form';
import { shortcutOf } from './keys';
import { CommandRegistry, REGISTRY } from './registry';
import { defineCommand, ok, type CommandDefinition } from './types';

const ids = (list: readonly { id: string }[]) => list.map((c) => c.id);
const spec = (id: string): CommandDefinition => {
  const c = REGISTRY.get(id);
  if (!c) throw new Error(`Unknown command ${id}`);
  return c;
};

describe('the command registry', () => {
  it('names each command once, with a title and a group', () => {
    expect(new Set(ids(REGISTRY.all)).size).toBe(REGISTRY.all.length);
    expect(REGISTRY.all).toHaveLength(85);
    for (const c of REGISTRY.all) expect(c.title.trim(), c.id).not.toBe('');
  });

  it('is built from every command file: adding a command is adding its file (the index is generated)', () => {
    const index = readFileSync(join(import.meta.dirname, 'all.generated.ts'), 'utf8');
    expect(index).toBe(commandIndexText());
  });

  it('refuses at start-up two commands claiming the same key where both could fire', () => {
    const a = defineCommand({ id: 'a', title: 'A', group: 'Edit', args: [], keys: [{ key: 'Shift+M', scope: 'canvas' }], run: () => ok() });
    const b = defineCommand({ id: 'b', title: 'B', group: 'Edit', args: [], keys: [{ key: 'shift+m', scope: 'canvas' }], run: () => ok() });
    expect(() => new CommandRegistry([a, b])).toThrow(/Shift\+M is bound to both a \(canvas\) and b \(canvas\)/);
    const global = defineCommand({ id: 'g', title: 'G', group: 'Edit', args: [], keys: [{ key: 'Shift+M', scope: 'global' }], run: () => ok() });
    expect(() => new CommandRegistry([a, global])).toThrow(/Key binding conflicts/);
    // the same key in scopes that never see the same press is fine (F2 on a model node and on an enum node)
    const c = defineCommand({ id: 'c', title: 'C', group: 'Edit', args: [], keys: [{ key: 'Shift+M', scope: 'editor' }], run: () => ok() });
    expect(() => new CommandRegistry([a, c])).not.toThrow();
    expect(() => new CommandRegistry([a, a])).toThrow('Two commands have the id a');
  });

  it('asks for confirmation only before deleting a model or an enum', () => {
    expect(ids(REGISTRY.all.filter((c) => c.confirm))).toEqual(['delete-model', 'delete-models', 'delete-enum']);
  });

  it('gives every argument a unique name and a visible label', () => {
    for (const c of REGISTRY.all) {
      expect(new Set(c.args.map((a) => a.name)).size, c.id).toBe(c.args.length);
      for (const a of c.args) expect(a.label, `${c.id}.${a.name}`).not.toBe('');
    }
  });

  it('finds a command by id, with its arguments and keys', () => {
    expect(spec('rename-model')).toMatchObject({ title: 'Rename model', group: 'Model' });
    expect(shortcutOf(spec('rename-model'))).toBe('F2');
    expect(spec('add-field').args.map((a) => [a.name, a.kind, !!a.optional])).toEqual([
      ['model', 'model', false],
      ['name', 'text', false],
      ['type', 'type', false],
      ['attributes', 'text', true],
    ]);
    expect(REGISTRY.get('explode')).toBeUndefined();
  });

  it('finds the command for a key press in its scope, and global keys everywhere', () => {
    const press = (key: string, mods: Partial<{ ctrlKey: boolean; shiftKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({ key, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...mods });
    expect(REGISTRY.forKey(press('M', { shiftKey: true }), 'canvas')?.id).toBe('add-model');
    expect(REGISTRY.forKey(press('M', { shiftKey: true }), 'editor')).toBeUndefined();
    expect(REGISTRY.forKey(press('k', { ctrlKey: true }), 'editor')?.id).toBe('show-command-palette');
    expect(REGISTRY.forKey(press('k', { metaKey: true }), 'canvas')?.id).toBe('show-command-palette');
    expect(REGISTRY.forKey(press('z', { ctrlKey: true }), 'editor')?.id).toBe('undo');
    expect(REGISTRY.forKey(press('Z', { ctrlKey: true, shiftKey: true }), 'canvas')?.id).toBe('redo');
    expect(REGISTRY.forKey(press('F2'), 'node')?.id).toBe('rename-model');
    expect(REGISTRY.forKey(press('F2'), 'enum-node')?.id).toBe('rename-enum');
    expect(REGISTRY.forKey(press('F', { shiftKey: true, altKey: true }), 'editor')?.id).toBe('format-schema');
  });

  it('derives the toolbar and the context menus from the command definitions', () => {
    expect(REGISTRY.toolbar().map((b) => b.entry.label)).toEqual(['Open…', 'Open folder…', 'Download', 'Add model', 'Add field', 'Auto layout', 'Format', 'Save layout', 'Load layout…']);
    expect(REGISTRY.menu({ kind: 'pane' }).map((m) => m.entry.label)).toEqual(['Add model…', 'Auto layout']);
    expect(REGISTRY.menu({ kind: 'model', model: 'User' }).map((m) => m.entry.label)).toEqual([
      'Add field…', 'Add relation…', 'Rename model…', 'Edit indexes…', 'Duplicate…', 'Focus on this model…', 'Show delete impact',
      'Collapse to key fields', 'Expand', 'Add comment…', 'Show comments', 'Show in text', 'Delete model…',
    ]);
    expect(REGISTRY.menu({ kind: 'enum', model: 'Role' }).map((m) => m.entry.label)).toEqual(['Add value…', 'Rename enum…', 'Add comment…', 'Show in text', 'Delete enum…']);
  });
});

describe('palette search', () => {
  it('lists every offered command for an empty query', () => {
    const offered = ids(REGISTRY.all.filter((c) => !c.hidden));
    expect(ids(REGISTRY.search(''))).toEqual(offered);
    expect(ids(REGISTRY.search('   '))).toEqual(offered);
    // commands run by other UI (the index editor's row buttons) stay out of the palette
    expect(offered).not.toContain('update-index');
    expect(offered).not.toContain('remove-index');
  });

  it('ranks a command first when its full title is typed, for every command (so Enter runs it)', () => {
    for (const c of REGISTRY.all.filter((x) => !x.hidden)) {
      expect(REGISTRY.search(c.title)[0]?.id, c.title).toBe(c.id);
      expect(REGISTRY.search(c.title.toLowerCase())[0]?.id, c.title).toBe(c.id);
    }
    expect(REGISTRY.search('Download schema')[0].id).toBe('download-schema');
  });

  it('ranks an exact title, then prefixes, then word matches, then keyword matches', () => {
    expect(ids(REGISTRY.search('undo'))).toEqual(['undo', 'restore-previous']);
    const found = ids(REGISTRY.search('download'));
    expect(found.slice(0, 4).sort()).toEqual(['download-advisory-config', 'download-layout', 'download-project-zip', 'download-schema']);
    // "add rel" starts the words of "Add relation"
    expect(ids(REGISTRY.search('add rel'))[0]).toBe('add-relation');
    // word matches come before keyword-only matches
    const table = ids(REGISTRY.search('table'));
    expect(table).toContain('add-model');
    expect(ids(REGISTRY.search('add field'))[0]).toBe('add-field');
    expect(REGISTRY.search('rename zebra')).toEqual([]);
  });

  it('matches titles, groups and keywords, ignoring case', () => {
    expect(ids(REGISTRY.search('JSON')).sort()).toEqual(['download-advisory-config', 'download-layout', 'load-advisory-config', 'set-advisory-profile', 'upload-layout']);
    expect(ids(REGISTRY.search('Save')).sort()).toEqual(['download-layout', 'download-schema', 'save-version']);
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
    expect(defaultArgs(spec('rename-field'), ctx({ selectedModel: 'Post', selectedField: 'title' }))).toEqual({ model: 'Post', field: 'title', newName: '', keepColumnName: true });
    expect(defaultArgs(spec('toggle-optional'), ctx())).toEqual({ model: '', field: '' });
  });

  it('never prefills a model that no longer exists', () => {
    expect(defaultArgs(spec('set-map-name'), ctx({ selectedModel: 'Gone', selectedField: 'bio' }))).toMatchObject({ model: '', field: '' });
  });

  it('adds new models to the active file', () => {
    expect(defaultArgs(spec('add-model'), ctx({ activeFile: 'models/billing.prisma' }))).toEqual({ name: '', file: 'models/billing.prisma' });
  });

  it('keeps database names by default only for models that existed when the document was opened', () => {
    expect(defaultArgs(spec('rename-model'), ctx({ selectedModel: 'User' })).keepTableName).toBe(true);
    expect(defaultArgs(spec('rename-model'), ctx({ selectedModel: 'Tag' })).keepTableName).toBe(false);
    expect(defaultArgs(spec('rename-model'), ctx()).keepTableName).toBe(true);
  });

  it('has no values for commands without arguments', () => {
    expect(defaultArgs(spec('auto-layout'), ctx({ selectedModel: 'User' }))).toEqual({});
  });
});

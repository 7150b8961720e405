import { ALL_COMMANDS } from './all.generated';
import { canonicalKey, keyConflicts, keyOfPress, type KeyPress } from './keys';
import { rankCommands } from './search';
import type { CommandDefinition, CommandGroup, KeyScope, MenuTarget, ToolbarEntry } from './types';

/** Every command id, from the command files (lib/commands/<group>/<id>.ts). */
export type CommandId = (typeof ALL_COMMANDS)[number]['id'];

const GROUP_ORDER: CommandGroup[] = ['Model', 'Field', 'Relation', 'Enum', 'Diagram', 'Schema', 'File', 'Edit', 'View', 'Review'];

/** The commands, checked once at start-up: ids are unique and no key fires two commands in one scope. */
export class CommandRegistry {
  private readonly byId = new Map<string, CommandDefinition>();
  private readonly byKey = new Map<string, CommandDefinition>();

  readonly all: readonly CommandDefinition[];

  constructor(commands: readonly CommandDefinition[]) {
    // Palette order when nothing is typed, and for ties: by group, then as the files list them.
    this.all = [...commands].sort((a, b) => GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group));
    const all = this.all;
    for (const c of all) {
      if (this.byId.has(c.id)) throw new Error(`Two commands have the id ${c.id}`);
      this.byId.set(c.id, c);
    }
    const conflicts = keyConflicts(all);
    if (conflicts.length) throw new Error(`Key binding conflicts: ${conflicts.join('; ')}`);
    for (const c of all) for (const b of c.keys ?? []) this.byKey.set(`${b.scope}:${canonicalKey(b.key)}`, c);
  }

  get(id: string): CommandDefinition | undefined {
    return this.byId.get(id);
  }

  /** The command a key press fires where focus is (`global` bindings fire in every scope). */
  forKey(press: KeyPress, scope: KeyScope): CommandDefinition | undefined {
    const key = keyOfPress(press);
    return this.byKey.get(`${scope}:${key}`) ?? this.byKey.get(`global:${key}`);
  }

  /** Palette results for a query, best first. */
  search(query: string): CommandDefinition[] {
    return rankCommands(this.all, query);
  }

  /** Context menu entries for what was clicked, in menu order. */
  menu(target: MenuTarget): Array<{ command: CommandDefinition; entry: NonNullable<CommandDefinition['menus']>[number] }> {
    const out = [];
    for (const command of this.all) for (const entry of command.menus ?? []) if (entry.target === target.kind) out.push({ command, entry });
    return out.sort((a, b) => a.entry.order - b.entry.order);
  }

  /** Toolbar buttons, by section and order. */
  toolbar(): Array<{ command: CommandDefinition; entry: ToolbarEntry }> {
    const sections = ['file', 'edit', 'layout'];
    return this.all
      .filter((c) => c.toolbar)
      .map((command) => ({ command, entry: command.toolbar! }))
      .sort((a, b) => sections.indexOf(a.entry.section) - sections.indexOf(b.entry.section) || a.entry.order - b.entry.order);
  }

  /** Commands `schema-canvas edit` offers. */
  cli(): CommandDefinition[] {
    return this.all.filter((c) => c.cli);
  }
}

export const REGISTRY = new CommandRegistry(ALL_COMMANDS);

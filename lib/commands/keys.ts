import type { CommandDefinition, KeyBinding, KeyScope } from './types';

/** A key press as the browser reports it (a KeyboardEvent fits). */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const NAMED: Record<string, string> = { ' ': 'Space', escape: 'Escape', esc: 'Escape', del: 'Delete', delete: 'Delete', enter: 'Enter', contextmenu: 'ContextMenu' };

function normalKey(key: string): string {
  const lower = key.toLowerCase();
  if (NAMED[lower]) return NAMED[lower];
  if (/^f\d{1,2}$/.test(lower)) return lower.toUpperCase();
  return key.length === 1 ? key.toUpperCase() : key;
}

/** The canonical form of a binding: modifiers in the order Ctrl, Alt, Shift, then the key (`Ctrl+Shift+M`). */
export function canonicalKey(binding: string): string {
  const parts = binding.split('+').map((p) => p.trim());
  const key = parts.pop() ?? '';
  const mods = new Set(parts.map((p) => p.toLowerCase()).map((p) => (p === 'cmd' || p === 'meta' || p === 'mod' ? 'ctrl' : p)));
  for (const m of mods) if (!['ctrl', 'alt', 'shift'].includes(m)) throw new Error(`Unknown modifier "${m}" in key binding "${binding}"`);
  return [mods.has('ctrl') && 'Ctrl', mods.has('alt') && 'Alt', mods.has('shift') && 'Shift', normalKey(key)].filter(Boolean).join('+');
}

/** The canonical form of a key press (Cmd counts as Ctrl). */
export function keyOfPress(e: KeyPress): string {
  // With Shift, `key` is the shifted character for letters only in case; letters compare upper-case.
  return [(e.ctrlKey || e.metaKey) && 'Ctrl', e.altKey && 'Alt', e.shiftKey && 'Shift', normalKey(e.key)].filter(Boolean).join('+');
}

/** Two scopes can see the same key press: global overlaps every scope; others only themselves. */
function overlaps(a: KeyScope, b: KeyScope): boolean {
  return a === b || a === 'global' || b === 'global';
}

/** Every pair of commands that claim the same key where both could fire; empty when the bindings are sound. */
export function keyConflicts(commands: readonly Pick<CommandDefinition, 'id' | 'keys'>[]): string[] {
  const seen: Array<{ id: string; key: string; scope: KeyScope }> = [];
  const conflicts: string[] = [];
  for (const c of commands) {
    for (const b of c.keys ?? []) {
      const key = canonicalKey(b.key);
      for (const s of seen) {
        if (s.key === key && overlaps(s.scope, b.scope) && s.id !== c.id) conflicts.push(`${key} is bound to both ${s.id} (${s.scope}) and ${c.id} (${b.scope})`);
      }
      seen.push({ id: c.id, key, scope: b.scope });
    }
  }
  return conflicts;
}

/** The binding of a command in a scope (or a global one), for showing it (e.g. in the palette). */
export function shortcutOf(command: Pick<CommandDefinition, 'keys'>, scopes: readonly KeyScope[] = ['global', 'canvas', 'node', 'editor']): string | undefined {
  for (const scope of scopes) {
    const b = command.keys?.find((k: KeyBinding) => k.scope === scope);
    if (b) return b.key;
  }
  return undefined;
}

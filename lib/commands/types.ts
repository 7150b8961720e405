import type { Session } from '../session/session';

/**
 * A command, defined once: its id, title, arguments (and their labelled form), key bindings, menus,
 * toolbar place, when it applies, and what it does. The palette, context menus, toolbar, shortcuts,
 * tests and the CLI are all derived from these definitions (lib/commands/registry.ts).
 */
export type ArgKind = 'model' | 'field' | 'nativeType' | 'enum' | 'enumValue' | 'text' | 'multiline' | 'type' | 'boolean' | 'version' | 'file' | 'choice' | 'backup';

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
  /** For text: the most characters accepted; the form shows a counter. */
  maxLength?: number;
}

export type CommandGroup = 'Model' | 'Field' | 'Relation' | 'Enum' | 'Diagram' | 'File' | 'Schema' | 'Edit' | 'View' | 'Review';

export type ArgValues = Record<string, string | boolean | undefined>;

export type CommandOutcome =
  | { ok: true; message?: string }
  | {
      ok: false;
      reason: string;
      /** The command asks to be confirmed: the form shows `impact` and re-runs with `values`. */
      confirm?: { values: ArgValues; submitLabel: string; impact: string };
    };

/**
 * Where a key works: `global` everywhere (also in the editor and text fields), `canvas` when focus is
 * not in a text field or the editor, `editor` inside the schema editor, `node` on a focused diagram node.
 */
export type KeyScope = 'global' | 'canvas' | 'editor' | 'node' | 'enum-node';

export interface KeyBinding {
  /** e.g. `Ctrl+Shift+M`, `Shift+F10`, `F2`, `Delete` (Ctrl means Cmd on macOS). */
  key: string;
  scope: KeyScope;
  /**
   * The arguments the key press runs the command with (e.g. Ctrl+D duplicates the selected model at
   * once as `<Model>Copy`); null leaves the key alone. Without it the key opens the command's form.
   */
  args?(session: Session): ArgValues | null;
}

/** What a context menu was opened on. */
export type MenuTarget =
  | { kind: 'model'; model: string }
  | { kind: 'enum'; model: string }
  | { kind: 'field'; model: string; field: string }
  | { kind: 'relation-field'; model: string; field: string }
  | { kind: 'enum-value'; model: string; field: string }
  | { kind: 'edge'; id: string }
  | { kind: 'pane' };

export interface MenuEntry {
  target: MenuTarget['kind'];
  label: string;
  /** Position in the menu (lower first). */
  order: number;
  danger?: boolean;
  /** The arguments the entry fills in from what was clicked (default: model/field/enum/value). */
  args?(target: MenuTarget, session: Session): ArgValues | null;
  /** The entry shows only when this holds. */
  when?(target: MenuTarget, session: Session): boolean;
}

export interface ToolbarEntry {
  label: string;
  /** Buttons sit in sections, separated by dividers, in this order. */
  section: 'file' | 'edit' | 'layout';
  order: number;
  primary?: boolean;
}

export interface CommandDefinition<Id extends string = string> {
  id: Id;
  title: string;
  group: CommandGroup;
  args: readonly ArgSpec[];
  keys?: readonly KeyBinding[];
  /** Asks for confirmation before running (the form shows what will happen). */
  confirm?: boolean;
  /** Run by other UI (e.g. the index editor), not offered in the palette. */
  hidden?: boolean;
  keywords?: readonly string[];
  menus?: readonly MenuEntry[];
  toolbar?: ToolbarEntry;
  /** Offered by `schema-canvas edit` (commands that only edit the schema text). */
  cli?: boolean;
  /** Why the command cannot run now, or null when it can. */
  when?(session: Session, args: ArgValues): string | null;
  /** A description of what will happen, for the confirmation form. */
  impact?(session: Session, args: ArgValues): string | undefined;
  /** Initial form values beyond the selection (e.g. the actions a relation has written). */
  defaults?(session: Session, args: ArgValues): ArgValues;
  run(session: Session, args: ArgValues): CommandOutcome | Promise<CommandOutcome>;
}

/** Declares a command (keeps its id's literal type for the registry's id union). */
export function defineCommand<Id extends string>(definition: CommandDefinition<Id>): CommandDefinition<Id> {
  return definition;
}

export const ok = (message?: string): CommandOutcome => ({ ok: true, message });
export const fail = (reason: string): CommandOutcome => ({ ok: false, reason });

/** An argument as trimmed text ('' when absent or not text). */
export const str = (v: string | boolean | undefined): string => (typeof v === 'string' ? v.trim() : '');

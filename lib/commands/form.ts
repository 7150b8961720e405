import type { ParsedSchema } from '../schema/document';
import type { ArgValues, CommandDefinition } from './types';

/** What a form's initial values come from. */
export interface CommandContext {
  parsed: ParsedSchema;
  activeFile: string;
  selectedModel: string | null;
  selectedField: string | null;
  baselineNames: ReadonlySet<string>;
}

/**
 * Initial form values: the selection fills Model/Field (only names that exist now), the active file
 * takes new blocks, renames of models that existed when the document was opened keep database names.
 */
export function defaultArgs(command: Pick<CommandDefinition, 'args'>, ctx: CommandContext): ArgValues {
  const m = ctx.parsed.model;
  const exists = (name: string | null) => !!name && [...m.models, ...m.views, ...m.composites, ...m.enums].some((x) => x.name === name);
  const selected = exists(ctx.selectedModel) ? ctx.selectedModel : null;
  const values: ArgValues = {};
  for (const arg of command.args) {
    const selectedEnum = selected && m.enums.some((e) => e.name === selected) ? selected : null;
    if (arg.kind === 'model') values[arg.name] = arg.noSelection || selectedEnum ? '' : (selected ?? '');
    else if (arg.kind === 'enum') values[arg.name] = selectedEnum ?? '';
    else if (arg.kind === 'enumValue') values[arg.name] = selected ? (ctx.selectedField ?? '') : '';
    else if (arg.kind === 'field') values[arg.name] = selected ? (ctx.selectedField ?? '') : '';
    else if (arg.kind === 'file') values[arg.name] = ctx.activeFile;
    else if (arg.initial !== undefined) values[arg.name] = arg.initial;
    else if (arg.kind === 'boolean') values[arg.name] = ctx.selectedModel ? ctx.baselineNames.has(ctx.selectedModel) : true;
    else values[arg.name] = '';
  }
  return values;
}

/**
 * True when the command can run without its form: it needs no confirmation, every required argument
 * has a value, and every yes/no choice was made (a menu's "Set referential actions…" still asks).
 */
export function argsComplete(command: Pick<CommandDefinition, 'args' | 'confirm'>, values: ArgValues): boolean {
  if (command.confirm) return false;
  return command.args.every((a) => (a.optional || (values[a.name] !== undefined && values[a.name] !== '')) && (a.kind !== 'boolean' || values[a.name] !== undefined));
}

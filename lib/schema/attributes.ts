import type { Arg, AttributeNode, Value } from './ast';

/** Helpers to read attribute arguments from the concrete syntax. */

export function findAttribute(attributes: readonly AttributeNode[], name: string): AttributeNode | undefined {
  return attributes.find((a) => a.name === name);
}

/** The argument called `name`, or else the positional argument at `position`. */
export function findArg(attribute: AttributeNode, name: string, position?: number): Arg | undefined {
  const args = attribute.args ?? [];
  const named = args.find((a) => a.name === name);
  if (named) return named;
  if (position === undefined) return undefined;
  const positional = args.filter((a) => a.name === null);
  return positional[position];
}

export function stringValue(value: Value | undefined): string | null {
  return value?.kind === 'string' ? value.value : null;
}

/** `Cascade` → `Cascade`; a bare identifier's name. */
export function identifierValue(value: Value | undefined): string | null {
  return value?.kind === 'call' && value.args === null ? value.name : null;
}

/** `[a, b(sort: Desc)]` → `['a', 'b']`; a single identifier is accepted as a one-element list. */
export function fieldListValue(value: Value | undefined): string[] | null {
  if (!value) return null;
  if (value.kind === 'array') {
    return value.items.flatMap((item) => (item.kind === 'call' ? [item.name] : item.kind === 'string' ? [item.value] : []));
  }
  if (value.kind === 'call') return [value.name];
  return null;
}

/** The source text of a value. */
export function valueText(text: string, value: Value): string {
  return text.slice(value.range.start, value.range.end);
}

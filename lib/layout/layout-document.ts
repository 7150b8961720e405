/**
 * The layout document: where each model, view, composite type and enum sits on the canvas, keyed by
 * name. It lives beside the schema text, never inside it, so the text stays the only truth about
 * the schema and the layout can be committed as its own small file (`*.layout.json`).
 */

export interface Point {
  x: number;
  y: number;
}

export interface LayoutDocument {
  version: 1;
  /** Top-left corner of each node, keyed by model/enum name. */
  positions: Record<string, Point>;
  /** Names of nodes drawn collapsed (header only). */
  collapsed?: string[];
}

export type ParseLayoutResult = { ok: true; layout: LayoutDocument } | { ok: false; error: string };

/**
 * A record without a prototype, so a model named `constructor` or `toString` is just a key: reading
 * a missing name gives `undefined` rather than something inherited from `Object.prototype`.
 */
export function nameRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}

const has = (record: object, key: string): boolean => Object.prototype.hasOwnProperty.call(record, key);

/** Code-unit order rather than `localeCompare`, so the file is byte-identical on every machine. */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A layout with no positions. */
export function emptyLayout(): LayoutDocument {
  return { version: 1, positions: nameRecord() };
}

/**
 * Writes the layout as pretty JSON that diffs well in git: one line per node, names in code-unit
 * order, coordinates rounded to whole pixels, a trailing newline. With `keep`, only those names are
 * written, so positions of deleted models do not linger in the committed file.
 */
export function serializeLayout(layout: LayoutDocument, keep?: ReadonlySet<string>): string {
  const kept = (name: string) => !keep || keep.has(name);
  const names = Object.keys(layout.positions).filter(kept).sort(byCodeUnit);
  const round = (v: number) => Math.round(v) + 0; // `+ 0` turns -0 into 0
  const positionLines = names.map((name) => {
    const p = layout.positions[name];
    return `    ${JSON.stringify(name)}: { "x": ${round(p.x)}, "y": ${round(p.y)} }`;
  });
  const lines = ['{', '  "version": 1,'];
  const collapsed = [...new Set(layout.collapsed ?? [])].filter(kept).sort(byCodeUnit);
  const positionsEnd = collapsed.length ? '},' : '}';
  if (positionLines.length) lines.push('  "positions": {', positionLines.join(',\n'), `  ${positionsEnd}`);
  else lines.push(`  "positions": {${positionsEnd}`);
  if (collapsed.length) lines.push('  "collapsed": [', collapsed.map((n) => `    ${JSON.stringify(n)}`).join(',\n'), '  ]');
  lines.push('}');
  return lines.join('\n') + '\n';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)}`;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : 'a number too large to use';
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}

/**
 * The largest coordinate a layout file may hold. Far beyond any real diagram; larger finite numbers
 * (1e308) overflow the canvas's transforms and blank the diagram, so such a file is refused.
 */
export const MAX_LAYOUT_COORDINATE = 1_000_000;

function parsePositions(value: unknown): Record<string, Point> | string {
  if (value === undefined) return 'The layout file has no "positions" object.';
  if (!isRecord(value)) return `"positions" must be an object mapping names to {"x", "y"}, but it is ${describe(value)}.`;
  const positions = nameRecord<Point>();
  for (const name of Object.keys(value)) {
    if (name === '') return 'A position in "positions" has an empty name.';
    const entry = value[name];
    if (!isRecord(entry)) return `The position of ${JSON.stringify(name)} must be an object like {"x": 0, "y": 0}, but it is ${describe(entry)}.`;
    for (const axis of ['x', 'y'] as const) {
      const v = has(entry, axis) ? entry[axis] : undefined;
      if (v === undefined) return `The position of ${JSON.stringify(name)} has no "${axis}".`;
      if (typeof v !== 'number' || !Number.isFinite(v)) return `The position of ${JSON.stringify(name)} has an invalid "${axis}": expected a finite number, found ${describe(v)}.`;
      if (Math.abs(v) > MAX_LAYOUT_COORDINATE) {
        return `The position of ${JSON.stringify(name)} is out of range: "${axis}" is ${v}, but positions must lie between -${MAX_LAYOUT_COORDINATE.toLocaleString('en-US')} and ${MAX_LAYOUT_COORDINATE.toLocaleString('en-US')}.`;
      }
    }
    positions[name] = { x: entry.x as number, y: entry.y as number };
  }
  return positions;
}

/**
 * Reads a layout file. Validates strictly (a JSON object, `"version": 1`, every position an object
 * with finite numeric `x` and `y`, `collapsed` an array of names) and explains the first problem in
 * words a user can act on. Unknown keys are ignored, so files written by a later version that only
 * adds information still open. Never throws.
 */
export function parseLayoutJson(text: string): ParseLayoutResult {
  let data: unknown;
  try {
    // Editors on Windows like to add a byte-order mark; JSON.parse rejects it.
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: text.trim() === '' ? 'The layout file is empty.' : `The layout file is not valid JSON (${detail}).` };
  }
  if (!isRecord(data)) return { ok: false, error: `A layout file must be a JSON object, but this one is ${describe(data)}.` };
  const version = has(data, 'version') ? data.version : undefined;
  if (version === undefined) return { ok: false, error: 'The layout file has no "version" (expected 1).' };
  if (version !== 1) return { ok: false, error: `Unsupported layout version ${describe(version)}: this app reads version 1.` };
  const positions = parsePositions(has(data, 'positions') ? data.positions : undefined);
  if (typeof positions === 'string') return { ok: false, error: positions };
  const layout: LayoutDocument = { version: 1, positions };
  const collapsed = has(data, 'collapsed') ? data.collapsed : undefined;
  if (collapsed !== undefined) {
    if (!Array.isArray(collapsed)) return { ok: false, error: `"collapsed" must be a list of names, but it is ${describe(collapsed)}.` };
    const bad = collapsed.find((c) => typeof c !== 'string' || c === '');
    if (bad !== undefined) return { ok: false, error: `"collapsed" must contain only names, but it contains ${bad === '' ? 'an empty name' : describe(bad)}.` };
    layout.collapsed = [...new Set(collapsed as string[])];
  }
  return { ok: true, layout };
}

function copyPositions(positions: Record<string, Point>, skip?: (name: string) => boolean): Record<string, Point> {
  const out = nameRecord<Point>();
  for (const name of Object.keys(positions)) if (!skip?.(name)) out[name] = positions[name];
  return out;
}

function withCollapsed(layout: LayoutDocument, positions: Record<string, Point>, collapsed: string[] | undefined): LayoutDocument {
  return collapsed === undefined ? { ...layout, positions } : { ...layout, positions, collapsed };
}

/**
 * Moves the position (and the collapsed flag) of a renamed model to its new name, replacing any
 * stale entry under the new name. Returns `layout` itself when `from` has neither, so callers can
 * skip a store update.
 */
export function renameInLayout(layout: LayoutDocument, from: string, to: string): LayoutDocument {
  const hasPosition = has(layout.positions, from);
  const isCollapsed = layout.collapsed?.includes(from) ?? false;
  if (from === to || (!hasPosition && !isCollapsed)) return layout;
  const positions = copyPositions(layout.positions, (name) => hasPosition && (name === from || name === to));
  if (hasPosition) positions[to] = layout.positions[from];
  const collapsed = layout.collapsed && [...new Set(layout.collapsed.map((n) => (n === from ? to : n)))];
  return withCollapsed(layout, positions, collapsed);
}

/**
 * Sets (or replaces) the positions of the given names, keeping all others. Non-finite coordinates
 * are skipped so one bad value from a layout run can never make the document unsavable.
 */
export function setPositions(layout: LayoutDocument, positions: Readonly<Record<string, Point>>): LayoutDocument {
  const out = copyPositions(layout.positions);
  for (const name of Object.keys(positions)) {
    const p = positions[name];
    if (Number.isFinite(p.x) && Number.isFinite(p.y)) out[name] = { x: p.x, y: p.y };
  }
  return { ...layout, positions: out };
}

/** Forgets the positions and collapsed flags of the given names (e.g. deleted models). */
export function withoutNames(layout: LayoutDocument, names: Iterable<string>): LayoutDocument {
  const drop = new Set(names);
  const positions = copyPositions(layout.positions, (name) => drop.has(name));
  return withCollapsed(layout, positions, layout.collapsed?.filter((n) => !drop.has(n)));
}

/** Collapses (or expands) the given nodes; the other nodes keep their state. */
export function setCollapsed(layout: LayoutDocument, names: Iterable<string>, collapsed: boolean): LayoutDocument {
  const set = new Set(layout.collapsed ?? []);
  for (const n of names) {
    if (collapsed) set.add(n);
    else set.delete(n);
  }
  return withCollapsed(layout, copyPositions(layout.positions), [...set]);
}

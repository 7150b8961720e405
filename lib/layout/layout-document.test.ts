import { describe, expect, it } from 'vitest';
import { emptyLayout, parseLayoutJson, renameInLayout, serializeLayout, setCollapsed, setPositions, withoutNames, type LayoutDocument } from './layout-document';

const layout = (positions: LayoutDocument['positions'], collapsed?: string[]): LayoutDocument => ({ version: 1, positions, ...(collapsed ? { collapsed } : {}) });

function parsed(text: string): LayoutDocument {
  const r = parseLayoutJson(text);
  if (!r.ok) throw new Error(`expected a valid layout, got: ${r.error}`);
  return r.layout;
}

function parseError(text: string): string {
  const r = parseLayoutJson(text);
  if (r.ok) throw new Error('expected the layout to be rejected');
  return r.error;
}

describe('serializeLayout', () => {
  it('writes one line per node, names sorted, whole pixels, trailing newline', () => {
    const text = serializeLayout(layout({ User: { x: 10.4, y: -0.2 }, Post: { x: 400.6, y: 20 }, 'Ä': { x: 1, y: 2 } }, ['User']));
    expect(text).toBe(
      [
        '{',
        '  "version": 1,',
        '  "positions": {',
        '    "Post": { "x": 401, "y": 20 },',
        '    "User": { "x": 10, "y": 0 },',
        '    "Ä": { "x": 1, "y": 2 }',
        '  },',
        '  "collapsed": [',
        '    "User"',
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
    expect(JSON.parse(text)).toEqual({ version: 1, positions: { Post: { x: 401, y: 20 }, User: { x: 10, y: 0 }, 'Ä': { x: 1, y: 2 } }, collapsed: ['User'] });
  });

  it('is independent of insertion order, so the same layout always gives the same bytes', () => {
    const a = serializeLayout(layout({ B: { x: 1, y: 1 }, A: { x: 2, y: 2 } }, ['B', 'A']));
    const b = serializeLayout(layout({ A: { x: 2, y: 2 }, B: { x: 1, y: 1 } }, ['A', 'B', 'A']));
    expect(a).toBe(b);
  });

  it('writes only the kept names when asked (positions and collapsed)', () => {
    const text = serializeLayout(layout({ User: { x: 0, y: 0 }, Gone: { x: 5, y: 5 } }, ['Gone']), new Set(['User']));
    expect(JSON.parse(text)).toEqual({ version: 1, positions: { User: { x: 0, y: 0 } } });
    expect(text).not.toContain('Gone');
  });

  it('writes an empty layout compactly and reads it back', () => {
    expect(serializeLayout(emptyLayout())).toBe('{\n  "version": 1,\n  "positions": {}\n}\n');
    expect(parsed(serializeLayout(emptyLayout()))).toEqual(emptyLayout());
  });

  it('round-trips names that need escaping and names that exist on Object.prototype', () => {
    const original = layout({ 'a"b\\c': { x: 1, y: 2 }, constructor: { x: 3, y: 4 }, toString: { x: 5, y: 6 } });
    expect(parsed(serializeLayout(original))).toEqual(original);
  });
});

describe('parseLayoutJson', () => {
  it('reads a valid file', () => {
    const l = parsed('{"version":1,"positions":{"User":{"x":-10.5,"y":20}},"collapsed":["User"]}');
    expect(l).toEqual({ version: 1, positions: { User: { x: -10.5, y: 20 } }, collapsed: ['User'] });
  });

  it('ignores unknown keys at the top level and inside entries', () => {
    const l = parsed('{"version":1,"generator":"other tool","positions":{"User":{"x":1,"y":2,"color":"red"}}}');
    expect(l).toEqual({ version: 1, positions: { User: { x: 1, y: 2 } } });
    expect(Object.keys(l)).toEqual(['version', 'positions']);
    expect(Object.keys(l.positions.User)).toEqual(['x', 'y']);
  });

  it('accepts a byte-order mark', () => {
    expect(parsed('\uFEFF{"version":1,"positions":{}}').positions).toEqual({});
  });

  it('does not invent positions for names inherited from Object.prototype', () => {
    const l = parsed('{"version":1,"positions":{"User":{"x":1,"y":2}}}');
    expect(l.positions['constructor']).toBeUndefined();
    expect(l.positions['toString']).toBeUndefined();
  });

  it('keeps a model literally named __proto__ as data', () => {
    const l = parsed('{"version":1,"positions":{"__proto__":{"x":1,"y":2}}}');
    expect(Object.keys(l.positions)).toEqual(['__proto__']);
    expect(l.positions['__proto__']).toEqual({ x: 1, y: 2 });
  });

  it('removes duplicate collapsed names', () => {
    expect(parsed('{"version":1,"positions":{},"collapsed":["A","A","B"]}').collapsed).toEqual(['A', 'B']);
  });

  it.each([
    ['', 'The layout file is empty.'],
    ['{"version":1,', 'The layout file is not valid JSON'],
    ['[1,2]', 'A layout file must be a JSON object, but this one is an array.'],
    ['null', 'A layout file must be a JSON object, but this one is null.'],
    ['{"positions":{}}', 'The layout file has no "version" (expected 1).'],
    ['{"version":2,"positions":{}}', 'Unsupported layout version 2: this app reads version 1.'],
    ['{"version":"1","positions":{}}', 'Unsupported layout version the string "1": this app reads version 1.'],
    ['{"version":1}', 'The layout file has no "positions" object.'],
    ['{"version":1,"positions":[]}', '"positions" must be an object mapping names to {"x", "y"}, but it is an array.'],
    ['{"version":1,"positions":{"User":[1,2]}}', 'The position of "User" must be an object like {"x": 0, "y": 0}, but it is an array.'],
    ['{"version":1,"positions":{"User":{"x":1}}}', 'The position of "User" has no "y".'],
    ['{"version":1,"positions":{"User":{"x":"1","y":2}}}', 'The position of "User" has an invalid "x": expected a finite number, found the string "1".'],
    ['{"version":1,"positions":{"User":{"x":1,"y":1e999}}}', 'The position of "User" has an invalid "y": expected a finite number, found a number too large to use.'],
    ['{"version":1,"positions":{"User":{"x":null,"y":1}}}', 'The position of "User" has an invalid "x": expected a finite number, found null.'],
    ['{"version":1,"positions":{"User":{"x":1e308,"y":1}}}', 'The position of "User" is out of range: "x" is 1e+308, but positions must lie between -1,000,000 and 1,000,000.'],
    ['{"version":1,"positions":{"User":{"x":0,"y":-2000000}}}', 'The position of "User" is out of range: "y" is -2000000, but positions must lie between -1,000,000 and 1,000,000.'],
    ['{"version":1,"positions":{"":{"x":1,"y":1}}}', 'A position in "positions" has an empty name.'],
    ['{"version":1,"positions":{},"collapsed":"User"}', '"collapsed" must be a list of names, but it is the string "User".'],
    ['{"version":1,"positions":{},"collapsed":["User",3]}', '"collapsed" must contain only names, but it contains 3.'],
  ])('rejects %s with a clear message', (text, message) => {
    expect(parseError(text)).toContain(message);
  });

  it('never throws, whatever it is given', () => {
    for (const text of ['{"version":1,"positions":{"a":{"x":1,"y":2}}', 'undefined', '{"__proto__":{"version":1}}', '"\\ud800"', '1', 'true', '\u0000']) {
      expect(() => parseLayoutJson(text)).not.toThrow();
      expect(parseLayoutJson(text).ok).toBe(false);
    }
  });
});

describe('renameInLayout', () => {
  it('moves the position and collapsed flag to the new name without touching the input', () => {
    const before = layout({ User: { x: 1, y: 2 }, Post: { x: 3, y: 4 } }, ['User', 'Post']);
    const snapshot = structuredClone(before);
    const after = renameInLayout(before, 'User', 'Account');
    expect(after).toEqual(layout({ Account: { x: 1, y: 2 }, Post: { x: 3, y: 4 } }, ['Account', 'Post']));
    expect(before).toEqual(snapshot);
  });

  it('replaces a stale position under the new name', () => {
    const after = renameInLayout(layout({ User: { x: 1, y: 2 }, Account: { x: 9, y: 9 } }), 'User', 'Account');
    expect(after.positions).toEqual({ Account: { x: 1, y: 2 } });
  });

  it('is a no-op (same object) when the old name has no position', () => {
    const before = layout({ Post: { x: 3, y: 4 } });
    expect(renameInLayout(before, 'User', 'Account')).toBe(before);
    expect(renameInLayout(before, 'Post', 'Post')).toBe(before);
  });

  it('carries a collapsed flag even without a position', () => {
    expect(renameInLayout(layout({}, ['User']), 'User', 'Account').collapsed).toEqual(['Account']);
  });
});

describe('setPositions and withoutNames', () => {
  it('setPositions merges new positions over old ones and leaves the input alone', () => {
    const before = layout({ User: { x: 1, y: 2 }, Post: { x: 3, y: 4 } }, ['Post']);
    const after = setPositions(before, { Post: { x: 30, y: 40 }, Tag: { x: 5, y: 6 } });
    expect(after).toEqual(layout({ User: { x: 1, y: 2 }, Post: { x: 30, y: 40 }, Tag: { x: 5, y: 6 } }, ['Post']));
    expect(before.positions.Post).toEqual({ x: 3, y: 4 });
    expect(before.positions.Tag).toBeUndefined();
  });

  it('setPositions skips non-finite coordinates so the layout stays savable', () => {
    const after = setPositions(emptyLayout(), { A: { x: NaN, y: 0 }, B: { x: 1, y: Infinity }, C: { x: 1, y: 1 } });
    expect(after.positions).toEqual({ C: { x: 1, y: 1 } });
    expect(parsed(serializeLayout(after)).positions).toEqual({ C: { x: 1, y: 1 } });
  });

  it('withoutNames drops positions and collapsed flags of the given names only', () => {
    const before = layout({ User: { x: 1, y: 2 }, Post: { x: 3, y: 4 } }, ['User', 'Post']);
    const after = withoutNames(before, ['User', 'Nope']);
    expect(after).toEqual(layout({ Post: { x: 3, y: 4 } }, ['Post']));
    expect(Object.keys(before.positions)).toEqual(['User', 'Post']);
  });
});

describe('setCollapsed', () => {
  it('collapses and expands names without touching positions or other nodes', () => {
    const base = setPositions(emptyLayout(), { A: { x: 1, y: 2 } });
    const one = setCollapsed(base, ['A', 'B'], true);
    expect(one.collapsed?.sort()).toEqual(['A', 'B']);
    expect(one.positions.A).toEqual({ x: 1, y: 2 });
    const two = setCollapsed(one, ['A'], false);
    expect(two.collapsed).toEqual(['B']);
    expect(base.collapsed ?? []).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { validateSnapshot, type DocumentSnapshot } from './snapshot';

function sample(): DocumentSnapshot {
  return {
    files: [
      { path: 'schema.prisma', text: '\ufeffdatasource db {\r\n  provider = "postgresql"\r\n}\r\n' },
      { path: 'models/user.prisma', text: 'model User { id Int @id } // 👤\n' },
    ],
    activeFile: 'models/user.prisma',
    layout: { version: 1, positions: { User: { x: 10.5, y: -20 } }, collapsed: ['User'] },
    prismaVersion: '7',
    savedAt: 1_700_000_000_000,
  };
}

/** A copy of the sample with one part replaced by something a user's storage might really contain. */
function withChange(change: (s: Record<string, unknown>) => void): unknown {
  const value = JSON.parse(JSON.stringify(sample())) as Record<string, unknown>;
  change(value);
  return value;
}

describe('validateSnapshot', () => {
  it('accepts a well-formed snapshot and returns an equal, independent copy', () => {
    const original = sample();
    const result = validateSnapshot(original);
    expect(result).toEqual(original);
    expect(result).not.toBe(original);
    result!.files[0].text = 'changed';
    result!.layout.positions.User.x = 999;
    result!.layout.collapsed!.push('Post');
    expect(original).toEqual(sample());
  });

  it('drops properties it does not know', () => {
    const result = validateSnapshot(withChange((s) => {
      s.extra = 'x';
      (s.files as Record<string, unknown>[])[0].cursor = 5;
    }));
    expect(result).toEqual(sample());
    expect(Object.keys(result!)).toEqual(['files', 'activeFile', 'layout', 'prismaVersion', 'savedAt']);
  });

  it('keeps the baseline names when they are a list of strings and drops them otherwise', () => {
    expect(validateSnapshot(withChange((s) => { s.baselineNames = ['User', 'User.email']; }))?.baselineNames).toEqual(['User', 'User.email']);
    const wrong = validateSnapshot(withChange((s) => { s.baselineNames = ['User', 3]; }));
    expect(wrong).toEqual(sample());
    expect(wrong).not.toHaveProperty('baselineNames');
  });

  it('accepts a layout without collapsed nodes, empty positions and empty file text', () => {
    const result = validateSnapshot(withChange((s) => {
      s.layout = { version: 1, positions: {} };
      (s.files as { text: string }[])[1].text = '';
    }));
    expect(result?.layout).toEqual({ version: 1, positions: {} });
    expect(result?.layout).not.toHaveProperty('collapsed');
    expect(result?.files[1].text).toBe('');
  });

  it('keeps models named like Object.prototype members as plain data', () => {
    const value = withChange((s) => {
      s.layout = JSON.parse('{"version":1,"positions":{"__proto__":{"x":1,"y":2},"constructor":{"x":3,"y":4}}}');
    });
    const result = validateSnapshot(value);
    expect(Object.keys(result!.layout.positions).sort()).toEqual(['__proto__', 'constructor']);
    expect(result!.layout.positions['__proto__']).toEqual({ x: 1, y: 2 });
    expect(result!.layout.positions['constructor']).toEqual({ x: 3, y: 4 });
  });

  const broken: [string, unknown][] = [
    ['null', null],
    ['a string', 'schema.prisma'],
    ['an array', [sample()]],
    ['no files', withChange((s) => delete s.files)],
    ['an empty file list', withChange((s) => (s.files = []))],
    ['files that are not a list', withChange((s) => (s.files = { 'schema.prisma': 'x' }))],
    ['a file without text', withChange((s) => delete (s.files as Record<string, unknown>[])[0].text)],
    ['a file with non-string text', withChange((s) => ((s.files as Record<string, unknown>[])[0].text = 42))],
    ['a file with an empty path', withChange((s) => ((s.files as Record<string, unknown>[])[0].path = ''))],
    ['two files with one path', withChange((s) => ((s.files as Record<string, unknown>[])[1].path = 'schema.prisma'))],
    ['an active file that is not among the files', withChange((s) => (s.activeFile = 'gone.prisma'))],
    ['a missing active file', withChange((s) => delete s.activeFile)],
    ['a layout of another version', withChange((s) => ((s.layout as Record<string, unknown>).version = 2))],
    ['a missing layout', withChange((s) => delete s.layout)],
    ['positions that are a list', withChange((s) => ((s.layout as Record<string, unknown>).positions = [{ x: 1, y: 2 }]))],
    ['a position with a string coordinate', withChange((s) => ((s.layout as { positions: Record<string, unknown> }).positions.User = { x: '1', y: 2 }))],
    ['a position with NaN', { ...sample(), layout: { version: 1, positions: { User: { x: NaN, y: 0 } } } }],
    ['a position with Infinity', { ...sample(), layout: { version: 1, positions: { User: { x: 0, y: Infinity } } } }],
    ['collapsed that is not a list of names', withChange((s) => ((s.layout as Record<string, unknown>).collapsed = 'User'))],
    ['collapsed with a number', withChange((s) => ((s.layout as Record<string, unknown>).collapsed = ['User', 3]))],
    ['a numeric prisma version', withChange((s) => (s.prismaVersion = 7))],
    ['savedAt as a date string', withChange((s) => (s.savedAt = '2024-01-01'))],
    ['savedAt NaN', { ...sample(), savedAt: NaN }],
  ];

  it.each(broken)('rejects %s', (_label, value) => {
    expect(validateSnapshot(value)).toBeNull();
  });

  it('never throws, even for objects whose getters throw or revoked proxies', () => {
    const throwing = { ...sample() };
    Object.defineProperty(throwing, 'files', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(validateSnapshot(throwing)).toBeNull();
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(validateSnapshot(proxy)).toBeNull();
  });
});

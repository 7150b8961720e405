import { describe, expect, it } from 'vitest';
import { parseSchemaFile } from '../schema/parse';
import { buildIndexSpec, formatIndexFields, normalizeIndexType, parseIndexFields, readIndexAttribute, renderIndex, type IndexSpec } from './index-spec';

describe('parseIndexFields', () => {
  it('reads names with sort, length and ops', () => {
    expect(parseIndexFields('a, b(sort: Desc), c(length: 10, sort: asc), d(ops: JsonbPathOps), e(ops: raw("gin_trgm_ops"))')).toEqual({
      ok: true,
      fields: [
        { name: 'a' },
        { name: 'b', sort: 'Desc' },
        { name: 'c', length: 10, sort: 'Asc' },
        { name: 'd', ops: 'JsonbPathOps' },
        { name: 'e', ops: 'raw("gin_trgm_ops")' },
      ],
    });
  });

  it('accepts the list brackets, spacing and composite paths', () => {
    expect(parseIndexFields(' [ a ,b( sort :Desc ) , address.city ] ')).toEqual({ ok: true, fields: [{ name: 'a' }, { name: 'b', sort: 'Desc' }, { name: 'address.city' }] });
    expect(parseIndexFields('a()')).toEqual({ ok: true, fields: [{ name: 'a' }] });
  });

  it.each([
    ['', 'at least one field'],
    ['a,,b', 'empty item'],
    ['a(sort: Down)', 'sort is `Asc` or `Desc`'],
    ['a(length: 0)', 'positive whole number'],
    ['a(ops: "x")', 'operator class'],
    ['a(clustered: true)', 'Unknown option `clustered`'],
    ['a(sort: Asc, sort: Desc)', 'given twice'],
    ['a(sort: Desc', 'Unbalanced'],
    ['1a', 'not a field'],
    ['a b', 'not a field'],
  ])('rejects %j', (input, error) => {
    const parsed = parseIndexFields(input);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.error).toContain(error);
  });

  it('formats back to the text it reads', () => {
    const text = 'a, b(sort: Desc), c(sort: Asc, length: 10), d(ops: raw("x"))';
    const parsed = parseIndexFields(text);
    expect(parsed.ok && formatIndexFields(parsed.fields)).toBe(text);
  });
});

describe('renderIndex', () => {
  it('writes fields, name, type and map in that order', () => {
    expect(renderIndex({ kind: 'index', fields: [{ name: 'a' }, { name: 'b', sort: 'Desc' }], type: 'Gin', map: 'x' })).toBe('@@index([a, b(sort: Desc)], type: Gin, map: "x")');
    expect(renderIndex({ kind: 'unique', fields: [{ name: 'a' }, { name: 'b' }], name: 'ab', map: 'ab_key' })).toBe('@@unique([a, b], name: "ab", map: "ab_key")');
    expect(renderIndex({ kind: 'index', fields: [{ name: 'a' }], name: 'ignored' })).toBe('@@index([a])');
    expect(renderIndex({ kind: 'index', fields: [{ name: 'a' }], map: 'say "hi"' })).toBe('@@index([a], map: "say \\"hi\\"")');
  });
});

describe('normalizeIndexType and buildIndexSpec', () => {
  it('normalises type names', () => {
    expect(normalizeIndexType('gin')).toBe('Gin');
    expect(normalizeIndexType(' SPGIST ')).toBe('SpGist');
    expect(normalizeIndexType('fulltext')).toBeNull();
  });

  it('builds a spec from form values', () => {
    expect(buildIndexSpec({ fields: 'a', type: 'hash', map: ' a_idx ', name: '' })).toEqual({ kind: 'index', fields: [{ name: 'a' }], type: 'Hash', map: 'a_idx' });
    expect(buildIndexSpec({ kind: 'primary', fields: 'a' })).toContain('not an index kind');
    expect(buildIndexSpec({ fields: 'a', type: 'Fulltext' })).toContain('not an index type');
  });
});

describe('readIndexAttribute', () => {
  const read = (line: string): IndexSpec | null => {
    const text = `model A {\n  id Int @id\n  ${line}\n}\n`;
    const block = parseSchemaFile('schema.prisma', text).blocks[0];
    const member = block.members.find((m) => m.kind === 'blockAttribute');
    return member && member.kind === 'blockAttribute' ? readIndexAttribute(text, member.attribute) : null;
  };

  it('reads what renderIndex writes', () => {
    const specs: IndexSpec[] = [
      { kind: 'index', fields: [{ name: 'a' }, { name: 'b', sort: 'Desc' }], type: 'Gin', map: 'x' },
      { kind: 'unique', fields: [{ name: 'a', length: 10 }], name: 'byA', map: 'a_key' },
      { kind: 'index', fields: [{ name: 'doc', ops: 'raw("jsonb_path_ops")' }], type: 'Gin' },
    ];
    for (const spec of specs) expect(read(renderIndex(spec))).toEqual(spec);
  });

  it('reads the other spellings Prisma accepts', () => {
    expect(read('@@index(slug)')).toEqual({ kind: 'index', fields: [{ name: 'slug' }] });
    expect(read('@@index(fields: [a, b], map: "ab")')).toEqual({ kind: 'index', fields: [{ name: 'a' }, { name: 'b' }], map: 'ab' });
    // `name:` on @@index is a Prisma 2 leftover, not a compound-unique name
    expect(read('@@index([a], name: "old")')).toEqual({ kind: 'index', fields: [{ name: 'a' }] });
    expect(read('@@id([a, b])')).toBeNull();
  });
});

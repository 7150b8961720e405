import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSchema, type SchemaFile } from '../schema/document';
import { CORPUS_DIR, corpusAvailable, corpusProjects } from '../../test-support/corpus';
import { FRAME_HEADER, FRAME_PADDING, groupFrames, groupingOf, groupKeyFor, type Grouping } from './groups';

const MULTI_SCHEMA = `datasource db {
  provider = "postgresql"
  schemas  = ["public", "auth"]
}

model Account {
  id Int @id

  @@schema("auth")
}

model Post {
  id Int @id
}

enum Role {
  ADMIN

  @@schema("auth")
}
`;

function grouped(files: SchemaFile[]): { grouping: Grouping; keys: Record<string, string | null> } {
  const parsed = parseSchema(files);
  const grouping = groupingOf(parsed, parsed.model);
  const keys: Record<string, string | null> = {};
  for (const info of [...parsed.model.models, ...parsed.model.views, ...parsed.model.enums]) keys[info.name] = groupKeyFor(grouping, info);
  return { grouping, keys };
}

describe('groupingOf and groupKeyFor', () => {
  it('does not group a single file without @@schema', () => {
    const { grouping, keys } = grouped([{ path: 'schema.prisma', text: 'model A {\n  id Int @id\n}\n\nenum E {\n  X\n}\n' }]);
    expect(grouping.by).toBeNull();
    expect(keys).toEqual({ A: null, E: null });
  });

  it('groups by @@schema, putting blocks without one in PostgreSQL’s default schema', () => {
    const { grouping, keys } = grouped([{ path: 'schema.prisma', text: MULTI_SCHEMA }]);
    expect(grouping).toEqual({ by: 'schema', defaultSchema: 'public' });
    expect(keys).toEqual({ Account: 'auth', Post: 'public', Role: 'auth' });
  });

  it('groups a multi-file schema by file, even when it uses @@schema', () => {
    const { grouping, keys } = grouped([
      { path: 'schema.prisma', text: MULTI_SCHEMA },
      { path: 'models/blog.prisma', text: 'model Comment {\n  id Int @id\n\n  @@schema("auth")\n}\n' },
    ]);
    expect(grouping.by).toBe('file');
    expect(keys).toEqual({ Account: 'schema.prisma', Post: 'schema.prisma', Role: 'schema.prisma', Comment: 'models/blog.prisma' });
  });
});

describe('groupFrames', () => {
  const box = (group: string | null, x: number, y: number, width = 200, height = 100) => ({ group, position: { x, y }, width, height });

  it('draws nothing when nodes are not grouped', () => {
    expect(groupFrames({ by: null, defaultSchema: 'public' }, [box(null, 0, 0)])).toEqual([]);
  });

  it('wraps each group’s bounding box in padding and a label strip, sorted by key', () => {
    const frames = groupFrames({ by: 'schema', defaultSchema: 'public' }, [
      box('public', 100, 100),
      box('auth', 0, 0, 250, 80),
      box('public', 400, 300, 200, 150),
      box(null, 5000, 5000),
    ]);
    expect(frames).toEqual([
      { key: 'auth', label: 'schema auth', x: -FRAME_PADDING, y: -FRAME_PADDING - FRAME_HEADER, width: 250 + 2 * FRAME_PADDING, height: 80 + 2 * FRAME_PADDING + FRAME_HEADER },
      { key: 'public', label: 'schema public', x: 72, y: 42, width: 556, height: 436 },
    ]);
  });

  it('labels file groups with the file path', () => {
    const frames = groupFrames({ by: 'file', defaultSchema: 'public' }, [box('models/user.prisma', 0, 0)]);
    expect(frames.map((f) => f.label)).toEqual(['models/user.prisma']);
  });
});

describe.skipIf(!corpusAvailable())('grouping real schemas', () => {
  it('groups the multi-schema migration fixture by its three schemas', () => {
    const path = join(CORPUS_DIR, 'prisma-engines-fixtures/schema-engine/sql-migration-tests/tests/single_migration_tests/postgres/multi_schema_basic.prisma');
    const { grouping, keys } = grouped([{ path: 'schema.prisma', text: readFileSync(path, 'utf8') }]);
    expect(grouping.by).toBe('schema');
    expect(keys).toMatchObject({ Test: 'users', Test2: 'public', Test3: 'security', UserType: 'users', Test4: 'public', Test5: 'security' });
  });

  it('groups papermark’s ten files by file, one key per file that declares blocks', () => {
    const papermark = corpusProjects().find((p) => p.name === 'papermark')!;
    expect(papermark.files).toHaveLength(10);
    const { grouping, keys } = grouped(papermark.files);
    expect(grouping.by).toBe('file');
    expect(Object.keys(keys)).toHaveLength(62 + 18);
    const used = new Set(Object.values(keys));
    expect(used.has(null)).toBe(false);
    for (const key of used) expect(papermark.files.map((f) => f.path)).toContain(key);
    expect(keys.Document).toBe('document.prisma');
  });
});

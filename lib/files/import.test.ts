import { describe, expect, it } from 'vitest';
import { decodeSchemaText, formatMegabytes, importSchemaFiles, isSchemaFilePath, MAX_SCHEMA_FILE_BYTES, type PickedFileEntry } from './import';

const enc = new TextEncoder();
const entry = (path: string, text: string): PickedFileEntry => ({ path, bytes: enc.encode(text) });
const MB = 1024 * 1024;

function ok(entries: PickedFileEntry[]) {
  const result = importSchemaFiles(entries);
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
  return result;
}
function fail(entries: PickedFileEntry[]): string {
  const result = importSchemaFiles(entries);
  if (result.ok) throw new Error(`expected an error, got files ${result.files.map((f) => f.path).join(', ')}`);
  return result.error;
}

describe('importSchemaFiles: which files and which paths', () => {
  it('a plain picked file keeps its own name and text', () => {
    const r = ok([entry('schema.prisma', 'model User {\n  id Int @id\n}\n')]);
    expect(r.files).toEqual([{ path: 'schema.prisma', text: 'model User {\n  id Int @id\n}\n' }]);
    expect(r.skipped).toEqual([]);
  });

  it('a single file from a picked folder keeps only its own name', () => {
    expect(ok([entry('my-app/prisma/schema.prisma', 'x')]).files.map((f) => f.path)).toEqual(['schema.prisma']);
  });

  it('makes paths relative to the deepest folder the schema files share', () => {
    const r = ok([entry('prisma/schema/models/b.prisma', 'b'), entry('prisma/schema/a.prisma', 'a')]);
    expect(r.files).toEqual([{ path: 'a.prisma', text: 'a' }, { path: 'models/b.prisma', text: 'b' }]);
  });

  it('strips the shared folder even when every file sits in a subfolder of it', () => {
    const r = ok([entry('repo/prisma/models/user.prisma', 'u'), entry('repo/prisma/models/post.prisma', 'p')]);
    expect(r.files.map((f) => f.path)).toEqual(['post.prisma', 'user.prisma']);
  });

  it('keeps .prisma files only and reports the rest as skipped, sorted', () => {
    const r = ok([
      entry('app/prisma/migrations/1_init/migration.sql', 'CREATE TABLE'),
      entry('app/prisma/schema.prisma', 'model A { id Int @id }'),
      entry('app/README.md', '# hi'),
      entry('app/prisma/schema.prisma.bak', 'old'),
    ]);
    expect(r.files.map((f) => f.path)).toEqual(['schema.prisma']);
    expect(r.skipped).toEqual(['app/README.md', 'app/prisma/migrations/1_init/migration.sql', 'app/prisma/schema.prisma.bak']);
  });

  it('skips copies of the schema in node_modules and macOS metadata when a whole project folder is picked', () => {
    const r = ok([
      entry('app/node_modules/.prisma/client/schema.prisma', 'generated copy'),
      entry('app/prisma/schema.prisma', 'real'),
      entry('app/prisma/._schema.prisma', 'resource fork'),
      entry('__MACOSX/prisma/schema.prisma', 'metadata'),
    ]);
    expect(r.files).toEqual([{ path: 'schema.prisma', text: 'real' }]);
    expect(r.skipped).toHaveLength(3);
    expect(isSchemaFilePath('app/node_modules/.prisma/client/schema.prisma')).toBe(false);
    expect(isSchemaFilePath('prisma/schema/user.prisma')).toBe(true);
    expect(isSchemaFilePath('schema.PRISMA')).toBe(false); // Prisma itself only loads `.prisma`
  });

  it('sorts folder by folder with code-unit order, independent of the input order', () => {
    const paths = ['b.prisma', 'a/z.prisma', 'a.prisma', 'C.prisma', 'a/b/c.prisma', 'é.prisma'];
    const forward = ok(paths.map((p) => entry(`s/${p}`, p))).files.map((f) => f.path);
    const backward = ok([...paths].reverse().map((p) => entry(`s/${p}`, p))).files.map((f) => f.path);
    expect(forward).toEqual(['C.prisma', 'a/b/c.prisma', 'a/z.prisma', 'a.prisma', 'b.prisma', 'é.prisma']);
    expect(backward).toEqual(forward);
  });

  it('accepts drag-and-drop full paths with a leading slash and Windows separators', () => {
    const r = ok([entry('/prisma/schema/a.prisma', 'a'), entry('prisma\\schema\\models\\b.prisma', 'b')]);
    expect(r.files.map((f) => f.path)).toEqual(['a.prisma', 'models/b.prisma']);
  });

  it('rejects paths that climb out of the opened folder', () => {
    expect(fail([entry('../secret/schema.prisma', 'x')])).toMatch(/not a relative path/);
  });
});

describe('importSchemaFiles: exact text', () => {
  it('keeps a byte-order mark and CRLF line endings', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('model A {\r\n  id Int @id\r\n}\r\n')]);
    const [file] = ok([{ path: 'schema.prisma', bytes }]).files;
    expect(file.text.charCodeAt(0)).toBe(0xfeff);
    expect(file.text).toBe('\ufeffmodel A {\r\n  id Int @id\r\n}\r\n');
  });

  it('decodes multi-byte characters and emoji (astral plane)', () => {
    const text = '/// Größe 📦 — 名前\nmodel Ä { id Int @id }\n';
    expect(ok([entry('schema.prisma', text)]).files[0].text).toBe(text);
  });

  it('decodeSchemaText alone keeps the BOM too', () => {
    expect(decodeSchemaText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ ok: true, text: '\ufeffA' });
  });
});

describe('importSchemaFiles: errors', () => {
  it('says so when nothing opened is a .prisma file', () => {
    expect(fail([entry('a.sql', 'x'), entry('b.md', 'y')])).toBe(
      'None of the 2 opened files is a .prisma file; open a schema.prisma file or a folder of .prisma files.',
    );
    expect(fail([])).toMatch(/^No files were opened/);
  });

  it('rejects invalid UTF-8 (e.g. a Latin-1 file) and names the file', () => {
    const latin1 = new Uint8Array([...enc.encode('/// Gr'), 0xf6, ...enc.encode('sse\nmodel A { id Int @id }')]);
    expect(fail([{ path: 'prisma/schema.prisma', bytes: latin1 }])).toBe(
      'Cannot open "prisma/schema.prisma": the file is not valid UTF-8 text (save it as UTF-8 and open it again).',
    );
  });

  it('rejects files with NUL bytes and UTF-16 files with their own messages', () => {
    expect(fail([{ path: 'x.prisma', bytes: new Uint8Array([0x6d, 0x00, 0x6f]) }])).toMatch(/"x\.prisma": the file contains NUL bytes/);
    const utf16 = new Uint8Array([0xff, 0xfe, 0x6d, 0x00, 0x6f, 0x00]);
    expect(fail([{ path: 'x.prisma', bytes: utf16 }])).toMatch(/"x\.prisma": the file is UTF-16 encoded/);
  });

  it('rejects a truncated multi-byte sequence at the end of the file', () => {
    const cut = enc.encode('model A {} // 📦').slice(0, -1);
    expect(decodeSchemaText(cut).ok).toBe(false);
  });

  it('rejects the same path opened twice and paths differing only in case', () => {
    expect(fail([entry('s/a.prisma', 'x'), entry('s/b.prisma', 'y'), entry('/s/a.prisma', 'z')])).toBe(
      '"a.prisma" was opened twice; every schema file needs its own path.',
    );
    expect(fail([entry('s/User.prisma', 'x'), entry('s/user.prisma', 'y')])).toBe(
      '"user.prisma" and "User.prisma" differ only in letter case; every schema file needs its own path.',
    );
  });

  it('rejects a file over 5 MB, saying its size and the limit', () => {
    const big = { path: 'prisma/huge.prisma', bytes: new Uint8Array(MAX_SCHEMA_FILE_BYTES + 100 * 1024).fill(0x20) };
    expect(fail([big, entry('prisma/ok.prisma', 'x')])).toBe('"prisma/huge.prisma" is 5.1 MB; the limit is 5 MB per schema file.');
    // exactly at the limit is fine
    expect(ok([{ path: 'edge.prisma', bytes: new Uint8Array(MAX_SCHEMA_FILE_BYTES).fill(0x20) }]).files).toHaveLength(1);
  });

  it('rejects more than 20 MB in total, saying the total and the limit', () => {
    const files = Array.from({ length: 5 }, (_, i) => ({ path: `s/f${i}.prisma`, bytes: new Uint8Array(4.5 * MB).fill(0x20) }));
    expect(fail(files)).toBe('The 5 schema files total 22.5 MB; the limit is 20 MB in total.');
  });

  it('does not count skipped files towards the size limit', () => {
    const r = ok([entry('s/schema.prisma', 'x'), { path: 's/dump.sql', bytes: new Uint8Array(25 * MB) }]);
    expect(r.skipped).toEqual(['s/dump.sql']);
  });

  it('formats sizes rounding up to a tenth', () => {
    expect(formatMegabytes(5 * MB)).toBe('5 MB');
    expect(formatMegabytes(5 * MB + 1)).toBe('5.1 MB');
    expect(formatMegabytes(22.5 * MB)).toBe('22.5 MB');
  });
});

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { corpusAvailable, corpusMultiFileFixtures, corpusProjects, corpusValidFixtures, type CorpusSchema } from '../../test-support/corpus';
import { exportSchemaFiles, zipEntries } from './export';
import { importSchemaFiles, type PickedFileEntry } from './import';

const enc = new TextEncoder();
const dec = new TextDecoder();

function importOk(entries: PickedFileEntry[]) {
  const result = importSchemaFiles(entries);
  if (!result.ok) throw new Error(result.error);
  return result.files;
}

/** Entry names and contents of a zip, in archive order. */
function unzip(bytes: Uint8Array): [string, Uint8Array][] {
  return Object.entries(unzipSync(bytes));
}

describe('exportSchemaFiles: one file', () => {
  it('downloads the file under its own name as UTF-8 text', () => {
    const out = exportSchemaFiles([{ path: 'schema.prisma', text: 'model Ä { id Int @id } // 📦\n' }]);
    expect(out.filename).toBe('schema.prisma');
    expect(out.mime).toBe('text/plain');
    expect(dec.decode(out.bytes)).toBe('model Ä { id Int @id } // 📦\n');
    expect(out.bytes.length).toBe(enc.encode('model Ä { id Int @id } // 📦\n').length);
  });

  it('uses the file name without folders when the only file sits in a folder', () => {
    expect(exportSchemaFiles([{ path: 'models/user.prisma', text: '' }]).filename).toBe('user.prisma');
  });

  it('writes a leading U+FEFF as the BOM bytes', () => {
    const out = exportSchemaFiles([{ path: 'schema.prisma', text: '\ufeffmodel A {}\r\n' }]);
    expect([...out.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect([...out.bytes.slice(-2)]).toEqual([0x0d, 0x0a]);
  });

  it('refuses to export nothing', () => {
    expect(() => exportSchemaFiles([])).toThrow('There is no schema file to export.');
  });
});

describe('exportSchemaFiles: several files', () => {
  const files = [
    { path: 'schema.prisma', text: 'datasource db { provider = "postgresql" }\n' },
    { path: 'models/user.prisma', text: 'model User { id Int @id }\n' },
  ];

  it('zips them under schema/<path> as schema.zip', () => {
    const out = exportSchemaFiles(files);
    expect(out.filename).toBe('schema.zip');
    expect(out.mime).toBe('application/zip');
    expect(unzip(out.bytes).map(([name, bytes]) => [name, dec.decode(bytes)])).toEqual([
      ['schema/schema.prisma', files[0].text],
      ['schema/models/user.prisma', files[1].text],
    ]);
  });

  it('uses the base name for the zip and its folder, made safe for a file name', () => {
    const out = exportSchemaFiles(files, 'my/app');
    expect(out.filename).toBe('my-app.zip');
    expect(unzip(out.bytes)[0][0]).toBe('my-app/schema.prisma');
    expect(exportSchemaFiles(files, ' .. ').filename).toBe('schema.zip');
  });

  describe('deterministic bytes', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it('gives the same zip at different times', () => {
      vi.useFakeTimers();
      vi.setSystemTime(new Date('2024-03-05T10:00:00Z'));
      const first = exportSchemaFiles(files).bytes;
      vi.setSystemTime(new Date('2031-11-20T23:59:58Z'));
      expect(exportSchemaFiles(files).bytes).toEqual(first);
    });

    // Worker threads ignore changes to process.env.TZ, so each time zone gets its own Node process.
    it('gives the same zip in different time zones', () => {
      const script = `import { exportSchemaFiles } from './lib/files/export.ts';
        const bytes = exportSchemaFiles(${JSON.stringify(files)}).bytes;
        console.log(JSON.stringify({ offset: new Date(1980, 0, 1).getTimezoneOffset(), zip: Buffer.from(bytes).toString('base64') }));`;
      const run = (tz: string) =>
        JSON.parse(execFileSync(join('node_modules', '.bin', 'tsx'), ['-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' })) as { offset: number; zip: string };
      const utc = run('UTC');
      const kiritimati = run('Pacific/Kiritimati');
      const losAngeles = run('America/Los_Angeles');
      expect([utc.offset, kiritimati.offset, losAngeles.offset]).toEqual([0, 600, 480]); // the zones really differ
      expect(kiritimati.zip).toBe(utc.zip);
      expect(losAngeles.zip).toBe(utc.zip);
      expect(Buffer.from(utc.zip, 'base64').equals(Buffer.from(exportSchemaFiles(files).bytes))).toBe(true);
    });

    it('stamps entries 1980-01-01 12:00 (the DOS epoch), not the current time', () => {
      const bytes = exportSchemaFiles(files).bytes;
      const view = new DataView(bytes.buffer, bytes.byteOffset);
      expect(view.getUint32(0, true)).toBe(0x04034b50); // local file header
      const time = view.getUint16(10, true);
      const date = view.getUint16(12, true);
      expect({ year: 1980 + (date >> 9), month: (date >> 5) & 15, day: date & 31, hour: time >> 11 }).toEqual({ year: 1980, month: 1, day: 1, hour: 12 });
    });
  });
});

describe('zipEntries', () => {
  it('keeps the entry order and exact bytes', () => {
    const entries = [
      { path: 'z.bin', bytes: new Uint8Array([0, 255, 1]) },
      { path: 'a/ü.txt', bytes: enc.encode('ü') },
    ];
    expect(unzip(zipEntries(entries))).toEqual([['z.bin', new Uint8Array([0, 255, 1])], ['a/ü.txt', enc.encode('ü')]]);
  });

  it('rejects duplicate and escaping paths instead of writing a broken zip', () => {
    const b = new Uint8Array();
    expect(() => zipEntries([{ path: 'a.txt', bytes: b }, { path: 'a.txt', bytes: b }])).toThrow('Cannot zip "a.txt" twice.');
    expect(() => zipEntries([{ path: '../a.txt', bytes: b }])).toThrow(/must be relative/);
    expect(() => zipEntries([{ path: '/a.txt', bytes: b }])).toThrow(/must be relative/);
  });
});

describe('import → export round trip', () => {
  it('gives back a crafted BOM + CRLF file byte for byte', () => {
    const original = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('// schema\r\nmodel A {\r\n  id Int @id\r\n}\r\n')]);
    const out = exportSchemaFiles(importOk([{ path: 'prisma/schema.prisma', bytes: original }]));
    expect(out.filename).toBe('schema.prisma');
    expect(out.bytes).toEqual(original);
  });

  it('gives back emoji, CJK and combining characters byte for byte, also inside a zip', () => {
    const a = enc.encode('/// 👩‍💻 developer 名前 e\u0301\nmodel Dev { id Int @id }\n');
    const b = new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode('enum Mood {\r\n  HAPPY // 😀\r\n}\r\n')]);
    const out = exportSchemaFiles(importOk([{ path: 'x/schema/dev.prisma', bytes: a }, { path: 'x/schema/enums/mood.prisma', bytes: b }]));
    expect(unzip(out.bytes)).toEqual([['schema/dev.prisma', a], ['schema/enums/mood.prisma', b]]);
  });

  it.skipIf(!corpusAvailable())('gives back every corpus schema byte for byte', () => {
    const single: CorpusSchema[] = [...corpusProjects(), ...corpusValidFixtures(), ...corpusMultiFileFixtures()].filter((s) => s.sources.length === 1);
    const multi: CorpusSchema[] = [...corpusProjects(), ...corpusMultiFileFixtures()].filter((s) => s.sources.length > 1);

    for (const schema of single) {
      const original = new Uint8Array(readFileSync(schema.sources[0]));
      // A plain file pick gives just the file name.
      const out = exportSchemaFiles(importOk([{ path: basename(schema.sources[0]), bytes: original }]));
      expect(out.filename, schema.name).toBe(basename(schema.sources[0]));
      expect(Buffer.from(out.bytes).equals(Buffer.from(original)), schema.name).toBe(true);
    }

    let multiFiles = 0;
    for (const schema of multi) {
      // A folder pick gives paths starting with the picked folder, e.g. `app/prisma/schema/models/user.prisma`.
      const folder = 'app/prisma/schema';
      const originals = schema.sources.map((s) => new Uint8Array(readFileSync(s)));
      const picked = schema.files.map((f, i) => ({ path: `${folder}/${f.path}`, bytes: originals[i] }));
      const imported = importOk([...picked].reverse());
      expect(imported.map((f) => f.path).sort(), schema.name).toEqual(schema.files.map((f) => f.path).sort());

      const unzipped = new Map(unzip(exportSchemaFiles(imported).bytes));
      expect(unzipped.size, schema.name).toBe(schema.files.length);
      schema.files.forEach((f, i) => {
        const back = unzipped.get(`schema/${f.path}`);
        expect(back && Buffer.from(back).equals(Buffer.from(originals[i])), `${schema.name}/${f.path}`).toBe(true);
      });
      multiFiles += schema.files.length;
    }

    console.log(`corpus round trip: ${single.length} single-file schemas, ${multi.length} multi-file schemas (${multiFiles} files)`);
    expect(single.length).toBeGreaterThan(100);
    expect(multi.length).toBeGreaterThan(4);
  });
});

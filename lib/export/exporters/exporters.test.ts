import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { CONFIG_FILE_NAME, serializeAdvisoryConfig, type AdvisoryConfig } from '../../advisories/config';
import { exportSchemaFiles } from '../../files/export';
import { emptyLayout, serializeLayout, setPositions } from '../../layout/layout-document';
import { parseSchema, type SchemaFile } from '../../schema/document';
import { diagramNames, type ExportInput, type ImagePort, type RenderedImage } from '../exporter';
import type { ImageExportOptions } from '../image-name';
import { projectZip } from '../project-zip';
import { EXPORTERS, exporterById, produceExport, type ExportOptions } from './index';
import { layoutFileName } from './layout';

const ONE: SchemaFile[] = [{ path: 'prisma/billing.prisma', text: '\uFEFFmodel Invoice {\n  id Int @id\n}\n\nenum Status {\n  OPEN\n}\n' }];
const MANY: SchemaFile[] = [
  { path: 'base.prisma', text: 'datasource db {\n  provider = "postgresql"\n}\n' },
  { path: 'models/user.prisma', text: 'model User {\n  id Int @id\n}\n' },
];
const CONFIG: AdvisoryConfig = { rules: { 'missing-index': { severity: 'off' }, 'cascade-delete': { severity: 'warning', options: { depth: 3 } } } } as unknown as AdvisoryConfig;

/** The layout holds a name the schema no longer has (`Gone`): exports keep only what the diagram draws. */
function input(files: SchemaFile[], extra: Partial<ExportInput> = {}): ExportInput {
  return {
    files,
    layout: { ...setPositions(emptyLayout(), { Invoice: { x: 10.4, y: -0.2 }, User: { x: 5, y: 6 }, Gone: { x: 1, y: 1 } }), collapsed: ['Status'] },
    diagramNames: diagramNames(parseSchema(files).model),
    advisoryConfig: CONFIG,
    ...extra,
  };
}

/** An image port that draws a fixed picture and records what it was asked for. */
function imagePort(image: Partial<RenderedImage> = {}) {
  const asked: ImageExportOptions[] = [];
  const port: ImagePort = {
    async render(options) {
      asked.push(options);
      return { bytes: new TextEncoder().encode('<svg/>'), mime: options.format === 'svg' ? 'image/svg+xml' : 'image/png', width: 800, height: 600, scale: options.scale, ...image };
    },
  };
  return { port, asked };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('exporters', () => {
  it('the registry lists each format once', () => {
    expect(EXPORTERS.map((e) => e.id)).toEqual(['schema', 'layout', 'advisory-config', 'project-zip', 'image']);
    for (const e of EXPORTERS) expect(exporterById(e.id)).toBe(e);
    expectTypeOf<ExportOptions<'image'>>().toEqualTypeOf<ImageExportOptions>();
    expectTypeOf<ExportOptions<'schema'>>().toEqualTypeOf<void>();
    const _typed = () => {
      // @ts-expect-error the image needs its options
      void produceExport('image', input(ONE));
      // @ts-expect-error no such format
      void produceExport('pdf', input(ONE));
    };
  });

  it('schema: a single file as it is, BOM included, like exportSchemaFiles', async () => {
    const [file] = await produceExport('schema', input(ONE));
    const today = exportSchemaFiles(ONE);
    expect(file).toEqual({ name: 'billing.prisma', mime: 'text/plain', bytes: today.bytes });
    expect([...file.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('schema: several files as schema.zip, byte for byte what exportSchemaFiles zips', async () => {
    const [file] = await produceExport('schema', input(MANY));
    expect(file.name).toBe('schema.zip');
    expect(file.mime).toBe('application/zip');
    expect(file.bytes).toEqual(exportSchemaFiles(MANY).bytes);
    expect(Object.keys(unzipSync(file.bytes)).sort()).toEqual(['schema/base.prisma', 'schema/models/user.prisma']);
  });

  it('schema: nothing to export is an error', async () => {
    await expect(produceExport('schema', input([]))).rejects.toThrow('There is no schema file to export.');
  });

  it('layout: <base>.layout.json holding the diagram’s names only', async () => {
    const [file] = await produceExport('layout', input(ONE));
    expect(file.name).toBe('billing.layout.json');
    expect(file.mime).toBe('application/json');
    expect(text(file.bytes)).toBe(serializeLayout(input(ONE).layout, new Set(['Invoice', 'Status'])));
    expect(text(file.bytes)).toBe('{\n  "version": 1,\n  "positions": {\n    "Invoice": { "x": 10, "y": 0 }\n  },\n  "collapsed": [\n    "Status"\n  ]\n}\n');
    expect(layoutFileName(MANY)).toBe('schema.layout.json');
    expect(layoutFileName([{ path: 'schema.prisma', text: '' }])).toBe('schema.layout.json');
    expect(layoutFileName([{ path: 'a/b/shop.prisma', text: '' }])).toBe('shop.layout.json');
  });

  it('advisory config: schema-canvas.json as serializeAdvisoryConfig writes it', async () => {
    const [file] = await produceExport('advisory-config', input(ONE));
    expect(file.name).toBe(CONFIG_FILE_NAME);
    expect(file.mime).toBe('application/json');
    expect(text(file.bytes)).toBe(serializeAdvisoryConfig(CONFIG));
  });

  it('project zip: the bytes projectZip makes from the same pieces, with the history and an SVG', async () => {
    const { port, asked } = imagePort();
    const history = [{ folder: '20250101000000_init', sql: 'CREATE TABLE a ();' }];
    const now = () => new Date(Date.UTC(2026, 11, 7, 21, 5, 9));
    const migration = { name: 'add_user', sql: 'CREATE TABLE "User" ();', downSql: 'DROP TABLE "User";' };
    const [file] = await produceExport('project-zip', input(MANY, { migration, image: port, now, migrationBaseline: { kind: 'migrations', migrations: history, lock: null } }));
    expect(file.name).toBe('prisma-project.zip');
    expect(file.mime).toBe('application/zip');
    expect(file.message).toBe('Downloaded prisma-project.zip with prisma/migrations/20261207210509_add_user/migration.sql');
    expect(asked).toEqual([{ format: 'svg', scale: 1, theme: 'light' }]);
    const today = projectZip({
      files: MANY,
      provider: 'postgresql',
      migration: { folder: '20261207210509_add_user', sql: migration.sql, downSql: migration.downSql },
      history,
      layoutJson: serializeLayout(input(MANY).layout, new Set(['User'])),
      diagramSvg: '<svg/>',
    });
    expect(file.bytes).toEqual(today);
    const zip = unzipSync(file.bytes);
    expect(strFromU8(zip['prisma/schema.svg'])).toBe('<svg/>');
    expect(Object.keys(zip)).toContain('prisma/migrations/20250101000000_init/migration.sql');
  });

  it('project zip: goes without the picture when the diagram cannot be drawn, and needs a migration', async () => {
    const failing: ImagePort = { render: async () => Promise.reject(new Error('not on screen')) };
    const migration = { name: 'init', sql: 'x', downSql: null };
    const [file] = await produceExport('project-zip', input(ONE, { migration, image: failing, migrationBaseline: { kind: 'empty' } }), { provider: 'postgresql' });
    const zip = unzipSync(file.bytes);
    expect(Object.keys(zip).some((p) => p.endsWith('.svg'))).toBe(false);
    expect(Object.keys(zip)).toContain('prisma/schema.prisma');
    await expect(produceExport('project-zip', input(ONE))).rejects.toThrow('export a migration first');
  });

  it('image: the port’s bytes under the name imageFileName gives, with the size in the message', async () => {
    const { port, asked } = imagePort();
    const [png] = await produceExport('image', input(ONE, { image: port }), { format: 'png', scale: 2, theme: 'dark' });
    expect(asked).toEqual([{ format: 'png', scale: 2, theme: 'dark' }]);
    expect(png).toEqual({ name: 'billing-diagram@2x.png', mime: 'image/png', bytes: new TextEncoder().encode('<svg/>'), message: 'Exported billing-diagram@2x.png (800 × 600 px)' });
    const [svg] = await produceExport('image', input(MANY, { image: port }), { format: 'svg', scale: 1, theme: 'light' });
    expect(svg.name).toBe('schema-diagram.svg');
  });

  it('image: a reduced scale is named and explained', async () => {
    const { port } = imagePort({ scale: 1.5, width: 16000, height: 9000 });
    const [png] = await produceExport('image', input(ONE, { image: port }), { format: 'png', scale: 4, theme: 'light' });
    expect(png.name).toBe('billing-diagram@1.5x.png');
    expect(png.message).toBe(
      'Exported billing-diagram@1.5x.png (16000 × 9000 px) — at 1.5× instead of 4×: a PNG this large would exceed what browsers can draw (16384 px a side). The SVG export has no such limit.',
    );
  });

  it('image: without an image port there is nothing to draw', async () => {
    await expect(produceExport('image', input(ONE), { format: 'svg', scale: 1, theme: 'light' })).rejects.toThrow('The diagram is not on screen');
  });
});

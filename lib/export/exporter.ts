import type { AdvisoryConfig } from '../advisories/config';
import type { LayoutDocument } from '../layout/layout-document';
import type { SchemaFile } from '../schema/document';
import type { SchemaModel } from '../schema/model';
import type { MigrationBaseline } from './baseline';
import type { ImageExportOptions } from './image-name';

/**
 * One export format: turns the document into named files. Exporters are plain functions of their
 * input (no DOM, no store); what needs the page (the diagram's picture) comes in through a port.
 * The registry is lib/export/exporters/index.ts: a new format is one file there.
 */
export interface Exporter<Options = void, Id extends string = string> {
  readonly id: Id;
  readonly title: string;
  /** The files to offer (usually one). Throws with a readable message when the input cannot be exported. */
  produce(input: ExportInput, options: Options): Promise<ExportedFile[]>;
}

/** A file to download or store. (Not lib/files/export.ts's `ExportedFile`, which names it `filename`.) */
export interface ExportedFile {
  name: string;
  mime: string;
  bytes: Uint8Array;
  /** What the app tells the user once the file is saved (e.g. an image's size, or that its scale was reduced). */
  message?: string;
}

/** The document as the exporters see it: plain data, plus optional ports. */
export interface ExportInput {
  /** The schema's files as the session holds them. */
  files: readonly SchemaFile[];
  layout: LayoutDocument;
  /** Blocks the diagram draws (models, views, enums, composite types): the layout file keeps only these (see {@link diagramNames}). */
  diagramNames: ReadonlySet<string>;
  advisoryConfig: AdvisoryConfig;
  /** What migrations are diffed against; a migrations-folder baseline travels in the project zip as history. */
  migrationBaseline?: MigrationBaseline;
  /** The migration the user reviewed (export dialog): required by the project zip. */
  migration?: MigrationPieces;
  /** Draws the diagram (the canvas implements it); without it there is no image, and the project zip goes without its SVG. */
  image?: ImagePort;
  /** The clock for the migration folder's timestamp (tests fix it). */
  now?: () => Date;
}

/** A migration as the engine wrote it and the user named it. */
export interface MigrationPieces {
  /** The folder suffix, already a slug (lib/export/project-zip.ts `migrationSlug`): `add_posts`. */
  name: string;
  sql: string;
  downSql: string | null;
}

export interface RenderedImage {
  bytes: Uint8Array;
  mime: string;
  /** Pixel size of a PNG, or the declared size of an SVG. */
  width: number;
  height: number;
  /** The scale used: smaller than asked when a PNG would exceed the browser's canvas limits. */
  scale: number;
}

export interface ImagePort {
  render(options: ImageExportOptions): Promise<RenderedImage>;
}

/** The names {@link ExportInput.diagramNames} wants, from the diagram's model. */
export function diagramNames(model: Pick<SchemaModel, 'models' | 'views' | 'enums' | 'composites'>): Set<string> {
  return new Set([...model.models, ...model.views, ...model.enums, ...model.composites].map((x) => x.name));
}

export const encodeText = (text: string): Uint8Array => new TextEncoder().encode(text);

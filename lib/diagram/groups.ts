import type { ParsedSchema } from '../schema/document';
import type { EnumInfo, ModelInfo, SchemaModel } from '../schema/model';

/** How nodes are grouped into frames: by file for multi-file schemas, else by `@@schema` when used. */
export interface Grouping {
  by: 'file' | 'schema' | null;
  /** PostgreSQL's schema for blocks without `@@schema`. */
  defaultSchema: string;
}

export function groupingOf(parsed: ParsedSchema, model: SchemaModel): Grouping {
  if (parsed.files.length > 1) return { by: 'file', defaultSchema: 'public' };
  const usesSchemas = [...model.models, ...model.views, ...model.enums].some((m) => m.schema !== null);
  return { by: usesSchemas ? 'schema' : null, defaultSchema: 'public' };
}

export function groupKeyFor(grouping: Grouping, info: ModelInfo | EnumInfo): string | null {
  if (grouping.by === 'file') return info.file;
  if (grouping.by === 'schema') return info.schema ?? grouping.defaultSchema;
  return null;
}

export interface GroupFrame {
  key: string;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export const FRAME_PADDING = 28;
export const FRAME_HEADER = 30;

/** Frames drawn behind each group's nodes: the nodes' bounding box plus padding and a label strip. */
export function groupFrames(grouping: Grouping, nodes: ReadonlyArray<{ group: string | null; position: { x: number; y: number }; width: number; height: number }>): GroupFrame[] {
  if (!grouping.by) return [];
  const boxes = new Map<string, { x0: number; y0: number; x1: number; y1: number }>();
  for (const n of nodes) {
    if (n.group === null) continue;
    const b = boxes.get(n.group);
    const x1 = n.position.x + n.width;
    const y1 = n.position.y + n.height;
    if (!b) boxes.set(n.group, { x0: n.position.x, y0: n.position.y, x1, y1 });
    else {
      b.x0 = Math.min(b.x0, n.position.x);
      b.y0 = Math.min(b.y0, n.position.y);
      b.x1 = Math.max(b.x1, x1);
      b.y1 = Math.max(b.y1, y1);
    }
  }
  return [...boxes.entries()]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([key, b]) => ({
      key,
      label: grouping.by === 'file' ? key : `schema ${key}`,
      x: b.x0 - FRAME_PADDING,
      y: b.y0 - FRAME_PADDING - FRAME_HEADER,
      width: b.x1 - b.x0 + FRAME_PADDING * 2,
      height: b.y1 - b.y0 + FRAME_PADDING * 2 + FRAME_HEADER,
    }));
}

/**
 * Semantic zoom: what the canvas draws at a zoom, so that whatever is drawn can be read.
 *
 * - `full`: every row with its text (rows are 12 px, legible down to about 0.8×).
 * - `compact`: rows become bars (their text would be under 5 px); the model's name is drawn larger
 *   in the node's own coordinates so that on screen it stays at least {@link MIN_NAME_PX}, with the
 *   table name and the field count under it.
 * - `overview`: below {@link OVERVIEW_ZOOM}, when the diagram is large, models are small coloured
 *   blocks and their groups (file, `@@schema` or detected clusters) are labelled boxes with counts:
 *   at that scale a name per model cannot be read anyway, and thousands of DOM nodes would freeze
 *   the page.
 */
export type ZoomLevel = 'full' | 'compact' | 'overview';

/** Below this zoom rows are bars (the rows' 12 px text would be under 5 px). */
export const COMPACT_ZOOM = 0.4;
/** Below this zoom a large diagram is drawn as its overview. */
export const OVERVIEW_ZOOM = 0.16;
/** Diagrams with fewer nodes than this never switch to the overview: their nodes stay focusable. */
export const OVERVIEW_MIN_NODES = 80;
/** The smallest a model's name may be on screen, in CSS pixels. */
export const MIN_NAME_PX = 10;
/** The header name's own size at zoom 1. */
export const NAME_PX = 13;

export function zoomLevel(zoom: number, nodeCount: number): ZoomLevel {
  if (zoom < OVERVIEW_ZOOM && nodeCount >= OVERVIEW_MIN_NODES) return 'overview';
  if (zoom < COMPACT_ZOOM) return 'compact';
  return 'full';
}

/**
 * The name's font size in node coordinates at `zoom`: its own size while that is legible, else
 * enlarged so that `size × zoom` is {@link MIN_NAME_PX} on screen (never smaller than its own size).
 */
export function nameFontSize(zoom: number): number {
  if (zoom <= 0) return NAME_PX;
  return Math.max(NAME_PX, MIN_NAME_PX / zoom);
}

/**
 * The smallest zoom the canvas allows: the zoom at which the whole diagram fits (with a margin), so
 * "Fit view" always fits, but never above 0.05 (a small diagram can still be zoomed well out).
 */
export function minZoomFor(bounds: { width: number; height: number }, viewport: { width: number; height: number }, padding = 0.1): number {
  if (bounds.width <= 0 || bounds.height <= 0 || viewport.width <= 0 || viewport.height <= 0) return 0.05;
  const fit = Math.min(viewport.width / (bounds.width * (1 + 2 * padding)), viewport.height / (bounds.height * (1 + 2 * padding)));
  return Math.max(0.001, Math.min(0.05, fit * 0.8));
}

/** The bounding box of nodes (position + size). */
export function boundsOf(nodes: ReadonlyArray<{ position: { x: number; y: number }; width: number; height: number }>): { x: number; y: number; width: number; height: number } {
  if (!nodes.length) return { x: 0, y: 0, width: 0, height: 0 };
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.position.x);
    y0 = Math.min(y0, n.position.y);
    x1 = Math.max(x1, n.position.x + n.width);
    y1 = Math.max(y1, n.position.y + n.height);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

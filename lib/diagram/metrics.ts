/**
 * Pixel metrics shared by the node components' CSS and the layout's size estimates, so positions
 * computed before anything is rendered match what is drawn.
 */
export const NODE_METRICS = {
  headerHeight: 36,
  docsHeight: 20,
  rowHeight: 24,
  bottomPadding: 6,
  /** Monospace character width at the rows' 12px font, rounded up. */
  charWidth: 7.4,
  titleCharWidth: 8.4,
  minWidth: 200,
  maxWidth: 460,
  /** Padding + key column + gaps between name, type and markers. */
  rowChrome: 22 + 16 + 12 + 12,
  markerWidth: 22,
} as const;

export function nodeHeight(rows: number, hasDocs: boolean): number {
  const m = NODE_METRICS;
  return m.headerHeight + (hasDocs ? m.docsHeight : 0) + Math.max(rows, 1) * m.rowHeight + m.bottomPadding;
}

export function nodeWidth(title: string, subtitle: string, rows: Array<{ name: string; type: string; markers: number }>): number {
  const m = NODE_METRICS;
  const titleWidth = title.length * m.titleCharWidth + (subtitle ? subtitle.length * m.charWidth + 16 : 0) + 48;
  let rowWidth = 0;
  let nameMax = 0;
  let typeMax = 0;
  let markerMax = 0;
  for (const r of rows) {
    nameMax = Math.max(nameMax, r.name.length);
    typeMax = Math.max(typeMax, r.type.length);
    markerMax = Math.max(markerMax, r.markers);
  }
  rowWidth = (nameMax + typeMax) * m.charWidth + markerMax * m.markerWidth + m.rowChrome;
  return Math.round(Math.min(m.maxWidth, Math.max(m.minWidth, titleWidth, rowWidth)));
}

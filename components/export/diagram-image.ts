import { getViewportForBounds, type Node, type ReactFlowInstance, type Rect, type Viewport } from '@xyflow/react';
import { toSvg } from 'html-to-image';
import { IMAGE_MIME, fitPngScale, type ImageExportOptions, type ImageTheme } from '@/lib/export/image-name';
import { COMPACT_ZOOM } from '../diagram/zoom';
import { OVERVIEW_HIDDEN } from '../diagram/OverviewLayer';

/**
 * What the mounted canvas lends the image export: its React Flow instance, and a switch that draws
 * every node and edge instead of only those in view.
 */
export interface ImageSource {
  flow: ReactFlowInstance;
  /** While on, React Flow renders the whole diagram (onlyRenderVisibleElements off). */
  setRenderAll(on: boolean): void;
}

export interface DiagramImage {
  bytes: Uint8Array;
  mime: string;
  /** Pixel size of the PNG, or the declared size of the SVG (its viewBox stays at 1×). */
  width: number;
  height: number;
  /** The scale used: smaller than the one asked for when a PNG would exceed the browser's canvas limits. */
  scale: number;
  /** What the image covers, in diagram coordinates (nodes, edges, labels, frames), before the margin. */
  bounds: Rect;
}

/** Margin around the diagram, in diagram pixels. */
const MARGIN = 32;
const THEME: Record<ImageTheme, { background: string; text: string }> = {
  light: { background: '#ffffff', text: '#1c2330' },
  dark: { background: '#0f172a', text: '#e2e8f0' },
};

/** UI in the canvas that is not part of the picture: handles, collapse toggles, advisory badges and marks. */
const CHROME = '.react-flow__handle, .react-flow__node button, [data-advisory], [data-testid="edge-advisory-badge"], .react-flow__edgeupdater, .react-flow__resize-control';

/**
 * Rules for the exported SVG only. The app's own stylesheets travel with the image (see pageCss), so
 * these only add the dark variant (the selection highlight goes with the `selected` class).
 */
const EXPORT_CSS = `
.sc-export-dark .sc-node { background-color: #1e293b; border-color: #475569; box-shadow: none !important; }
.sc-export-dark .sc-node.border-teal-600 { border-color: #2dd4bf; }
.sc-export-dark .react-flow__node-enum .sc-node { background-color: #2b2118; border-color: #9a3412; }
.sc-export-dark .text-slate-900 { color: #f1f5f9; }
.sc-export-dark .text-slate-600 { color: #cbd5e1; }
.sc-export-dark .text-slate-500 { color: #94a3b8; }
.sc-export-dark .text-slate-400 { color: #64748b; }
.sc-export-dark .text-sky-700 { color: #7dd3fc; }
.sc-export-dark .text-orange-700 { color: #fdba74; }
.sc-export-dark .text-amber-600 { color: #fbbf24; }
.sc-export-dark [data-edge-label] { background-color: rgb(30 41 59 / 0.95); border-color: #475569; }
.sc-export-dark [data-edge-label].text-slate-900 { color: #f1f5f9; }
.sc-export-dark [data-edge-label] span[style] { filter: brightness(1.6); }
.sc-export-dark [data-testid="group-frame"] { background-color: rgb(51 65 85 / 0.3); border-color: rgb(100 116 139 / 0.7); }
.sc-export-dark marker circle { fill: #0f172a; }
`;

let running = false;

/** The phases of each export, as performance measures (`sc-export:draw`, `restore`, `clone`, `png`). */
let phaseStart = 0;
function phase(name: string): void {
  const now = performance.now();
  performance.measure(`sc-export:${name}`, { start: phaseStart, end: now });
  phaseStart = now;
}

/**
 * Draws the whole diagram (not just the part in view) as an SVG or a PNG, from the live React Flow DOM:
 * every node is drawn for a moment, `.react-flow__viewport` is copied, and html-to-image turns the copy
 * into an SVG with a transform that fits the diagram; the page's stylesheets go into the SVG so it
 * looks like the canvas. The user's viewport is left as it was (it is moved only when zoomed out so
 * far that the canvas draws compact nodes, under a cover, and put back before the image is encoded).
 */
export async function renderDiagramImage(source: ImageSource | null, options: ImageExportOptions): Promise<DiagramImage> {
  const viewportEl = document.querySelector<HTMLElement>('.react-flow__viewport');
  if (!source || !viewportEl) throw new Error('the diagram is not on screen');
  if (running) throw new Error('another export is still running');
  // Nodes the overview stands in for are drawn for the image (the export leaves the overview); focus mode's hidden ones are not.
  const nodes = source.flow.getNodes().filter((n) => !n.hidden || n.className === OVERVIEW_HIDDEN);
  if (!nodes.length) throw new Error('the diagram is empty');

  running = true;
  phaseStart = performance.now();
  try {
    const { copy, bounds } = await snapshot(source, viewportEl, nodes);
    const width = Math.ceil(bounds.width + 2 * MARGIN);
    const height = Math.ceil(bounds.height + 2 * MARGIN);
    const fit = getViewportForBounds(bounds, width, height, 1, 1, 0);
    const markup = await cloneViewport(copy, width, height, fit, options.theme);
    phase('clone');
    if (options.format === 'svg') {
      const w = Math.round(width * options.scale);
      const h = Math.round(height * options.scale);
      return { bytes: new TextEncoder().encode(svgDocument(markup, width, height, w, h)), mime: IMAGE_MIME.svg, width: w, height: h, scale: options.scale, bounds };
    }
    const png = fitPngScale(width, height, options.scale);
    const bytes = await rasterize(svgDocument(markup, width, height, png.width, png.height), png.width, png.height);
    phase('png');
    return { bytes, mime: IMAGE_MIME.png, width: png.width, height: png.height, scale: png.scale, bounds };
  } finally {
    running = false;
  }
}

/**
 * Has React Flow draw every node and edge (at zoom 1 when the view is zoomed out below COMPACT_ZOOM,
 * where nodes are bars), copies the viewport and measures what is drawn, then puts everything back.
 * The copy is detached, so html-to-image computes no styles for it: more than twice as fast as
 * cloning the live DOM, and the canvas is the user's again while the image is encoded.
 */
async function snapshot(source: ImageSource, viewportEl: HTMLElement, nodes: Node[]): Promise<{ copy: HTMLElement; bounds: Rect }> {
  const { flow } = source;
  const before: Viewport = { ...flow.getViewport() };
  const moves = before.zoom < COMPACT_ZOOM;
  const cover = showCover(viewportEl, moves);
  let moved = false;
  try {
    if (moves) {
      await flow.setViewport({ x: before.x, y: before.y, zoom: 1 }, { duration: 0 });
      moved = true;
    }
    source.setRenderAll(true);
    await whenDrawn(flow, viewportEl, nodes);
    phase('draw');
    return { copy: viewportEl.cloneNode(true) as HTMLElement, bounds: drawnBounds(flow, viewportEl, nodes) };
  } finally {
    source.setRenderAll(false);
    if (moved) await flow.setViewport(before, { duration: 0 });
    cover.remove();
    phase('restore');
  }
}

/**
 * Covers the canvas while the image is drawn: opaque when the viewport is moved for the export (the
 * user never sees it jump), see-through otherwise; either way the mouse cannot drag nodes meanwhile.
 */
function showCover(viewportEl: HTMLElement, opaque: boolean): HTMLElement {
  const host = viewportEl.closest('section') ?? viewportEl.closest('.react-flow') ?? viewportEl;
  const r = host.getBoundingClientRect();
  const cover = document.createElement('div');
  cover.dataset.testid = 'export-cover';
  Object.assign(cover.style, {
    position: 'fixed',
    left: `${r.left}px`,
    top: `${r.top}px`,
    width: `${r.width}px`,
    height: `${r.height}px`,
    zIndex: '30',
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    cursor: 'progress',
    background: opaque ? getComputedStyle(host).backgroundColor || '#f6f7f9' : 'transparent',
  });
  const label = document.createElement('p');
  label.textContent = 'Exporting image…';
  Object.assign(label.style, { margin: '0', padding: '4px 10px', borderRadius: '6px', background: '#ffffff', border: '1px solid #d9dde3', font: '500 13px system-ui, sans-serif', color: '#475569' });
  cover.appendChild(label);
  document.body.appendChild(cover);
  return cover;
}

const frame = () => new Promise<void>((resolve) => {
  // requestAnimationFrame does not run in a hidden tab; the timeout keeps the export going there.
  const t = setTimeout(resolve, 100);
  requestAnimationFrame(() => {
    clearTimeout(t);
    resolve();
  });
});

/** Waits until every node is in the DOM and measured, and the edges have stopped appearing. */
async function whenDrawn(flow: ReactFlowInstance, viewportEl: HTMLElement, nodes: Node[]): Promise<void> {
  const deadline = performance.now() + 30_000;
  let edges = -1;
  let steady = 0;
  for (;;) {
    await frame();
    const drawn = viewportEl.querySelectorAll('.react-flow__node').length >= nodes.length && nodes.every((n) => flow.getInternalNode(n.id)?.internals.handleBounds);
    const now = viewportEl.querySelectorAll('.react-flow__edge').length;
    steady = drawn && now === edges ? steady + 1 : 0;
    edges = now;
    if (steady >= 2) return;
    if (performance.now() > deadline) throw new Error('the diagram did not finish drawing');
  }
}

/** The extent of everything drawn, in diagram coordinates: nodes, edge curves, labels, group frames. */
function drawnBounds(flow: ReactFlowInstance, viewportEl: HTMLElement, nodes: Node[]): Rect {
  const b = flow.getNodesBounds(nodes);
  let [x0, y0, x1, y1] = [b.x, b.y, b.x + b.width, b.y + b.height];
  const add = (x: number, y: number, w: number, h: number) => {
    if (![x, y, w, h].every(Number.isFinite)) return;
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x + w);
    y1 = Math.max(y1, y + h);
  };
  // Edge paths are drawn in diagram coordinates.
  for (const path of viewportEl.querySelectorAll<SVGGraphicsElement>('.react-flow__edge-path')) {
    const box = path.getBBox();
    add(box.x, box.y, box.width, box.height);
  }
  const { zoom } = flow.getViewport();
  for (const el of viewportEl.querySelectorAll<HTMLElement>('.react-flow__edgelabel-renderer > *, [data-testid="group-frame"], [data-testid="impact-ribbon"]')) {
    const r = el.getBoundingClientRect();
    const at = flow.screenToFlowPosition({ x: r.left, y: r.top }, { snapToGrid: false });
    add(at.x, at.y, r.width / zoom, r.height / zoom);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/**
 * Clones the (copied) viewport with html-to-image at the transform that fits the diagram. No computed
 * styles are copied (includeStyleProperties: []): the page's stylesheets go into the SVG instead, which
 * keeps a 300-model image a few megabytes. Fonts are system fonts, so nothing is fetched.
 */
async function cloneViewport(viewportEl: HTMLElement, width: number, height: number, fit: Viewport, theme: ImageTheme): Promise<string> {
  const dataUrl = await toSvg(viewportEl, {
    width,
    height,
    style: { transform: `translate(${fit.x}px, ${fit.y}px) scale(${fit.zoom})`, transformOrigin: '0 0' },
    filter: (node) => !(node instanceof Element) || !node.matches(CHROME),
    skipFonts: true,
    fontEmbedCSS: '',
    includeStyleProperties: [],
    imagePlaceholder: '',
  });
  const xml = decodeURIComponent(dataUrl.slice(dataUrl.indexOf(',') + 1));
  const open = xml.indexOf('>', xml.indexOf('<foreignObject')) + 1;
  const close = xml.lastIndexOf('</foreignObject>');
  if (open <= 0 || close < open) throw new Error('html-to-image returned no diagram');
  const clone = xml.slice(open, close).replace(/(class="[^"]*)(?<=[" ])selected(?=[" ])/g, '$1');

  const body = getComputedStyle(document.body);
  const wrapper = document.createElement('div');
  wrapper.className = `react-flow sc-export sc-export-${theme}`;
  Object.assign(wrapper.style, {
    position: 'relative',
    width: `${width}px`,
    height: `${height}px`,
    overflow: 'hidden',
    background: THEME[theme].background,
    color: THEME[theme].text,
    fontFamily: body.fontFamily,
    fontSize: body.fontSize,
    lineHeight: '1.5',
  });
  const wrapped = new XMLSerializer().serializeToString(wrapper).replace(/<\/div>$/, '').replace(/\/>$/, '>');
  return `<style>${escapeXml(pageCss() + EXPORT_CSS)}</style>${markerDefs(clone)}<foreignObject x="0" y="0" width="${width}" height="${height}">${wrapped}${clone}</div></foreignObject>`;
}

function svgDocument(markup: string, width: number, height: number, outWidth: number, outHeight: number): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${outWidth}" height="${outHeight}" viewBox="0 0 ${width} ${height}">${markup}</svg>`;
}

/** The page's CSS rules that can matter to the diagram (not the editor's, not web fonts or imports). */
function pageCss(): string {
  const out: string[] = [];
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a cross-origin sheet
    }
    for (const rule of rules) {
      if (rule instanceof CSSFontFaceRule || rule instanceof CSSImportRule) continue;
      if (rule instanceof CSSStyleRule && /monaco|codicon|\.mtk\d|\.vs-dark|\.hc-(black|light)/.test(rule.selectorText)) continue;
      const text = rule.cssText;
      if (/url\((?!\s*['"]?#)/.test(text)) continue; // nothing the image would have to fetch
      out.push(text);
    }
  }
  return out.join('\n');
}

/** The SVG markers the edges use that live outside the viewport (CardinalityMarkers). */
function markerDefs(clone: string): string {
  const ids = new Set<string>();
  for (const m of clone.matchAll(/url\((?:'|"|&quot;|&apos;)?#([^'")&]+)/g)) ids.add(m[1]);
  const defs: string[] = [];
  const serializer = new XMLSerializer();
  for (const id of ids) {
    if (clone.includes(`id="${id}"`)) continue;
    const el = document.getElementById(id);
    if (el instanceof SVGElement) defs.push(serializer.serializeToString(el));
  }
  return defs.length ? `<defs>${defs.join('')}</defs>` : '';
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Draws the SVG into a canvas of the given pixel size and encodes it as PNG. */
async function rasterize(svg: string, width: number, height: number): Promise<Uint8Array> {
  const img = new Image();
  img.decoding = 'async';
  await new Promise<void>((resolve, reject) => {
    img.onload = () => resolve();
    img.onerror = () => reject(new Error('the browser could not draw the SVG'));
    // A data: URL, not a blob: one: Chrome taints a canvas that drew a foreignObject SVG from a blob URL.
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  });
  await img.decode().catch(() => undefined);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(`the browser could not make a ${width} × ${height} px canvas`);
  ctx.drawImage(img, 0, 0, width, height);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  canvas.width = canvas.height = 0; // frees the pixels now rather than at garbage collection
  if (!blob) throw new Error(`the browser could not encode a ${width} × ${height} px PNG`);
  return new Uint8Array(await blob.arrayBuffer());
}

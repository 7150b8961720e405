import { FRAME_HEADER, FRAME_PADDING } from '../diagram/groups';
import type { LayoutEdge, LayoutNode } from './elk-layout';
import { nameRecord, type Point } from './layout-document';

/**
 * Placing nodes without a layout run: new nodes next to what they relate to, and rectangles packed
 * into a landscape block. Pure geometry, fast enough to run on every schema edit.
 */

export interface Size {
  width: number;
  height: number;
}

export interface Rect extends Point, Size {}

/** A node already on the canvas. `group` (file or @@schema) keeps group frames apart; omit it when there are no groups. */
export interface PlacedRect extends Rect {
  group?: string | null;
}

/** Spacing shared by the automatic layout and the placement of new nodes, so both look alike. */
export const LAYOUT_SPACING = {
  /** Smallest empty space between two nodes, or between two group frames. */
  minGap: 40,
  /** Horizontal room between columns, where the relation lines run. */
  layerGap: 100,
  /** Space between unrelated parts of the drawing, and above/below a related node. */
  componentGap: 80,
  /** Width / height the drawing aims for: landscape, like the canvas. */
  targetAspect: 1.6,
} as const;

/** True when the rectangles overlap or come closer than `gap` to each other (exactly `gap` apart is fine). */
export function rectsOverlap(a: Rect, b: Rect, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/** The smallest rectangle containing all of them, or null for none. */
export function boundingBox(rects: Iterable<Rect>): Rect | null {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const r of rects) {
    x0 = Math.min(x0, r.x);
    y0 = Math.min(y0, r.y);
    x1 = Math.max(x1, r.x + r.width);
    y1 = Math.max(y1, r.y + r.height);
  }
  return x0 === Infinity ? null : { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** The frame the canvas draws around a group's nodes (lib/diagram/groups.ts). */
export function frameAround(box: Rect): Rect {
  return { x: box.x - FRAME_PADDING, y: box.y - FRAME_PADDING - FRAME_HEADER, width: box.width + 2 * FRAME_PADDING, height: box.height + 2 * FRAME_PADDING + FRAME_HEADER };
}

/** How far width / height is from the target ratio; symmetric for too wide and too tall. */
const aspectDistance = (r: Size, target: number): number => Math.abs(Math.log(Math.max(r.width, 1) / Math.max(r.height, 1) / target));

interface Segment {
  x: number;
  y: number;
  width: number;
}

/** Bottom-left skyline packing into a strip of the given width (an item wider than the strip still fits alone). */
function skyline(sizes: readonly Size[], order: readonly number[], stripWidth: number, gap: number): { positions: Point[]; width: number; height: number } {
  let segments: Segment[] = [{ x: 0, y: 0, width: Infinity }];
  const positions: Point[] = sizes.map(() => ({ x: 0, y: 0 }));
  let width = 0;
  let height = 0;
  for (const i of order) {
    const { width: w, height: h } = sizes[i];
    let best: Point | null = null;
    for (let s = 0; s < segments.length; s++) {
      const x = segments[s].x;
      if (x > 0 && x + w > stripWidth) break;
      // Up to the right edge plus the gap, so a taller neighbour on the right keeps its distance too.
      let y = 0;
      for (let t = s; t < segments.length && segments[t].x < x + w + gap; t++) y = Math.max(y, segments[t].y);
      if (!best || y < best.y) best = { x, y };
    }
    const at = best ?? { x: 0, y: 0 };
    positions[i] = at;
    width = Math.max(width, at.x + w);
    height = Math.max(height, at.y + h);
    const end = at.x + w + gap;
    const next: Segment[] = [];
    for (const seg of segments) {
      const segEnd = seg.x + seg.width;
      if (segEnd <= at.x || seg.x >= end) next.push(seg);
      else {
        if (seg.x <= at.x) next.push({ x: at.x, y: at.y + h + gap, width: w + gap });
        if (segEnd > end) next.push({ x: end, y: seg.y, width: segEnd - end });
      }
    }
    segments = next;
  }
  return { positions, width, height };
}

/**
 * Packs rectangles (tallest first) into a block whose width / height is close to `targetAspect`
 * without wasting much space, with at least `gap` between any two. Positions are top-left corners;
 * the block starts at (0, 0).
 */
export function packRects(sizes: readonly Size[], gap: number, targetAspect: number = LAYOUT_SPACING.targetAspect): { positions: Point[]; width: number; height: number } {
  if (!sizes.length) return { positions: [], width: 0, height: 0 };
  const order = sizes.map((_, i) => i).sort((a, b) => sizes[b].height - sizes[a].height || sizes[b].width - sizes[a].width || a - b);
  const area = sizes.reduce((sum, s) => sum + (s.width + gap) * (s.height + gap), 0);
  const widest = Math.max(...sizes.map((s) => s.width));
  let best = skyline(sizes, order, widest, gap);
  let bestScore = Infinity;
  // A few strip widths around the ideal one: packing is cheap, and the best shape-versus-waste trade-off wins.
  for (const factor of [0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.25, 1.4, 1.6]) {
    const packed = skyline(sizes, order, Math.max(widest, Math.sqrt(area * targetAspect) * factor), gap);
    const score = aspectDistance(packed, targetAspect) + 0.5 * Math.log((packed.width * packed.height) / Math.max(area, 1));
    if (score < bestScore - 1e-9) {
      best = packed;
      bestScore = score;
    }
  }
  return best;
}

/** Something a new node must keep `gap` away from. */
interface Obstacle extends Rect {
  gap: number;
}

/**
 * The free spot nearest to `ideal` sliding along one axis only (for `axis = 'y'`, somewhere in the
 * column at `ideal.x`). Exact: the free intervals between the obstacles crossing that column are
 * computed and the closest one that fits wins. Integer results for integer `ideal` and `size`.
 */
function nearestAlong(axis: 'x' | 'y', ideal: Point, size: Size, obstacles: readonly Obstacle[]): Point {
  const cross = axis === 'y' ? 'x' : 'y';
  const along = axis === 'y' ? 'height' : 'width';
  const across = axis === 'y' ? 'width' : 'height';
  const lo = ideal[cross];
  const hi = lo + size[across];
  const blocked: Array<[number, number]> = [];
  for (const o of obstacles) {
    if (o[cross] < hi + o.gap && lo < o[cross] + o[across] + o.gap) blocked.push([Math.floor(o[axis] - o.gap), Math.ceil(o[axis] + o[along] + o.gap)]);
  }
  blocked.sort((a, b) => a[0] - b[0]);
  const len = size[along];
  const want = ideal[axis];
  let best = NaN;
  const consider = (start: number, end: number) => {
    if (end - start < len) return;
    const v = Math.min(Math.max(want, start), end - len);
    if (Number.isNaN(best) || Math.abs(v - want) < Math.abs(best - want)) best = v;
  };
  let cursor = -Infinity;
  for (const [start, end] of blocked) {
    consider(cursor, start);
    cursor = Math.max(cursor, end);
  }
  consider(cursor, Infinity);
  return axis === 'y' ? { x: ideal.x, y: best } : { x: best, y: ideal.y };
}

interface Candidate {
  at: Point;
  /** How far the spot slid from the ideal one. */
  shift: number;
  /** How far it may slide and still count as "next to" its anchor. */
  reach: number;
}

/** Ideal spots right of, below, left of and above `anchor` (in that order of preference), each slid to the nearest free spot. */
function aroundAnchor(anchor: Rect, size: Size, obstacles: readonly Obstacle[]): Candidate[] {
  const { layerGap, componentGap } = LAYOUT_SPACING;
  const ax = Math.round(anchor.x);
  const ay = Math.round(anchor.y);
  const sideReach = anchor.height + size.height + componentGap;
  const stackReach = anchor.width + size.width + componentGap;
  const side = (x: number): Candidate => {
    const at = nearestAlong('y', { x, y: ay }, size, obstacles);
    return { at, shift: Math.abs(at.y - ay), reach: sideReach };
  };
  const stack = (y: number): Candidate => {
    const at = nearestAlong('x', { x: ax, y }, size, obstacles);
    return { at, shift: Math.abs(at.x - ax), reach: stackReach };
  };
  return [
    side(Math.round(anchor.x + anchor.width + layerGap)),
    stack(Math.round(anchor.y + anchor.height + componentGap)),
    side(Math.round(anchor.x - layerGap - size.width)),
    stack(Math.round(anchor.y - componentGap - size.height)),
  ];
}

/** The state of the canvas while new nodes are added one by one. */
class Canvas {
  readonly rects = new Map<string, Rect>();
  readonly groupOf = new Map<string, string | null>();
  /** Bounding box of each group's nodes. */
  readonly groupBoxes = new Map<string, Rect>();

  add(id: string, rect: Rect, group: string | null): void {
    this.rects.set(id, rect);
    this.groupOf.set(id, group);
    if (group !== null) {
      const box = this.groupBoxes.get(group);
      this.groupBoxes.set(group, box ? boundingBox([box, rect])! : rect);
    }
  }

  /** What a node of `group` must avoid: its own group's nodes, everything else's frames and nodes. */
  obstaclesFor(group: string | null): Obstacle[] {
    const { minGap } = LAYOUT_SPACING;
    const ownFrame = group === null ? 0 : FRAME_PADDING + FRAME_HEADER;
    const out: Obstacle[] = [];
    for (const [id, rect] of this.rects) {
      const g = this.groupOf.get(id) ?? null;
      if (g === null) out.push({ ...rect, gap: minGap + ownFrame });
      else if (g === group) out.push({ ...rect, gap: minGap });
    }
    for (const [g, box] of this.groupBoxes) if (g !== group) out.push({ ...frameAround(box), gap: minGap + ownFrame });
    return out;
  }

  /** Whether putting a node of `group` at `rect` would stretch its group's frame over another frame or node. */
  stretchesFrame(group: string | null, rect: Rect): boolean {
    const box = group === null ? undefined : this.groupBoxes.get(group);
    if (group === null || !box) return false;
    const frame = frameAround(boundingBox([box, rect])!);
    for (const [g, other] of this.groupBoxes) if (g !== group && rectsOverlap(frame, frameAround(other), LAYOUT_SPACING.minGap)) return true;
    for (const [id, r] of this.rects) if (this.groupOf.get(id) === null && rectsOverlap(frame, r, LAYOUT_SPACING.minGap)) return true;
    return false;
  }
}

/** The first candidate that is next to its anchor and keeps frames apart; else the least-moved acceptable one. */
function choose(candidates: readonly Candidate[], ok: (c: Candidate) => boolean): Point {
  const acceptable = candidates.filter(ok);
  const pool = acceptable.length ? acceptable : candidates;
  const near = pool.find((c) => c.shift <= c.reach);
  if (near) return near.at;
  return pool.reduce((best, c) => (c.shift < best.shift ? c : best)).at;
}

/** Beside a block of the drawing (right of it or below it), whichever keeps the whole drawing closer to landscape. */
function besideBlock(canvas: Canvas, block: Rect, size: Size, obstacles: readonly Obstacle[], ok: (c: Candidate) => boolean): Point {
  const { componentGap, targetAspect } = LAYOUT_SPACING;
  const right = nearestAlong('y', { x: Math.round(block.x + block.width + componentGap), y: Math.round(block.y) }, size, obstacles);
  const below = nearestAlong('x', { x: Math.round(block.x), y: Math.round(block.y + block.height + componentGap) }, size, obstacles);
  const all = boundingBox(canvas.rects.values()) ?? block;
  const shape = (at: Point) => aspectDistance(boundingBox([all, { ...at, ...size }])!, targetAspect);
  const ordered = shape(below) < shape(right) - 1e-9 ? [below, right] : [right, below];
  return choose(ordered.map((at) => ({ at, shift: 0, reach: 0 })), ok);
}

/**
 * Positions for nodes that have none yet, leaving every placed node where it is. A node related to a
 * placed one goes beside it (right, else below, left or above) in the nearest free spot; an unrelated
 * node goes right of or below the existing drawing (or its group's part of it), whichever keeps the
 * drawing closer to landscape. Nodes are placed one after another, related ones as soon as a
 * neighbour has a place, so nothing overlaps: every gap is at least {@link LAYOUT_SPACING.minGap},
 * and when `group`s are given, group frames stay apart too. Deterministic; linear in the number of
 * placed nodes per new node.
 */
export function placeNewNodes(placed: Readonly<Record<string, PlacedRect>>, newNodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): Record<string, Point> {
  const out = nameRecord<Point>();
  const canvas = new Canvas();
  for (const id of Object.keys(placed)) {
    const p = placed[id];
    canvas.add(id, { x: p.x, y: p.y, width: p.width, height: p.height }, p.group ?? null);
  }
  const drawing = boundingBox(canvas.rects.values());
  const seen = new Set<string>();
  const pending = newNodes.filter((n) => !canvas.rects.has(n.id) && !seen.has(n.id) && seen.add(n.id));
  const neighbours = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = neighbours.get(a);
    if (list) list.push(b);
    else neighbours.set(a, [b]);
  };
  for (const e of edges) {
    if (e.source === e.target) continue;
    link(e.source, e.target);
    link(e.target, e.source);
  }
  while (pending.length) {
    // The first node with a placed neighbour goes next; when there is none, the first node.
    const related = pending.findIndex((n) => neighbours.get(n.id)?.some((m) => canvas.rects.has(m)));
    const node = pending.splice(Math.max(related, 0), 1)[0];
    const group = node.group ?? null;
    const size = { width: Math.ceil(Math.max(node.width, 1)), height: Math.ceil(Math.max(node.height, 1)) };
    const obstacles = canvas.obstaclesFor(group);
    const ok = (c: Candidate) => !canvas.stretchesFrame(group, { ...c.at, ...size });
    const placedNeighbours = (neighbours.get(node.id) ?? []).filter((m) => canvas.rects.has(m));
    const sameGroup = placedNeighbours.find((m) => (canvas.groupOf.get(m) ?? null) === group);
    const ownBox = group === null ? undefined : canvas.groupBoxes.get(group);
    let at: Point;
    if (sameGroup !== undefined) at = choose(aroundAnchor(canvas.rects.get(sameGroup)!, size, obstacles), ok);
    else if (ownBox) at = besideBlock(canvas, ownBox, size, obstacles, ok);
    else if (placedNeighbours.length) {
      // Related only to nodes of other groups: beside that neighbour's frame, not inside it.
      const other = placedNeighbours[0];
      const otherGroup = canvas.groupOf.get(other) ?? null;
      const otherBox = otherGroup === null ? undefined : canvas.groupBoxes.get(otherGroup);
      const anchor = otherBox ? frameAround(otherBox) : canvas.rects.get(other)!;
      at = choose(aroundAnchor(anchor, size, obstacles), ok);
    } else {
      const block = drawing ?? boundingBox(canvas.rects.values());
      at = block ? besideBlock(canvas, block, size, obstacles, ok) : { x: 0, y: 0 };
    }
    canvas.add(node.id, { ...at, ...size }, group);
    out[node.id] = at;
  }
  return out;
}

import { FRAME_HEADER, FRAME_PADDING } from '../diagram/groups';
import { nameRecord, type Point } from './layout-document';
import { LAYOUT_SPACING, packRects, type Rect, type Size } from './place';

export { LAYOUT_SPACING };

/**
 * Automatic layout of a whole diagram with ELK's `layered` algorithm.
 *
 * Edges run left to right (direction RIGHT): the canvas attaches relation lines to the left and right
 * sides of the wide, field-listing nodes, so columns of tables with horizontal links between them read
 * best. ELK lays out each connected component; we then pack the components ourselves into a roughly
 * landscape block: ELK's own packing lines components up in rows, leaves the room beside one tall
 * component empty, and missed its aspect-ratio option widely on real schemas (1.1 for 1.6 on refly,
 * 82 tables with 13 relations).
 *
 * Groups (files of a multi-file schema, PostgreSQL schemas) are laid out in two levels: first each
 * group's nodes with the edges inside the group, packed into a frame; then the frames and ungrouped
 * nodes as one graph whose edges are the cross-group relations. So a group's nodes always share one
 * region, frames never overlap, and related groups end up side by side.
 */

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
  /** Nodes with the same group are kept together inside one frame; null/undefined means no group. */
  group?: string | null;
}

export interface LayoutEdge {
  id: string;
  source: string;
  target: string;
}

export interface LayoutGraph {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  /**
   * Pack the groups' frames into a landscape block instead of laying them out by their cross-group
   * links: for groups that are relation clusters, nearly every pair is linked and a layered layout of
   * the frames would be one long strip.
   */
  packGroups?: boolean;
}

/** An ELK instance (`new ELK()` from elkjs), in this thread or behind a worker. */
export interface ElkLike {
  layout(graph: unknown): Promise<unknown>;
}

export interface AutoLayoutResult {
  /** Absolute top-left corner of every node, keyed by node id. */
  positions: Record<string, Point>;
  /** Frame of every group: its nodes plus padding and a label strip at the top (see lib/diagram/groups.ts). */
  groups: Record<string, Rect>;
}

/** Inside a frame: the same padding and label strip lib/diagram/groups.ts draws, so frames match. */
const GROUP_PADDING = { top: FRAME_PADDING + FRAME_HEADER, left: FRAME_PADDING, bottom: FRAME_PADDING, right: FRAME_PADDING };

/** ELK works in doubles and we round to whole pixels, so ask for a little more than the minimum gap. */
const ELK_NODE_GAP = LAYOUT_SPACING.minGap + 4;

const ELK_OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': String(ELK_NODE_GAP),
  'elk.layered.spacing.nodeNodeBetweenLayers': String(LAYOUT_SPACING.layerGap),
  // A long relation line may pass between two nodes of a column: half a gap on each side of it.
  'elk.spacing.edgeNode': String(ELK_NODE_GAP / 2),
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
  // Shorter, straighter edges and a tighter drawing than the default (Brandes–Köpf) on real schemas.
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  // Input order breaks ties, so a small schema edit does not reshuffle the whole diagram.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.randomSeed': '1',
};

/** From this many boxes on, ELK runs with its cheaper strategies (seconds instead of tens of seconds). */
export const LARGE_LAYOUT = 120;

/**
 * For large graphs: Brandes–Köpf placement, longest-path layering, one crossing-minimisation pass and
 * spline routing (we draw our own edges, so ELK's routes are thrown away anyway). Measured on a
 * 300-model schema (325 boxes, 622 links) on 2 cores: about 4× faster than the options above.
 */
const ELK_LARGE_OPTIONS: Record<string, string> = {
  ...ELK_OPTIONS,
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.considerModelOrder.strategy': 'NONE',
  'elk.layered.layering.strategy': 'LONGEST_PATH',
  'elk.layered.thoroughness': '1',
  'elk.edgeRouting': 'SPLINES',
};

interface Link {
  source: number;
  target: number;
}

interface ElkChild {
  id: string;
  x?: number;
  y?: number;
}

/** Runs ELK on the linked boxes; isolated boxes need no layout and stay at (0, 0). */
async function runElk(elk: ElkLike, sizes: readonly Size[], links: readonly Link[]): Promise<Point[]> {
  const positions: Point[] = sizes.map(() => ({ x: 0, y: 0 }));
  if (!links.length) return positions;
  const linked = new Set(links.flatMap((l) => [l.source, l.target]));
  const children = [...linked].sort((a, b) => a - b).map((i) => ({ id: `n${i}`, width: sizes[i].width, height: sizes[i].height }));
  const edges = links.map((l, k) => ({ id: `e${k}`, sources: [`n${l.source}`], targets: [`n${l.target}`] }));
  const layoutOptions = children.length >= LARGE_LAYOUT ? ELK_LARGE_OPTIONS : ELK_OPTIONS;
  const result = (await elk.layout({ id: 'root', layoutOptions, children, edges })) as { children?: ElkChild[] } | null;
  const placed = new Map((result?.children ?? []).map((c) => [c.id, c]));
  for (const i of linked) {
    const c = placed.get(`n${i}`);
    if (!c || !Number.isFinite(c.x) || !Number.isFinite(c.y)) throw new Error(`ELK returned no position for node ${i}`);
    positions[i] = { x: c.x as number, y: c.y as number };
  }
  return positions;
}

/** Connected components as lists of indices, each sorted, ordered by their smallest index. */
function connectedComponents(count: number, links: readonly Link[]): number[][] {
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  for (const l of links) {
    const a = find(l.source);
    const b = find(l.target);
    if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < count; i++) {
    const r = find(i);
    const list = byRoot.get(r);
    if (list) list.push(i);
    else byRoot.set(r, [i]);
  }
  return [...byRoot.values()];
}

/**
 * Moves each component as a whole (keeping ELK's arrangement inside it) so that together they fill a
 * landscape block with its top-left corner at (0, 0). Returns the new position of every member.
 */
function packComponents(sizes: readonly Size[], elkPositions: readonly Point[], components: readonly number[][]): { positions: Map<number, Point>; size: Size } {
  const boxes = components.map((members) => {
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const i of members) {
      const p = elkPositions[i];
      x0 = Math.min(x0, p.x);
      y0 = Math.min(y0, p.y);
      x1 = Math.max(x1, p.x + sizes[i].width);
      y1 = Math.max(y1, p.y + sizes[i].height);
    }
    return { x0, y0, width: x1 - x0, height: y1 - y0 };
  });
  const packed = packRects(boxes, LAYOUT_SPACING.componentGap, LAYOUT_SPACING.targetAspect);
  const positions = new Map<number, Point>();
  components.forEach((members, c) => {
    for (const i of members) {
      positions.set(i, { x: elkPositions[i].x - boxes[c].x0 + packed.positions[c].x, y: elkPositions[i].y - boxes[c].y0 + packed.positions[c].y });
    }
  });
  return { positions, size: { width: packed.width, height: packed.height } };
}

/** Every box packed on its own (no layout between them). */
function packAll(sizes: readonly Size[]): Map<number, Point> {
  const packed = packRects(sizes, LAYOUT_SPACING.componentGap, LAYOUT_SPACING.targetAspect);
  return new Map(packed.positions.map((p, i) => [i, p]));
}

/** Unique links between distinct boxes; both directions of a pair count once (the first one wins). */
function dedupeLinks(links: Iterable<Link>): Link[] {
  const seen = new Set<string>();
  const out: Link[] = [];
  for (const l of links) {
    if (l.source === l.target) continue;
    const key = l.source < l.target ? `${l.source},${l.target}` : `${l.target},${l.source}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(l);
  }
  return out;
}

const sane = (v: number): number => (Number.isFinite(v) && v > 1 ? v : 1);

interface Packed {
  /** Position of each member relative to the block's top-left corner. */
  positions: Map<number, Point>;
  size: Size;
}

/**
 * Level 1: every group's nodes laid out with the links inside the group, one run per group (a quick
 * layered layout of all groups at once would interleave their layers and spread each group thin);
 * each group's components are then packed into that group's own block.
 */
async function layoutGroupContents(elk: ElkLike, sizes: readonly Size[], members: readonly number[], groupOf: ReadonlyArray<string | null>, links: readonly Link[], groupKeys: readonly string[]): Promise<Map<string, Packed>> {
  const out = new Map<string, Packed>();
  for (const key of groupKeys) {
    const inGroup = members.filter((i) => groupOf[i] === key);
    const local = new Map(inGroup.map((i, k) => [i, k]));
    const inner = dedupeLinks(links.filter((l) => groupOf[l.source] === key && groupOf[l.target] === key)).map((l) => ({ source: local.get(l.source)!, target: local.get(l.target)! }));
    const innerSizes = inGroup.map((i) => sizes[i]);
    const elkPositions = await runElk(elk, innerSizes, inner);
    const packed = packComponents(innerSizes, elkPositions, connectedComponents(inGroup.length, inner));
    out.set(key, { positions: new Map([...packed.positions].map(([k, p]) => [inGroup[k], p])), size: packed.size });
  }
  return out;
}

/**
 * Lays out a whole diagram. Positions are absolute top-left corners in whole pixels; no two nodes
 * overlap (gaps of at least {@link LAYOUT_SPACING.minGap}), group frames contain their nodes and never
 * overlap each other or ungrouped nodes. Self-loops, duplicate edges and edges to unknown nodes are
 * ignored (they cannot change where anything goes). Deterministic for the same input.
 */
export async function autoLayout(graph: LayoutGraph, elk: ElkLike): Promise<AutoLayoutResult> {
  const nodes: LayoutNode[] = [];
  const indexOf = new Map<string, number>();
  for (const n of graph.nodes) {
    if (indexOf.has(n.id)) continue;
    indexOf.set(n.id, nodes.length);
    nodes.push(n);
  }
  const sizes = nodes.map((n) => ({ width: sane(n.width), height: sane(n.height) }));
  const links: Link[] = [];
  for (const e of graph.edges) {
    const source = indexOf.get(e.source);
    const target = indexOf.get(e.target);
    if (source !== undefined && target !== undefined) links.push({ source, target });
  }
  const groupOf = nodes.map((n) => n.group ?? null);
  const all = nodes.map((_, i) => i);
  const grouped = all.filter((i) => groupOf[i] !== null);
  const ungrouped = all.filter((i) => groupOf[i] === null);
  const groupKeys = [...new Set(grouped.map((i) => groupOf[i]!))];
  const contents = await layoutGroupContents(elk, sizes, grouped, groupOf, links, groupKeys);

  // Level 2: one box per group (its frame) and one per ungrouped node, linked wherever a relation crosses.
  const groupIndex = new Map(groupKeys.map((g, k) => [g, k]));
  const ungroupedIndex = new Map(ungrouped.map((i, k) => [i, groupKeys.length + k]));
  const topIndex = (i: number): number => (groupOf[i] !== null ? groupIndex.get(groupOf[i]!)! : ungroupedIndex.get(i)!);
  const topSizes: Size[] = [
    ...groupKeys.map((g) => {
      const content = contents.get(g)!.size;
      return { width: content.width + GROUP_PADDING.left + GROUP_PADDING.right, height: content.height + GROUP_PADDING.top + GROUP_PADDING.bottom };
    }),
    ...ungrouped.map((i) => sizes[i]),
  ];
  const topLinks = dedupeLinks(links.map((l) => ({ source: topIndex(l.source), target: topIndex(l.target) })));
  const top = graph.packGroups ? packAll(topSizes) : packComponents(topSizes, await runElk(elk, topSizes, topLinks), connectedComponents(topSizes.length, topLinks)).positions;

  const positions = nameRecord<Point>();
  const groups = nameRecord<Rect>();
  // Round the frame corner first and offset nodes from it, so padding is the same in every frame.
  const corner = (k: number): Point => ({ x: Math.round(top.get(k)!.x), y: Math.round(top.get(k)!.y) });
  groupKeys.forEach((g, k) => {
    groups[g] = { ...corner(k), width: Math.round(topSizes[k].width), height: Math.round(topSizes[k].height) };
  });
  for (const i of grouped) {
    const at = corner(topIndex(i));
    const p = contents.get(groupOf[i]!)!.positions.get(i)!;
    positions[nodes[i].id] = { x: at.x + GROUP_PADDING.left + Math.round(p.x), y: at.y + GROUP_PADDING.top + Math.round(p.y) };
  }
  for (const i of ungrouped) positions[nodes[i].id] = corner(topIndex(i));
  return { positions, groups };
}

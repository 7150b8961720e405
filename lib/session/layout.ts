import type { StoreApi } from 'zustand/vanilla';
import type { DiagramGraph } from '../diagram/to-flow';
import { autoLayout as layoutGraph, LARGE_LAYOUT, type LayoutEdge, type LayoutGraph, type LayoutNode } from '../layout/elk-layout';
import { quickLayered } from '../layout/quick-layered';
import { placeNewNodes, type PlacedRect } from '../layout/place';
import { setCollapsed, setPositions } from '../layout/layout-document';
import type { SchemaModel } from '../schema/model';
import { clustersOf } from '../diagram/clusters';
import { OVERVIEW_MIN_NODES } from '../diagram/semantic-zoom';
import type { DesignerStore } from '../store/designer-store';
import type { LayoutEnginePort, Scheduler, ViewportPort } from './ports';
import type { Positions } from './history';

/** From this many models on, a schema opened without a layout is drawn collapsed to its key fields. */
export const COLLAPSE_FROM = 25;

/** From this many nodes on, only the quick layout runs (ELK would take minutes in the browser). */
const ELK_LIMIT = 600;

/** Edges ELK should keep short: relations, and fields that use an enum (so enums sit near their users). */
export function layoutEdges(model: SchemaModel): LayoutEdge[] {
  const edges: LayoutEdge[] = model.relations.map((r) => ({ id: r.id, source: r.from.model, target: r.to.model }));
  const enums = new Set(model.enums.map((e) => e.name));
  for (const m of [...model.models, ...model.views]) {
    for (const f of m.fields) if (f.kind === 'enum' && enums.has(f.type)) edges.push({ id: `${m.name}.${f.name}→${f.type}`, source: m.name, target: f.type });
  }
  return edges;
}

/**
 * What auto layout lays out. A large diagram without files or `@@schema` to group by is grouped by
 * its relation clusters (lib/diagram/clusters.ts): each cluster is laid out as one block, so related
 * models share a region and the zoomed-out overview shows each cluster as one labelled box. Group
 * blocks (clusters, files or schemas) are packed together.
 */
export function layoutInput(nodes: ReadonlyArray<{ id: string; width: number; height: number; group: string | null }>, edges: LayoutEdge[]): LayoutGraph {
  const ungrouped = nodes.every((n) => n.group === null);
  const clusterOf = new Map<string, string>();
  if (ungrouped && nodes.length >= OVERVIEW_MIN_NODES) {
    for (const c of clustersOf({ nodes, edges }, null)) for (const m of c.members) clusterOf.set(m, c.key);
  }
  const layoutNodes: LayoutNode[] = nodes.map((n) => ({ id: n.id, width: n.width, height: n.height, group: clusterOf.get(n.id) ?? n.group }));
  // Groups are packed into a landscape block: laid out by their cross-group links (a layered chain of
  // frames) the drawing came out two to four times wider, so its first view was unreadably small.
  return { nodes: layoutNodes, edges, packGroups: layoutNodes.some((n) => n.group !== null && n.group !== undefined) };
}

/**
 * Places nodes: ELK (in a worker in the app) for a whole diagram, and a quick free-spot search for new
 * nodes. Talks to the diagram's viewport through the ViewportPort while a canvas is attached.
 */
export class LayoutService {
  private autoLayoutRunning: Promise<void> | null = null;
  private toReveal: string | null = null;
  private fitAfterLayout = false;

  constructor(
    private readonly store: DesignerStore,
    private readonly graph: StoreApi<{ graph: DiagramGraph }>,
    private readonly engine: LayoutEnginePort | undefined,
    private readonly scheduler: Scheduler,
    private readonly viewportPort: () => ViewportPort | null,
  ) {
    graph.subscribe((s, prev) => {
      if (s.graph.nodes !== prev.graph.nodes) this.afterRender();
    });
  }

  private get viewport(): ViewportPort | null {
    return this.viewportPort();
  }

  get busy(): boolean {
    return this.autoLayoutRunning !== null;
  }

  /** Gives positions to nodes that have none: ELK when nothing is placed yet, else next to their neighbours. */
  placeUnplaced(graph: DiagramGraph): void {
    if (!graph.unplaced.length || this.autoLayoutRunning) return;
    if (!graph.nodes.length) {
      if (this.collapseLargeDiagram()) return;
      this.fitAfterLayout = true;
      void this.autoLayout();
      return;
    }
    const placed: Record<string, PlacedRect> = {};
    for (const n of graph.nodes) placed[n.id] = { ...n.position, width: n.width, height: n.height, group: n.group };
    const newNodes: LayoutNode[] = graph.unplaced.map((n) => ({ id: n.id, width: n.width, height: n.height, group: n.group }));
    const positions = placeNewNodes(placed, newNodes, layoutEdges(this.store.getState().diagramModel));
    if (graph.unplaced.length === 1) this.toReveal ??= graph.unplaced[0].id;
    // Deferred so a store update never happens inside another store update.
    queueMicrotask(() => this.store.getState().setPositions(positions));
  }

  /**
   * A schema opened without a layout and with many models is first drawn with each model's key fields
   * only (primary, foreign and unique keys, and a count of the rest): about a third of the height, so
   * the first view fits at a zoom where every name can be read. "Expand all models" shows every field.
   * True when it collapsed them (the diagram is derived again, then laid out).
   */
  private collapseLargeDiagram(): boolean {
    const s = this.store.getState();
    const blocks = [...s.diagramModel.models, ...s.diagramModel.views, ...s.diagramModel.composites];
    if (blocks.length < COLLAPSE_FROM || s.layout.collapsed?.length) return false;
    queueMicrotask(() => {
      const now = this.store.getState();
      now.setLayout(setCollapsed(now.layout, blocks.map((b) => b.name), true));
      now.notify('info', `${blocks.length} models: shown with their key fields. “Expand all models” shows every field.`);
    });
    return true;
  }

  /**
   * Lays out every node from scratch. With `record` (the "Auto layout" command) ELK lays it out, as
   * one undoable step. Without (a newly opened document), a large diagram gets the quick layered
   * layout instead: on screen and usable in milliseconds where ELK needs seconds; "Auto layout" then
   * gives the ELK layout on request. Very large diagrams always get the quick one (ELK: minutes).
   */
  autoLayout(record?: (before: Positions, after: Positions) => void): Promise<void> {
    if (this.autoLayoutRunning) return this.autoLayoutRunning;
    const run = async () => {
      const s = this.store.getState();
      const g = this.graph.getState().graph;
      const input = layoutInput([...g.nodes, ...g.unplaced], layoutEdges(s.diagramModel));
      const count = input.nodes.length;
      const quick = count >= ELK_LIMIT || (!record && count >= LARGE_LAYOUT);
      if (record && count >= LARGE_LAYOUT && !quick) s.notify('info', `Laying out ${count} models with ELK…`);
      // Without a layout worker (Node: tests, the CLI) the quick layered layout runs in-process.
      const result = this.engine ? await this.engine.layout(input, quick ? 'quick' : 'elk') : await layoutGraph(input, quickLayered);
      const now = this.store.getState();
      record?.(now.layout.positions, result.positions);
      now.setLayout(setPositions(now.layout, result.positions));
      this.fitAfterLayout = true;
    };
    this.autoLayoutRunning = run()
      .catch((e: Error) => this.store.getState().notify('error', `Auto layout failed: ${e.message}`))
      .finally(() => {
        this.autoLayoutRunning = null;
        const g = this.graph.getState().graph;
        if (g.unplaced.length) this.placeUnplaced(g);
      });
    return this.autoLayoutRunning;
  }

  /** Brings a node into view once it has a position (e.g. right after "Add model"). */
  revealWhenPlaced(id: string): void {
    this.toReveal = id;
    this.afterRender();
  }

  /** Centres the viewport on a node now (Go to model). */
  center(id: string): void {
    this.viewport?.center(id);
  }

  private afterRender(): void {
    if (!this.viewport) return;
    const viewport = this.viewport;
    // Two frames: React Flow renders the new nodes first, then the viewport can move to them.
    this.scheduler.frame(() =>
      this.scheduler.frame(() => {
        if (this.fitAfterLayout) {
          this.fitAfterLayout = false;
          viewport.fitAll();
          return;
        }
        const id = this.toReveal;
        if (id && this.graph.getState().graph.nodes.some((n) => n.id === id)) {
          this.toReveal = null;
          viewport.reveal(id);
        }
      }),
    );
  }
}

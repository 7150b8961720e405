'use client';

import '@xyflow/react/dist/style.css';
import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore as useFlowStore,
  type Edge,
  type EdgeChange,
  type Node,
  type NodeChange,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { DiagramEdge, DiagramNode } from '@/lib/diagram/to-flow';
import { neighbourhood } from '@/lib/diagram/focus';
import { deleteImpactView, type ImpactRole } from '@/lib/diagram/delete-impact';
import { clustersOf } from '@/lib/diagram/clusters';
import { layoutEdges } from '@/lib/session/layout';
import { focusLayout } from '@/lib/layout/focus-layout';
import { boundsOf, minZoomFor, zoomLevel } from '@/lib/diagram/semantic-zoom';
import { useDesigner, useGraph, useSession, useUiStore, useView } from '../designer/context';
import { openForm } from '../commands/open-form';
import type { MenuTarget } from '@/lib/commands/types';
import type { Session } from '@/lib/session/session';
import { CardinalityMarkers } from './CardinalityMarkers';
import { RelationEdge } from './edges/RelationEdge';
import { GroupFrames } from './GroupFrames';
import { OVERVIEW_HIDDEN, OverviewLayer } from './OverviewLayer';
import { ZoomVars } from './ZoomVars';
import { EnumNode } from './nodes/EnumNode';
import { ModelNode } from './nodes/ModelNode';
import { FocusBanner } from './FocusBanner';
import { DeleteImpactBanner } from './DeleteImpactBanner';
import { startEditing } from './nodes/inplace-store';
import { RelationInspector } from './RelationInspector';
import { StaleBanner } from './StaleBanner';

const nodeTypes = { model: ModelNode, enum: EnumNode };

const IMPACT_LABEL: Record<ImpactRole, string> = { origin: 'the deleted model', cascade: 'rows deleted by cascade', 'set-null': 'foreign key set to NULL', blocked: 'blocks the delete' };

/** Paints a node's part in the delete-impact view (the rest is dimmed) and says it to screen readers. */
function withImpact(node: Node, part: { role: ImpactRole; depth: number } | undefined): Node {
  if (!part) return { ...node, className: 'sc-dimmed' };
  const depth = part.role === 'cascade' ? `, depth ${part.depth}` : '';
  return { ...node, className: `sc-impact-${part.role}`, data: { ...node.data, impact: part }, ariaLabel: `${node.ariaLabel}: ${IMPACT_LABEL[part.role]}${depth}` };
}
const edgeTypes = { relation: RelationEdge };

const rfNodes = new WeakMap<DiagramNode, Node>();
const rfEdges = new WeakMap<DiagramEdge, Edge>();

function toRfNode(n: DiagramNode): Node {
  let node = rfNodes.get(n);
  if (!node) {
    node = { id: n.id, type: n.type, position: n.position, data: n.data, width: n.width, height: n.height, ariaLabel: n.ariaLabel };
    rfNodes.set(n, node);
  }
  return node;
}

function markersFor(e: DiagramEdge): { markerStart: string; markerEnd: string } {
  const end = e.data.required ? 'sc-one' : 'sc-zero-one';
  if (e.data.kind === 'm:n') return { markerStart: 'sc-many', markerEnd: 'sc-many' };
  if (e.data.kind === '1:1') return { markerStart: 'sc-zero-one', markerEnd: end };
  return { markerStart: 'sc-many', markerEnd: end };
}

function toRfEdge(e: DiagramEdge): Edge {
  let edge = rfEdges.get(e);
  if (!edge) {
    edge = { id: e.id, source: e.source, target: e.target, sourceHandle: e.sourceHandle, targetHandle: e.targetHandle, type: e.type, data: e.data, ariaLabel: e.ariaLabel, ...markersFor(e) };
    rfEdges.set(e, edge);
  }
  return edge;
}

function Canvas() {
  const session = useSession();
  const ui = useUiStore();
  const flow = useReactFlow();
  const graphNodes = useGraph((s) => s.graph.nodes);
  const graphEdges = useGraph((s) => s.graph.edges);
  const selectedNodes = useDesigner((s) => s.selectedNodes);
  const selectedEdge = useDesigner((s) => s.selectedEdge);
  const modelCount = useDesigner((s) => s.diagramModel.models.length + s.diagramModel.views.length + s.diagramModel.enums.length + s.diagramModel.composites.length);

  const focus = useView((s) => s.focus);
  const diagramModel = useDesigner((s) => s.diagramModel);
  const near = useMemo(() => (focus ? neighbourhood(diagramModel, focus.model, focus.hops) : null), [focus, diagramModel]);
  const impactModel = useView((s) => s.deleteImpact);
  const impact = useMemo(() => (impactModel ? deleteImpactView(diagramModel, impactModel) : null), [impactModel, diagramModel]);

  // While a drag is under way, positions live here and reach the store (and the text's layout, the
  // diagram model, autosave) once, when the drag ends: a 300-model canvas keeps up with the mouse.
  const [dragged, setDragged] = useState<Record<string, { x: number; y: number }> | null>(null);
  // The image export draws the whole diagram for a moment (components/export/diagram-image.ts).
  const [renderAll, setRenderAll] = useState(false);
  useEffect(
    () =>
      session.attach('image', {
        // Loaded on first use: html-to-image is not needed to draw the canvas.
        render: async (options) => (await import('../export/diagram-image')).renderDiagramImage({ flow, setRenderAll }, options),
      }),
    [session, flow],
  );

  // Semantic zoom: far out, a large diagram is drawn as its overview (clusters), not as nodes.
  const overview = useFlowStore((s) => !renderAll && zoomLevel(s.transform[2], graphNodes.length) === 'overview');
  const grouping = useGraph((s) => s.graph.grouping);
  // The same clusters auto layout grouped the diagram by (lib/session/layout.ts), so each is one region.
  const clusters = useMemo(() => (overview ? clustersOf({ nodes: graphNodes, edges: layoutEdges(diagramModel) }, grouping.by) : null), [overview, graphNodes, diagramModel, grouping.by]);
  // "Fit view" always fits: the smallest zoom follows the diagram's size.
  const pane = useFlowStore((s) => `${s.width}x${s.height}`);
  const minZoom = useMemo(() => {
    const [width, height] = pane.split('x').map(Number);
    return minZoomFor(boundsOf(graphNodes), { width, height });
  }, [graphNodes, pane]);

  // Focus mode hiding the rest: the neighbourhood in its own compact arrangement (the saved layout is untouched).
  const focusPositions = useMemo(() => {
    if (!focus?.hide || !near) return null;
    const center = graphNodes.find((n) => n.id === focus.model);
    if (!center) return null;
    const members = graphNodes.filter((n) => near.has(n.id) && n.id !== focus.model);
    return focusLayout(center, members, near, layoutEdges(diagramModel).map((e) => ({ from: e.source, to: e.target })));
  }, [focus, near, graphNodes, diagramModel]);
  const beforeFocus = useRef<{ x: number; y: number; zoom: number } | null>(null);
  useEffect(() => {
    if (focusPositions) {
      beforeFocus.current ??= flow.getViewport();
      const ids = Object.keys(focusPositions).map((id) => ({ id }));
      const frame = requestAnimationFrame(() => void flow.fitView({ nodes: ids, padding: 0.15, maxZoom: 1, duration: 200 }));
      return () => cancelAnimationFrame(frame);
    }
    if (beforeFocus.current) {
      // Leaving focus mode: back to the view the user had before.
      void flow.setViewport(beforeFocus.current, { duration: 200 });
      beforeFocus.current = null;
    }
  }, [focusPositions, flow]);

  const nodes = useMemo(() => {
    const selected = new Set(selectedNodes);
    return graphNodes.map((n) => {
      let node = toRfNode(n);
      if (overview) return { ...node, hidden: true, className: OVERVIEW_HIDDEN };
      const moving = dragged?.[n.id];
      if (moving) node = { ...node, position: moving };
      const focused = focusPositions?.[n.id];
      // Not draggable there: a drag would write the focus arrangement into the saved layout.
      if (focused) node = { ...node, position: focused, draggable: false };
      if (near && !near.has(n.id)) node = focus?.hide ? { ...node, hidden: true } : { ...node, className: 'sc-dimmed' };
      if (impact) node = withImpact(node, impact.nodes.get(n.id));
      return selected.has(n.id) ? { ...node, selected: true } : node;
    });
  }, [graphNodes, selectedNodes, near, focus?.hide, dragged, impact, overview, focusPositions]);
  const edges = useMemo(
    () =>
      graphEdges.map((e) => {
        let edge = toRfEdge(e);
        if (overview) return { ...edge, hidden: true };
        if (near && !(near.has(e.source) && near.has(e.target))) edge = focus?.hide ? { ...edge, hidden: true } : { ...edge, className: 'sc-dimmed' };
        if (impact) {
          const role = impact.edges.get(e.id);
          edge = { ...edge, className: role ? `sc-impact-edge-${role}` : 'sc-dimmed' };
        }
        return e.id === selectedEdge ? { ...edge, selected: true } : edge;
      }),
    [graphEdges, selectedEdge, near, focus?.hide, impact, overview],
  );

  useEffect(() => {
    return session.attach('viewport', {
      // Hidden nodes count: in the overview every model node is hidden, and the view must still fit them.
      fitAll: () => void flow.fitView({ padding: 0.1, maxZoom: 1, minZoom: minZoomRef.current, includeHiddenNodes: true, duration: 0 }),
      reveal: (id) => {
        const node = flow.getNode(id);
        if (!node) return;
        const { x, y, zoom } = flow.getViewport();
        const el = document.querySelector('.react-flow');
        const w = el?.clientWidth ?? 800;
        const h = el?.clientHeight ?? 600;
        const nw = node.width ?? 200;
        const nh = node.height ?? 100;
        const sx = node.position.x * zoom + x;
        const sy = node.position.y * zoom + y;
        const visible = sx >= 0 && sy >= 0 && sx + nw * zoom <= w && sy + nh * zoom <= h;
        if (!visible) void flow.setCenter(node.position.x + nw / 2, node.position.y + nh / 2, { zoom: Math.max(zoom, 0.6), duration: 0 });
      },
      center: (id) => {
        const node = flow.getNode(id);
        if (!node) return;
        const zoom = Math.max(flow.getViewport().zoom, 0.8);
        void flow.setCenter(node.position.x + (node.width ?? 200) / 2, node.position.y + (node.height ?? 100) / 2, { zoom, duration: 200 });
      },
      focusNode: (id) => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus(),
    });
  }, [flow, session]);
  const minZoomRef = useRef(minZoom);
  minZoomRef.current = minZoom;

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      const store = session.store.getState();
      const positions: Record<string, { x: number; y: number }> = {};
      let selection: string[] | null = null;
      const moving: Record<string, { x: number; y: number }> = {};
      for (const c of changes) {
        if (c.type === 'position' && c.position && c.dragging) moving[c.id] = { x: c.position.x, y: c.position.y };
        else if (c.type === 'position' && c.position) positions[c.id] = { x: Math.round(c.position.x), y: Math.round(c.position.y) };
        if (c.type === 'select') {
          selection ??= [...store.selectedNodes];
          if (c.selected && !selection.includes(c.id)) selection.push(c.id);
          if (!c.selected) selection = selection.filter((id) => id !== c.id);
        }
      }
      if (Object.keys(moving).length) setDragged((d) => ({ ...d, ...moving }));
      if (Object.keys(positions).length) {
        store.setPositions(positions);
        setDragged((d) => {
          if (!d) return d;
          const rest = Object.fromEntries(Object.entries(d).filter(([id]) => !(id in positions)));
          return Object.keys(rest).length ? rest : null;
        });
      }
      if (selection) store.select(selection, selection.length ? null : store.selectedEdge);
    },
    [session],
  );

  // While a selection box is drawn, React Flow also selects the relations it crosses; the box selects models.
  const boxSelecting = useRef(false);
  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      if (boxSelecting.current) return;
      const store = session.store.getState();
      for (const c of changes) {
        if (c.type === 'select' && c.selected) store.select([], c.id);
        else if (c.type === 'select' && !c.selected && store.selectedEdge === c.id) store.select(store.selectedNodes, null);
      }
    },
    [session],
  );

  const openContextMenu = useCallback(
    (event: MouseEvent | KeyboardEvent, target: MenuTarget) => {
      event.preventDefault();
      const rect = (event.target as HTMLElement).getBoundingClientRect();
      const x = 'clientX' in event && event.clientX ? event.clientX : rect.left + 16;
      const y = 'clientY' in event && event.clientY ? event.clientY : rect.top + 16;
      ui.setState({ contextMenu: { x, y, target }, returnFocus: document.activeElement as HTMLElement | null });
    },
    [ui],
  );

  /** Opens a relation command for an edge; false for an implicit m:n when actions do not apply. */
  const editRelation = (edgeId: string, id: 'set-referential-actions' | 'delete-relation'): boolean => {
    const r = session.store.getState().parsed.model.relations.find((x) => x.id === edgeId);
    if (!r || (id === 'set-referential-actions' && r.kind === 'm:n')) return false;
    openForm(session, ui, id, { model: r.from.model, field: r.from.field });
    return true;
  };

  // A drag (of one node or a selection) is one undo step: positions at its start and at its end.
  const dragStart = useRef<Record<string, { x: number; y: number }>>({});
  const onDragStart = (_event: unknown, _node: unknown, picked: Node[]) => {
    const positions = session.store.getState().layout.positions;
    dragStart.current = Object.fromEntries(picked.filter((n) => positions[n.id]).map((n) => [n.id, { ...positions[n.id] }]));
  };
  const onDragStop = (_event: unknown, _node: unknown, moved: Node[]) => {
    const after = Object.fromEntries(moved.filter((n) => dragStart.current[n.id]).map((n) => [n.id, { x: Math.round(n.position.x), y: Math.round(n.position.y) }]));
    // Commit the final positions (React Flow may not send a last non-dragging change for each node), one undo step.
    session.recordMove(dragStart.current, after);
    setDragged(null);
    dragStart.current = {};
  };

  const zoomTarget = useCallback(() => document.querySelector<HTMLElement>('.react-flow'), []);

  const fieldAt = (event: { target: EventTarget | null }) => (event.target as HTMLElement | null)?.closest('[data-field]')?.getAttribute('data-field') ?? null;

  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onlyRenderVisibleElements={!renderAll}
      // The view the document was left at (restored with it on reload).
      defaultViewport={session.store.getState().viewport ?? undefined}
      onMoveEnd={(_event, viewport) => session.store.getState().setViewport(viewport)}
      minZoom={minZoom}
      maxZoom={2}
      deleteKeyCode={null}
      nodesConnectable
      onNodeDragStart={onDragStart}
      onNodeDragStop={onDragStop}
      onSelectionDragStart={(event, dragged) => onDragStart(event, null, dragged)}
      onSelectionDragStop={(event, dragged) => onDragStop(event, null, dragged)}
      onConnectEnd={(event, connection) => {
        // A relation is drawn by dropping anywhere on the other model, not only on a handle.
        const point = 'changedTouches' in event ? event.changedTouches[0] : event;
        const target = connection.toNode?.id ?? nodeIdAt(point.clientX, point.clientY);
        const from = connection.fromNode?.id;
        if (from && target) openForm(session, ui, 'add-relation', { from, to: target });
      }}
      selectionOnDrag={false}
      onSelectionStart={() => void (boxSelecting.current = true)}
      onSelectionEnd={() => void (boxSelecting.current = false)}
      multiSelectionKeyCode="Shift"
      proOptions={{ hideAttribution: true }}
      onNodeContextMenu={(event, node) => {
        const field = fieldAt(event);
        openContextMenu(event, menuTarget(session, node.id, field));
      }}
      onEdgeDoubleClick={(_event, edge) => editRelation(edge.id, 'set-referential-actions')}
      onEdgeContextMenu={(event, edge) => openContextMenu(event, { kind: 'edge', id: edge.id })}
      onPaneContextMenu={(event) => openContextMenu(event as MouseEvent, { kind: 'pane' })}
      onNodeDoubleClick={(event, node) => {
        const field = fieldAt(event);
        if (node.type === 'enum') {
          if (field) openForm(session, ui, 'rename-enum-value', { enum: node.id, value: field });
          else openForm(session, ui, 'rename-enum', { enum: node.id });
          return;
        }
        if (node.type !== 'model') return;
        // In place, on the node: the name or type that was double-clicked, or the model's name.
        const part = (event.target as HTMLElement).closest('[data-part="type"]') ? 'type' : 'name';
        startEditing(field ? { model: node.id, field, part } : { model: node.id, field: null, part: 'model' });
      }}
      onPaneClick={() => session.store.getState().select([], null)}
      onKeyDown={(event) => {
        const target = event.target as HTMLElement;
        // Typing in a node's inline inputs is typing, not a canvas key.
        if (target.closest('input, textarea, select')) return;
        if (event.key === 'Escape' && session.view.getState().focus) {
          session.view.setState({ focus: null });
          return;
        }
        const edgeId = target.closest('.react-flow__edge')?.getAttribute('data-id');
        if (edgeId) {
          if (event.key === 'Enter' && editRelation(edgeId, 'set-referential-actions')) {
            // The form, not also the inspector React Flow's own Enter-to-select would open.
            session.store.getState().select([], null);
            event.preventDefault();
          }
          else if (event.key === 'Delete' && editRelation(edgeId, 'delete-relation')) event.preventDefault();
          else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) {
            openContextMenu(event, { kind: 'edge', id: edgeId });
            event.preventDefault();
          }
          return;
        }
        const id = target.closest('.react-flow__node')?.getAttribute('data-id');
        if (!id) return;
        const isEnum = target.closest('.react-flow__node')?.classList.contains('react-flow__node-enum');
        // + on a focused model opens its inline "add field" row.
        if (event.key === '+' && !isEnum) {
          target.closest('.react-flow__node')?.querySelector<HTMLElement>(`[aria-label="Add field to ${CSS.escape(id)}"]`)?.click();
          event.preventDefault();
          return;
        }
        // F2 renames the model on its header; ArrowDown on a focused (unselected) model enters its rows.
        if (!isEnum && target.matches('.react-flow__node') && event.key === 'F2' && !event.shiftKey && !event.ctrlKey && !event.altKey) {
          startEditing({ model: id, field: null, part: 'model' });
          event.preventDefault();
          return;
        }
        if (!isEnum && target.matches('.react-flow__node:not(.selected)') && event.key === 'ArrowDown' && !event.altKey && !event.shiftKey) {
          target.querySelector<HTMLElement>('li[data-field]')?.focus();
          event.preventDefault();
          return;
        }
        // Keys bound to focused nodes in the command registry (F2 renames, Delete deletes…).
        const scope = isEnum ? 'enum-node' : 'node';
        const command = session.commands.forKey(event, scope);
        if (command?.keys?.some((k) => k.scope === scope)) {
          const selection = session.store.getState().selectedNodes;
          const models = selection.filter((n) => session.store.getState().parsed.model.enums.every((e) => e.name !== n));
          // Delete on one of several selected models deletes the selection.
          if (command.id === 'delete-model' && models.length > 1 && models.includes(id)) openForm(session, ui, 'delete-models', { models: models.join(', ') });
          else openForm(session, ui, command.id, isEnum ? { enum: id } : { model: id });
        }
        else if (event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey)) openContextMenu(event, menuTarget(session, id, null));
        else return;
        event.preventDefault();
      }}
      aria-label="Diagram"
    >
      <CardinalityMarkers />
      <ZoomVars target={zoomTarget} />
      {clusters ? <OverviewLayer nodes={graphNodes} clusters={clusters} /> : <GroupFrames />}
      <Background gap={24} color="#dfe3ea" />
      <Controls showInteractive={false} aria-label="Zoom controls" fitViewOptions={{ padding: 0.1, maxZoom: 1, includeHiddenNodes: true }} />
      <MiniMap pannable zoomable ariaLabel="Minimap" nodeColor={(n) => (n.type === 'enum' ? '#fdba74' : '#93c5fd')} />
      {modelCount === 0 && (
        <div className="pointer-events-none absolute inset-0 flex items-center justify-center text-sm text-slate-500">
          No models yet: type one in the editor, or use Add model.
        </div>
      )}
    </ReactFlow>
  );
}

/** What a right-click on a node (or one of its rows) opens the menu for. */
function menuTarget(session: Session, model: string, field: string | null): MenuTarget {
  const m = session.store.getState().parsed.model;
  if (m.enums.some((e) => e.name === model)) return field ? { kind: 'enum-value', model, field } : { kind: 'enum', model };
  if (!field) return { kind: 'model', model };
  const info = [...m.models, ...m.views, ...m.composites].find((x) => x.name === model)?.fields.find((f) => f.name === field);
  return info?.kind === 'object' ? { kind: 'relation-field', model, field } : { kind: 'field', model, field };
}

function nodeIdAt(x: number, y: number): string | null {
  for (const el of document.elementsFromPoint(x, y)) {
    const node = el.closest('.react-flow__node-model[data-id]');
    if (node) return node.getAttribute('data-id');
  }
  return null;
}

/** The ER diagram: one node per model, view, composite type and enum; one edge per relation. */
export function Diagram() {
  return (
    <section className="relative h-full w-full bg-[var(--canvas-bg)]" aria-label="ER diagram">
      <ReactFlowProvider>
        <Canvas />
      </ReactFlowProvider>
      <StaleBanner />
      <FocusBanner />
      <DeleteImpactBanner />
      <RelationInspector />
    </section>
  );
}

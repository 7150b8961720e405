'use client';

import '@xyflow/react/dist/style.css';
import { Background, Controls, MarkerType, ReactFlow, ReactFlowProvider, useReactFlow, type Edge, type Node } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import type { Status, UnionDiagram } from '@/lib/review/union-diagram';
import { CompareNode } from './CompareNode';

const nodeTypes = { compare: CompareNode };
const EDGE_COLOUR: Record<Status, string> = { added: '#059669', removed: '#ef4444', changed: '#d97706', unchanged: '#cbd5e1' };

interface Props {
  union: UnionDiagram;
  /** The block to centre and focus (`n` changes on every request, so the same block can be asked again). */
  target: { id: string; n: number } | null;
}

function Canvas({ union, target }: Props) {
  const flow = useReactFlow();
  const root = useRef<HTMLDivElement>(null);
  const nodes = useMemo<Node[]>(
    () =>
      union.nodes.map((n) => ({
        id: n.id,
        type: 'compare',
        position: n.position,
        width: n.width,
        height: n.height,
        data: n as unknown as Record<string, unknown>,
        ariaLabel: n.ariaLabel,
        draggable: false,
        connectable: false,
      })),
    [union],
  );
  const edges = useMemo<Edge[]>(
    () =>
      union.edges.map((e) => ({
        id: e.id,
        source: e.source,
        target: e.target,
        sourceHandle: `h:${e.sourceSide}:s`,
        targetHandle: `h:${e.targetSide}:t`,
        label: e.label,
        ariaLabel: e.ariaLabel,
        style: { stroke: EDGE_COLOUR[e.status], strokeWidth: e.status === 'unchanged' ? 1 : 2, strokeDasharray: e.status === 'removed' ? '6 4' : undefined },
        markerEnd: { type: MarkerType.ArrowClosed, color: EDGE_COLOUR[e.status] },
        focusable: false,
      })),
    [union],
  );

  // The whole diagram whenever the set of blocks changes (another pair, the filter).
  useEffect(() => {
    const id = requestAnimationFrame(() => void flow.fitView({ padding: 0.1, maxZoom: 1, duration: 0 }));
    return () => cancelAnimationFrame(id);
  }, [flow, nodes]);

  useEffect(() => {
    if (!target) return;
    const node = flow.getNode(target.id);
    if (!node) return;
    void flow.setCenter(node.position.x + (node.width ?? 200) / 2, node.position.y + (node.height ?? 100) / 2, { zoom: Math.max(flow.getViewport().zoom, 0.8), duration: 0 });
    root.current?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(target.id)}"]`)?.focus();
  }, [flow, target]);

  return (
    <div ref={root} className="h-full w-full" data-testid="compare-diagram">
      <ReactFlow nodes={nodes} edges={edges} nodeTypes={nodeTypes} nodesDraggable={false} nodesConnectable={false} minZoom={0.05} fitView proOptions={{ hideAttribution: true }}>
        <Background />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  );
}

/** The union diagram of two versions: its own React Flow instance, read-only. */
export function CompareDiagram(props: Props) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}

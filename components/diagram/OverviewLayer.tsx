'use client';

import { useReactFlow, ViewportPortal } from '@xyflow/react';
import { useMemo } from 'react';
import { boundsOf } from '@/lib/diagram/semantic-zoom';
import type { Cluster } from '@/lib/diagram/clusters';
import type { DiagramNode } from '@/lib/diagram/to-flow';

/** The class of model nodes hidden only because the overview draws them (an image export still draws them). */
export const OVERVIEW_HIDDEN = 'sc-overview-hidden';

/** Distinct, light fills for clusters (cycled). */
const FILLS = ['#93c5fd', '#fca5a5', '#86efac', '#fcd34d', '#c4b5fd', '#f9a8d4', '#5eead4', '#fdba74', '#a5b4fc', '#bef264'];

/**
 * A large diagram zoomed far out (semantic zoom "overview"): every model is a small block coloured
 * by its cluster, drawn in one SVG instead of thousands of DOM nodes; each cluster (a region of its
 * own after auto layout) is framed, with a labelled button and its count at the top — press it to
 * zoom into that cluster.
 */
export function OverviewLayer({ nodes, clusters }: { nodes: readonly DiagramNode[]; clusters: readonly Cluster[] }) {
  const flow = useReactFlow();
  const byId = useMemo(() => new Map(nodes.map((n) => [n.id, n])), [nodes]);
  const bounds = useMemo(() => boundsOf(nodes), [nodes]);
  const fillOf = useMemo(() => {
    const fill = new Map<string, string>();
    clusters.forEach((c, i) => c.members.forEach((m) => fill.set(m, FILLS[i % FILLS.length])));
    return fill;
  }, [clusters]);
  const frames = useMemo(
    () =>
      clusters.map((c) => {
        const members = c.members.map((m) => byId.get(m)).filter((n): n is DiagramNode => !!n);
        return { cluster: c, box: boundsOf(members) };
      }),
    [clusters, byId],
  );
  return (
    <ViewportPortal>
      <svg
        className="pointer-events-none absolute"
        style={{ transform: `translate(${bounds.x}px, ${bounds.y}px)`, width: bounds.width, height: bounds.height, overflow: 'visible' }}
        viewBox={`${bounds.x} ${bounds.y} ${bounds.width} ${bounds.height}`}
        aria-hidden="true"
        data-testid="overview-blocks"
      >
        {frames.map(({ cluster, box }) => (
          <rect key={`frame:${cluster.key}`} x={box.x - 24} y={box.y - 24} width={box.width + 48} height={box.height + 48} rx={24} fill="#e2e8f0" fillOpacity={0.45} stroke="#64748b" strokeDasharray="6 4" vectorEffect="non-scaling-stroke" />
        ))}
        {nodes.map((n) => (
          <rect key={n.id} data-id={n.id} x={n.position.x} y={n.position.y} width={n.width} height={n.height} rx={12} fill={fillOf.get(n.id) ?? '#cbd5e1'} stroke="#475569" strokeOpacity={0.35} vectorEffect="non-scaling-stroke" />
        ))}
      </svg>
      {frames.map(({ cluster, box }) => (
        <button
          key={cluster.key}
          type="button"
          className="sc-overview-label nodrag nopan pointer-events-auto absolute max-w-none whitespace-nowrap rounded-md border border-slate-400 bg-white/95 px-[0.5em] py-[0.15em] font-semibold text-slate-900 shadow-sm hover:bg-sky-50 focus-visible:outline focus-visible:outline-2 focus-visible:outline-[var(--accent)]"
          // Just above the cluster's top-left corner, where no block of the cluster is.
          style={{ transform: `translate(${box.x}px, ${box.y}px) translate(0, -110%)` }}
          aria-label={`Cluster ${cluster.label}, ${cluster.members.length} model${cluster.members.length === 1 ? '' : 's'}: zoom in`}
          data-testid="overview-cluster"
          onClick={() => void flow.fitBounds(box, { padding: 0.1, duration: 200 })}
        >
          {cluster.label} · {cluster.members.length}
        </button>
      ))}
    </ViewportPortal>
  );
}

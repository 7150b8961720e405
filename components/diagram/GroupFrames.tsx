'use client';

import { ViewportPortal } from '@xyflow/react';
import { useMemo } from 'react';
import { groupFrames } from '@/lib/diagram/groups';
import { useGraph } from '../designer/context';

/** Frames behind the nodes of each file (multi-file schemas) or PostgreSQL schema (@@schema). */
export function GroupFrames() {
  const grouping = useGraph((s) => s.graph.grouping);
  const nodes = useGraph((s) => s.graph.nodes);
  const frames = useMemo(() => groupFrames(grouping, nodes), [grouping, nodes]);
  if (!frames.length) return null;
  return (
    <ViewportPortal>
      {frames.map((f) => (
        <div
          key={f.key}
          className="pointer-events-none absolute rounded-lg border border-dashed border-slate-400/70 bg-slate-200/30"
          style={{ transform: `translate(${f.x}px, ${f.y}px)`, width: f.width, height: f.height, zIndex: -1 }}
          data-testid="group-frame"
          data-group={f.key}
        >
          <span className="absolute left-3 top-1.5 font-mono text-[12px] font-semibold text-slate-600">{f.label}</span>
        </div>
      ))}
    </ViewportPortal>
  );
}

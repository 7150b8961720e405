'use client';

import { BaseEdge, EdgeLabelRenderer, getBezierPath, Position, useStore, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { RelationEdgeData } from '@/lib/diagram/to-flow';
import { useSession } from '../../designer/context';
import { COMPACT_ZOOM } from '../zoom';
import { useStore as useZustand } from 'zustand';

const EDGE_BADGE = { error: 'bg-red-600 text-white', warning: 'bg-amber-400 text-amber-950', info: 'bg-sky-500 text-white' } as const;
const ACTION_COLOR: Record<string, string> = { Cascade: '#be123c', SetNull: '#b45309', SetDefault: '#b45309' };

/** A self-relation leaves and re-enters on the right side: a loop instead of a bezier through the node. */
function loopPath(sx: number, sy: number, tx: number, ty: number): [string, number, number] {
  const reach = 60 + Math.abs(ty - sy) * 0.15;
  const path = `M ${sx} ${sy} C ${sx + reach} ${sy}, ${tx + reach} ${ty}, ${tx} ${ty}`;
  return [path, Math.max(sx, tx) + reach * 0.75, (sy + ty) / 2];
}

function RelationEdgeView({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, selected, markerStart, markerEnd }: EdgeProps) {
  const d = data as RelationEdgeData;
  const session = useSession();
  const compact = useStore((s) => s.transform[2] < COMPACT_ZOOM);
  const badge = useZustand(session.advisoryIndex, (s) => s.relations.get(id));
  const [path, labelX, labelY] =
    sourcePosition === Position.Right && targetPosition === Position.Right
      ? loopPath(sourceX, sourceY, targetX, targetY)
      : getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const color = d.incomplete ? '#dc2626' : d.kind === 'm:n' ? '#7c3aed' : (ACTION_COLOR[d.onDelete.action] ?? '#64748b');
  const dashed = d.incomplete || d.kind === 'm:n';
  return (
    <>
      <BaseEdge id={id} path={path} markerStart={compact ? undefined : markerStart} markerEnd={compact ? undefined : markerEnd} style={{ stroke: color, strokeWidth: selected ? 2.5 : 1.5, strokeDasharray: dashed ? '6 4' : undefined }} />
      {!compact && (
      <EdgeLabelRenderer>
        <div
          className={`nodrag nopan pointer-events-auto absolute cursor-pointer rounded border bg-white/95 px-1 font-mono text-[10px] leading-4 ${selected ? 'border-blue-500 text-slate-900' : 'border-slate-200 text-slate-600'}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          title={d.incomplete ?? 'Click to see and set its referential actions'}
          data-edge-label={id}
          // The label is the easy target for selecting a relation (the line itself is thin).
          onClick={() => session.store.getState().select([], id)}
        >
          {badge && (
            <span className={`mr-1 inline-block rounded-full px-1 font-sans font-bold ${EDGE_BADGE[badge.worst]}`} title={badge.lines.join('\n')} data-testid="edge-advisory-badge" data-severity={badge.worst}>
              {badge.count}
            </span>
          )}
          {d.kind}
          {d.kind !== 'm:n' && (
            <>
              {' · '}
              <span style={{ color }}>{d.onDelete.action}</span>
              {!d.onDelete.explicit && <span className="text-slate-400"> (default)</span>}
              {selected && (
                <span className="text-slate-500">
                  {' · upd '}
                  {d.onUpdate.action}
                  {!d.onUpdate.explicit && ' (default)'}
                </span>
              )}
            </>
          )}
        </div>
      </EdgeLabelRenderer>
      )}
    </>
  );
}

export const RelationEdge = memo(RelationEdgeView);

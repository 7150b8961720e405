'use client';

import { Handle, Position, useStore, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { EnumNodeData } from '@/lib/diagram/to-flow';
import { NODE_METRICS } from '@/lib/diagram/metrics';
import { useStore as useZustand } from 'zustand';
import { useSession } from '../../designer/context';
import { AdvisoryBadge } from './AdvisoryBadge';
import { CompactTitle } from './CompactTitle';
import { COMPACT_ZOOM } from '../zoom';
import { CommentMarker } from '../../review/CommentMarker';

const hidden = { width: 1, height: 1, minWidth: 0, minHeight: 0, border: 'none', background: 'transparent' };

function EnumNodeView({ data, width, height }: NodeProps) {
  const d = data as EnumNodeData;
  const session = useSession();
  const badge = useZustand(session.advisoryIndex, (s) => s.models.get(d.name));
  const compact = useStore((s) => s.transform[2] < COMPACT_ZOOM);
  return (
    <div className="sc-node relative overflow-hidden rounded-md border border-orange-300 bg-orange-50/60 shadow-sm" style={{ width, height }}>
      <Handle type="target" position={Position.Left} id="enum:L:t" style={hidden} isConnectable={false} />
      <div className="flex items-center gap-2 bg-[var(--enum-header)] px-2 text-white" style={{ height: NODE_METRICS.headerHeight }}>
        <span className="sc-model-name truncate font-semibold">{d.name}</span>
        <span className="rounded bg-white/20 px-1 text-[10px] uppercase tracking-wide">enum</span>
        {d.dbName && <span className="ml-auto truncate font-mono text-[11px] text-white/80">{d.dbName}</span>}
        {badge && <AdvisoryBadge name={d.name} badge={badge} />}
        <CommentMarker model={d.name} enumBlock />
      </div>
      {d.docs && (
        <p className="truncate px-2 text-[11px] italic text-slate-500" style={{ height: NODE_METRICS.docsHeight, lineHeight: `${NODE_METRICS.docsHeight}px` }} title={d.docs}>
          {d.docs.split('\n')[0]}
        </p>
      )}
      <ul aria-label={`Values of ${d.name}`}>
        {d.values.map((v) => (
          <li key={v.name} className="flex items-center gap-2 px-2 font-mono text-[12px]" style={{ height: NODE_METRICS.rowHeight }} data-field={v.name}>
            <span className="truncate">{v.name}</span>
            {v.dbName && <span className="ml-auto truncate text-[10px] text-slate-500">&quot;{v.dbName}&quot;</span>}
          </li>
        ))}
      </ul>
      {compact && <CompactTitle name={d.name} table={d.dbName} count={d.values.length} noun="value" className="bg-[var(--enum-header)]" />}
    </div>
  );
}

export const EnumNode = memo(EnumNodeView);

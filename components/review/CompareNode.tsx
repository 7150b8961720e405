'use client';

import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { NODE_METRICS } from '@/lib/diagram/metrics';
import { DETAIL_HEIGHT, formatChanges, type Status, type UnionField, type UnionNode } from '@/lib/review/union-diagram';

/** Colours per status: added green, removed red (ghosted), changed amber, unchanged dimmed. */
export const STATUS_STYLE: Record<Status, { box: string; header: string; row: string; mark: string }> = {
  added: { box: 'border-emerald-500 bg-emerald-50', header: 'bg-emerald-600', row: 'text-emerald-900', mark: '+' },
  removed: { box: 'border-dashed border-red-400 bg-red-50/60 opacity-70', header: 'bg-red-500', row: 'text-red-800 line-through', mark: '−' },
  changed: { box: 'border-amber-500 bg-amber-50', header: 'bg-amber-600', row: 'text-amber-950', mark: '~' },
  unchanged: { box: 'border-slate-300 bg-white opacity-50', header: 'bg-slate-400', row: 'text-slate-600', mark: '' },
};

const handle = { width: 6, height: 6, minWidth: 0, minHeight: 0, border: 'none', background: 'transparent' };

function FieldRow({ field }: { field: UnionField }) {
  const style = STATUS_STYLE[field.status];
  return (
    <li data-field={field.name} data-status={field.status} className={field.status === 'unchanged' ? '' : `${style.row}`}>
      <div className="flex items-center gap-2 px-2 font-mono text-[12px]" style={{ height: NODE_METRICS.rowHeight }}>
        <span className="w-3 shrink-0 text-center font-bold" aria-hidden="true">
          {style.mark}
        </span>
        <span className="truncate">{field.name}</span>
        <span className="ml-auto truncate">{field.type}</span>
        {field.status !== 'unchanged' && <span className="sr-only">: {field.status}</span>}
      </div>
      {field.properties.length > 0 && (
        <p className="truncate px-2 pl-7 font-mono text-[10.5px] text-amber-800" style={{ height: DETAIL_HEIGHT, lineHeight: `${DETAIL_HEIGHT}px` }} title={formatChanges(field.properties)}>
          {formatChanges(field.properties)}
        </p>
      )}
    </li>
  );
}

/** A block in the union diagram: read-only, coloured by what happened to it between the two versions. */
function CompareNodeView({ data, width, height }: NodeProps) {
  const n = data as unknown as UnionNode;
  const style = STATUS_STYLE[n.status];
  return (
    <div className={`overflow-hidden rounded-md border-2 ${style.box}`} style={{ width, height }} data-status={n.status}>
      <div className={`relative flex items-center gap-2 px-2 text-white ${style.header}`} style={{ height: NODE_METRICS.headerHeight }}>
        <Handle type="target" position={Position.Left} id="h:L:t" style={handle} isConnectable={false} />
        <Handle type="source" position={Position.Left} id="h:L:s" style={handle} isConnectable={false} />
        <Handle type="target" position={Position.Right} id="h:R:t" style={handle} isConnectable={false} />
        <Handle type="source" position={Position.Right} id="h:R:s" style={handle} isConnectable={false} />
        <span className="min-w-0 truncate text-[13px] font-semibold" title={n.id}>
          {n.id}
        </span>
        {n.kind !== 'model' && <span className="rounded bg-white/20 px-1 text-[10px] uppercase tracking-wide">{n.kind}</span>}
        {n.status !== 'unchanged' && <span className="ml-auto rounded bg-white/25 px-1 text-[10px] uppercase tracking-wide">{n.status}</span>}
      </div>
      <ul aria-label={`Fields of ${n.id}`}>
        {n.fields.map((f) => (
          <FieldRow key={f.name} field={f} />
        ))}
      </ul>
      {n.properties.length > 0 && (
        <p className="truncate px-2 font-mono text-[10.5px] text-amber-800" style={{ height: DETAIL_HEIGHT, lineHeight: `${DETAIL_HEIGHT}px` }} title={formatChanges(n.properties)}>
          {formatChanges(n.properties)}
        </p>
      )}
    </div>
  );
}

export const CompareNode = memo(CompareNodeView);

'use client';

import { Handle, Position, useStore, type NodeProps } from '@xyflow/react';
import { memo, useState } from 'react';
import { HEADER_HANDLE, type FieldRow, type ModelNodeData } from '@/lib/diagram/to-flow';
import { useSession } from '../../designer/context';
import { COMPACT_ZOOM } from '../zoom';
import { NODE_METRICS } from '@/lib/diagram/metrics';
import { FieldMarkers } from './FieldMarkers';
import { AdvisoryBadge } from './AdvisoryBadge';
import { CompactTitle } from './CompactTitle';
import { InlineFieldRow } from './InlineFieldRow';
import { FieldChips } from './FieldChips';
import { FieldGrip } from './FieldGrip';
import { InPlaceLayer } from './InPlaceLayer';
import { useFieldRowActions } from './field-row-actions';
import { CommentMarker } from '../../review/CommentMarker';
import { useStore as useZustand } from 'zustand';
import type { Severity } from '@/lib/advisories/types';
import type { ImpactRole } from '@/lib/diagram/delete-impact';

const HEADER_CLASS = { model: 'bg-[var(--model-header)]', view: 'bg-[var(--view-header)]', type: 'bg-[var(--type-header)]' } as const;
export const CONNECT_HANDLE = 'connect';
const handleStyle = { width: 6, height: 6, minWidth: 0, minHeight: 0, border: 'none', background: 'transparent' };


const SEVERITY_MARK = { error: 'bg-red-600', warning: 'bg-amber-500', info: 'bg-sky-500' } as const;

function FieldLine({ model, row, advisory }: { model: string; row: FieldRow; advisory?: Severity }) {
  // Chips and the drag grip exist only while the row is hovered or holds focus.
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const actions = useFieldRowActions(model, row.name);
  const muted = row.markers.includes('ignored') || row.kind === 'unsupported';
  const relation = row.kind === 'object';
  const title = [row.docs, row.nativeType ? `@db.${row.nativeType}` : '', row.dbName ? `column "${row.dbName}"` : ''].filter(Boolean).join('\n');
  return (
    <li
      className={`relative flex items-center gap-2 px-2 font-mono text-[12px] ${muted ? 'text-slate-400 line-through decoration-slate-300' : ''}`}
      style={{ height: NODE_METRICS.rowHeight }}
      data-field={row.name}
      title={title || undefined}
      // Focusable but not a Tab stop (Tab walks nodes): ArrowDown on a focused node enters its rows.
      tabIndex={-1}
      aria-label={`${row.name}: ${row.type}`}
      aria-keyshortcuts="Enter F2 Delete Alt+ArrowUp Alt+ArrowDown"
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => setFocused(e.currentTarget.contains(e.relatedTarget as Node | null))}
      {...actions}
    >
      <FieldText row={row} relation={relation} />
      {(hovered || focused) && <FieldGrip model={model} field={row.name} />}
      {(hovered || focused) && <FieldChips model={model} field={row.name} />}
      <CommentMarker model={model} field={row.name} />
      {advisory && <span className={`absolute left-0 top-1 bottom-1 w-0.5 ${SEVERITY_MARK[advisory]}`} data-advisory={advisory} aria-hidden="true" />}
      {row.anchor && <AnchorHandles name={row.name} />}
    </li>
  );
}

/** Where relation edges attach to a row: both sides, as source and as target. */
function AnchorHandles({ name }: { name: string }) {
  return (
    <>
      <Handle type="target" position={Position.Left} id={`${name}:L:t`} style={handleStyle} isConnectable={false} />
      <Handle type="source" position={Position.Left} id={`${name}:L:s`} style={handleStyle} isConnectable={false} />
      <Handle type="target" position={Position.Right} id={`${name}:R:t`} style={handleStyle} isConnectable={false} />
      <Handle type="source" position={Position.Right} id={`${name}:R:s`} style={handleStyle} isConnectable={false} />
    </>
  );
}

function FieldText({ row, relation }: { row: FieldRow; relation: boolean }) {
  return (
    <>
      <span className="w-3 shrink-0 text-center text-[10px] text-amber-600" aria-hidden="true">
        {row.markers.includes('pk') ? '●' : row.markers.includes('fk') ? '○' : ''}
      </span>
      <span className={`truncate ${relation ? 'text-slate-500' : 'text-slate-900'}`} data-part="name">
        {row.name}
        {row.dbName && <span className="ml-1 text-[10px] text-slate-400">{row.dbName}</span>}
      </span>
      <span data-part="type" className={`ml-auto truncate ${relation ? 'text-sky-700' : row.kind === 'enum' ? 'text-orange-700' : 'text-slate-600'}`}>{row.type}</span>
      <FieldMarkers row={row} />
    </>
  );
}

/** A model, view or composite type: header, `///` docs, one row per field with its markers. */
function ModelNodeView({ data, width, height }: NodeProps) {
  const d = data as ModelNodeData;
  const session = useSession();
  const compact = useStore((s) => s.transform[2] < COMPACT_ZOOM);
  const badge = useZustand(session.advisoryIndex, (s) => s.models.get(d.name));
  const impact = (data as { impact?: { role: ImpactRole; depth: number } }).impact;
  return (
    <>
    {impact && <ImpactRibbon impact={impact} />}
    <div
      className={`sc-node relative overflow-hidden rounded-md border bg-white ${compact ? '' : 'shadow-sm'} ${d.kind === 'view' ? 'border-dashed border-teal-600' : 'border-slate-300'} ${d.ignored ? 'opacity-60' : ''}`}
      style={{ width, height }}
    >
      <div className={`relative flex items-center gap-2 px-2 pr-5 text-white ${HEADER_CLASS[d.kind]}`} style={{ height: NODE_METRICS.headerHeight }}>
        {/* Edges to fields hidden by collapsing attach to the header. */}
        <Handle type="target" position={Position.Left} id={`${HEADER_HANDLE}:L:t`} style={handleStyle} isConnectable={false} />
        <Handle type="source" position={Position.Left} id={`${HEADER_HANDLE}:L:s`} style={handleStyle} isConnectable={false} />
        <Handle type="target" position={Position.Right} id={`${HEADER_HANDLE}:R:t`} style={handleStyle} isConnectable={false} />
        <Handle type="source" position={Position.Right} id={`${HEADER_HANDLE}:R:s`} style={handleStyle} isConnectable={false} />
        <button
          type="button"
          className="nodrag -ml-1 w-4 shrink-0 rounded text-[10px] text-white/80 hover:bg-white/20"
          aria-label={`${d.collapsed ? 'Expand' : 'Collapse'} ${d.name}`}
          aria-expanded={!d.collapsed}
          tabIndex={-1}
          onClick={(e) => {
            e.stopPropagation();
            void session.run('toggle-collapse', { model: d.name });
          }}
        >
          {d.collapsed ? '▸' : '▾'}
        </button>
        {/* The name keeps its room; a long @@map table name gives way first (it shrinks 1000× faster). */}
        <span className="sc-model-name min-w-0 truncate font-semibold" title={d.name} data-testid="model-name">
          {d.name}
        </span>
        {d.kind !== 'model' && <span className="rounded bg-white/20 px-1 text-[10px] uppercase tracking-wide">{d.kind}</span>}
        {d.ignored && <span className="rounded bg-white/20 px-1 text-[10px]">@@ignore</span>}
        {d.dbName && (
          <span className="ml-auto min-w-0 truncate font-mono text-[11px] text-white/80" style={{ flexShrink: 1000 }} title={`Table "${d.dbName}" (@@map)`} aria-label={`table ${d.dbName}`} data-testid="model-table">
            {d.dbName}
          </span>
        )}
        {badge && <AdvisoryBadge name={d.name} badge={badge} />}
        <CommentMarker model={d.name} />
        {d.kind === 'model' && (
          // Drag from here onto another model to add a relation (this model holds the foreign key).
          <Handle
            type="source"
            position={Position.Right}
            id={CONNECT_HANDLE}
            className="sc-connect"
            title="Drag onto another model to add a relation"
            isConnectable
          />
        )}
      </div>
      {d.docs && (
        <p className="truncate px-2 text-[11px] italic text-slate-500" style={{ height: NODE_METRICS.docsHeight, lineHeight: `${NODE_METRICS.docsHeight}px` }} title={d.docs}>
          {d.docs.split('\n')[0]}
        </p>
      )}
      <ul aria-label={`Fields of ${d.name}`} className={compact ? 'sc-compact-rows relative' : undefined} style={compact ? { height: d.rows.length * NODE_METRICS.rowHeight } : undefined}>
        {compact
          ? // Only the rows edges attach to, at their places; the stripes are a background.
            d.rows.map((r, i) =>
              r.anchor ? (
                <li key={r.name} className="absolute inset-x-0" style={{ top: i * NODE_METRICS.rowHeight, height: NODE_METRICS.rowHeight }} data-field={r.name}>
                  <AnchorHandles name={r.name} />
                </li>
              ) : null,
            )
          : d.rows.map((r) => <FieldLine key={r.name} model={d.name} row={r} advisory={badge?.fields[r.name]} />)}
        {d.collapsed && (
          <li className="px-2 font-mono text-[11px] italic text-slate-400" style={{ height: NODE_METRICS.rowHeight, lineHeight: `${NODE_METRICS.rowHeight}px` }}>
            {d.collapsed.hidden} more field{d.collapsed.hidden === 1 ? '' : 's'}
          </li>
        )}
      </ul>
      {compact && <CompactTitle name={d.name} table={d.dbName} count={d.rows.length + (d.collapsed?.hidden ?? 0)} noun="field" className={HEADER_CLASS[d.kind]} />}
    </div>
    {d.kind === 'model' && !compact && <InlineFieldRow model={d.name} />}
    {!compact && <InPlaceLayer model={d.name} table={d.dbName} rows={d.rows} hasDocs={!!d.docs} />}
    </>
  );
}

const IMPACT_TEXT: Record<ImpactRole, string> = { origin: 'deleted row', cascade: 'rows deleted', 'set-null': 'set to NULL', blocked: 'blocks the delete' };
const IMPACT_STYLE: Record<ImpactRole, string> = {
  origin: 'bg-rose-700 text-white',
  cascade: 'bg-rose-100 text-rose-900',
  'set-null': 'bg-amber-100 text-amber-900',
  blocked: 'bg-slate-800 text-white',
};

/** In the delete-impact view: what deleting the chosen model does to this one. */
function ImpactRibbon({ impact }: { impact: { role: ImpactRole; depth: number } }) {
  return (
    // Above the node, outside its fixed-height box.
    <p className={`absolute -top-5 left-0 rounded-t px-2 text-[11px] font-medium leading-5 ${IMPACT_STYLE[impact.role]}`} data-testid="impact-ribbon" data-role={impact.role}>
      {IMPACT_TEXT[impact.role]}
      {impact.role === 'cascade' ? ` · depth ${impact.depth}` : ''}
    </p>
  );
}

export const ModelNode = memo(ModelNodeView);

'use client';

import { useEffect } from 'react';
import { useStore } from 'zustand';
import { NODE_METRICS } from '@/lib/diagram/metrics';
import type { FieldRow } from '@/lib/diagram/to-flow';
import { AttributePopover } from './AttributePopover';
import { FieldRowEditor } from './FieldRowEditor';
import { inPlace } from './inplace-store';
import { ModelNameEditor } from './ModelNameEditor';

/**
 * The in-place editors of one model node, over its header or rows: outside the node's clipped box,
 * so an error message or the attribute popover is never cut off.
 */
export function InPlaceLayer({ model, table, rows, hasDocs }: { model: string; table: string | null; rows: FieldRow[]; hasDocs: boolean }) {
  const editing = useStore(inPlace, (s) => (s.editing?.model === model ? s.editing : null));
  const attributes = useStore(inPlace, (s) => (s.attributes?.model === model ? s.attributes.field : null));
  const notice = useStore(inPlace, (s) => (s.notice?.model === model ? s.notice : null));
  const rowTop = (field: string | null) => {
    const i = field === null ? -1 : rows.findIndex((r) => r.name === field);
    return i < 0 ? null : NODE_METRICS.headerHeight + (hasDocs ? NODE_METRICS.docsHeight : 0) + i * NODE_METRICS.rowHeight;
  };
  const editedRow = editing?.field ? rows.find((r) => r.name === editing.field) : undefined;
  const rowGone = !!editing?.field && !editedRow;
  useEffect(() => {
    // The field went away under the editor (e.g. typed away in the text): nothing left to edit.
    if (rowGone) inPlace.setState({ editing: null });
  }, [rowGone]);
  useEffect(() => {
    if (!notice) return;
    // Read, then gone: a refusal is not a state of the node.
    const timer = setTimeout(() => inPlace.setState((s) => (s.notice === notice ? { notice: null } : s)), 8000);
    return () => clearTimeout(timer);
  }, [notice]);
  const editTop = editing?.field ? rowTop(editing.field) : null;
  const popoverTop = attributes ? rowTop(attributes) : null;
  const noticeTop = notice ? (rowTop(notice.field) ?? NODE_METRICS.headerHeight - NODE_METRICS.rowHeight) : null;
  return (
    <>
      {editing?.part === 'model' && (
        <div className="absolute inset-x-4 top-1 z-20">
          <ModelNameEditor model={model} table={table} />
        </div>
      )}
      {editedRow && editTop !== null && editing?.part !== 'model' && (
        <div className="absolute inset-x-0 z-20" style={{ top: editTop - 2 }}>
          <FieldRowEditor key={`${editedRow.name}:${editing!.part}`} model={model} row={editedRow} part={editing!.part === 'type' ? 'type' : 'name'} />
        </div>
      )}
      {attributes && popoverTop !== null && (
        <div className="absolute left-2 z-20" style={{ top: popoverTop + NODE_METRICS.rowHeight }}>
          <AttributePopover key={attributes} model={model} field={attributes} />
        </div>
      )}
      {notice && noticeTop !== null && (
        <p role="alert" className="nodrag absolute inset-x-0 z-20 rounded border border-red-300 bg-red-50 px-1 text-[11px] text-red-800 shadow" style={{ top: noticeTop + NODE_METRICS.rowHeight }}>
          {notice.text}
        </p>
      )}
    </>
  );
}

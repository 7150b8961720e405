'use client';

import { useRef } from 'react';

/** A draggable, keyboard-operable divider between the text and the diagram. */
export function Splitter({ value, onChange }: { value: number; onChange(v: number): void }) {
  const dragging = useRef(false);
  const clamp = (v: number) => Math.min(80, Math.max(15, v));
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize editor and diagram"
      aria-valuenow={Math.round(value)}
      aria-valuemin={15}
      aria-valuemax={80}
      tabIndex={0}
      className="w-1.5 shrink-0 cursor-col-resize bg-slate-200 hover:bg-blue-300 focus:bg-blue-400 focus:outline-none"
      onPointerDown={(e) => {
        dragging.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
      }}
      onPointerMove={(e) => {
        if (dragging.current) onChange(clamp((e.clientX / window.innerWidth) * 100));
      }}
      onPointerUp={() => (dragging.current = false)}
      onKeyDown={(e) => {
        if (e.key === 'ArrowLeft') onChange(clamp(value - 2));
        else if (e.key === 'ArrowRight') onChange(clamp(value + 2));
        else return;
        e.preventDefault();
      }}
    />
  );
}

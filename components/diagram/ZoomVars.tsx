'use client';

import { useStore } from '@xyflow/react';
import { useEffect } from 'react';
import { MIN_NAME_PX, nameFontSize } from '@/lib/diagram/semantic-zoom';

/**
 * Keeps names legible at every zoom by setting CSS variables on the canvas as the zoom changes:
 * nodes read them in their styles, so a zoom step restyles text without re-rendering any node.
 */
export function ZoomVars({ target }: { target: () => HTMLElement | null }) {
  const zoom = useStore((s) => s.transform[2]);
  useEffect(() => {
    const el = target();
    if (!el) return;
    // The header's own name: enlarged up to what its 36 px strip holds.
    el.style.setProperty('--sc-name-size', `${(Math.ceil(Math.min(nameFontSize(zoom), 24) * 100) / 100).toFixed(2)}px`);
    // The compact title drawn over a zoomed-out node: at least MIN_NAME_PX on screen.
    // Rounded up: a size rounded down could land a hair under MIN_NAME_PX on screen.
    el.style.setProperty('--sc-compact-name-size', `${(Math.ceil((MIN_NAME_PX / zoom) * 100) / 100).toFixed(2)}px`);
    el.style.setProperty('--sc-compact-sub-size', `${(8.5 / zoom).toFixed(2)}px`);
    el.style.setProperty('--sc-overview-label-size', `${(12 / zoom).toFixed(2)}px`);
    el.style.setProperty('--sc-zoom', zoom.toFixed(4));
  }, [zoom, target]);
  return null;
}

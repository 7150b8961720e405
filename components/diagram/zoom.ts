/**
 * Below this zoom the canvas draws less: rows become plain bars with the name drawn large over them,
 * and relation labels go (semantic zoom: lib/diagram/semantic-zoom.ts).
 */
export { COMPACT_ZOOM } from '@/lib/diagram/semantic-zoom';

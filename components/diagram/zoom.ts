/**
 * Below this zoom the canvas draws less: rows become plain bars and relation labels go, since text
 * that small cannot be read and only costs DOM, style and paint time (a 300-model overview).
 */
export const COMPACT_ZOOM = 0.4;

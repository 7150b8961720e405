/** SVG markers for crow's-foot ends, referenced by edges as `markerStart`/`markerEnd` ids. */
export function CardinalityMarkers() {
  return (
    <svg aria-hidden="true" style={{ position: 'absolute', width: 0, height: 0 }}>
      <defs>
        <marker id="sc-one" viewBox="0 0 20 20" refX="2" refY="10" markerWidth="14" markerHeight="14" orient="auto-start-reverse" markerUnits="userSpaceOnUse">
          <path d="M 8 3 L 8 17 M 12 3 L 12 17" stroke="#64748b" strokeWidth="1.5" fill="none" />
        </marker>
        <marker id="sc-zero-one" viewBox="0 0 24 20" refX="2" refY="10" markerWidth="18" markerHeight="14" orient="auto-start-reverse" markerUnits="userSpaceOnUse">
          <path d="M 8 3 L 8 17" stroke="#64748b" strokeWidth="1.5" fill="none" />
          <circle cx="16" cy="10" r="4" stroke="#64748b" strokeWidth="1.5" fill="white" />
        </marker>
        <marker id="sc-many" viewBox="0 0 20 20" refX="2" refY="10" markerWidth="14" markerHeight="14" orient="auto-start-reverse" markerUnits="userSpaceOnUse">
          <path d="M 2 3 L 14 10 L 2 17 M 14 3 L 14 17" stroke="#64748b" strokeWidth="1.5" fill="none" />
        </marker>
      </defs>
    </svg>
  );
}

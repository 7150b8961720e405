'use client';

/**
 * What a node shows when zoomed out below the rows' legibility (semantic zoom, "compact"): its name
 * at least 10 px on screen (sized by `--sc-compact-name-size`, wrapping rather than cut), its table
 * name and how many fields it has, over the node's bars.
 */
export function CompactTitle({ name, table, count, noun, className }: { name: string; table: string | null; count: number; noun: string; className: string }) {
  return (
    <div className={`sc-compact-title pointer-events-none absolute inset-0 flex flex-col items-start justify-start overflow-hidden px-[6%] pt-[4%] text-white ${className}`} aria-hidden="true" data-testid="compact-title">
      <span className="sc-compact-name font-semibold leading-tight">{name}</span>
      {table && <span className="sc-compact-sub font-mono leading-tight text-white/85">{table}</span>}
      <span className="sc-compact-sub leading-tight text-white/85">
        {count} {noun}
        {count === 1 ? '' : 's'}
      </span>
    </div>
  );
}

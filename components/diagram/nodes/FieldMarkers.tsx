import type { FieldMarker, FieldRow } from '@/lib/diagram/to-flow';

const LABELS: Record<FieldMarker, { short: string; title: string; className: string }> = {
  pk: { short: 'PK', title: 'Primary key', className: 'bg-amber-100 text-amber-900' },
  fk: { short: 'FK', title: 'Foreign key', className: 'bg-sky-100 text-sky-900' },
  unique: { short: 'UQ', title: 'Unique', className: 'bg-violet-100 text-violet-900' },
  default: { short: 'DF', title: 'Default', className: 'bg-emerald-100 text-emerald-900' },
  updatedAt: { short: 'UA', title: '@updatedAt', className: 'bg-slate-100 text-slate-700' },
  ignored: { short: 'IG', title: '@ignore', className: 'bg-rose-100 text-rose-900' },
};

/** Small text badges: readable, and announced by screen readers through their titles. */
export function FieldMarkers({ row }: { row: FieldRow }) {
  return (
    <span className="flex shrink-0 gap-0.5">
      {row.markers.map((m) => {
        const l = LABELS[m];
        const title = m === 'default' && row.defaultText ? `Default: ${row.defaultText}` : l.title;
        return (
          <abbr key={m} title={title} aria-label={title} className={`rounded px-[3px] text-[9px] font-semibold leading-[14px] no-underline ${l.className}`}>
            {l.short}
          </abbr>
        );
      })}
    </span>
  );
}

'use client';

/** How much of a text's limit is used; over the limit it says so (the command refuses it too). */
export function LengthCounter({ length, max }: { length: number; max: number }) {
  const over = length > max;
  return (
    <p className={`mt-0.5 text-right text-xs ${over ? 'font-medium text-red-700' : 'text-slate-500'}`} data-testid="length-counter">
      {length.toLocaleString('en-US')} / {max.toLocaleString('en-US')}
      {over ? ` — ${(length - max).toLocaleString('en-US')} too many` : ''}
    </p>
  );
}

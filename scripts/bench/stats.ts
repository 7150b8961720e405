/** Timing and printing helpers for the benchmark. Figures only: nothing here passes or fails. */

export interface Stats {
  n: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

/** Nearest-rank percentile of a sample (p in 0..100). */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export function stats(samples: readonly number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return { n: sorted.length, median: percentile(sorted, 50), p95: percentile(sorted, 95), min: sorted[0] ?? NaN, max: sorted[sorted.length - 1] ?? NaN };
}

export interface RunOptions {
  /** Untimed runs first (JIT warm-up). */
  warmup?: number;
  minRuns?: number;
  maxRuns?: number;
  /** Stop after this much measured time once minRuns are done. */
  timeBudgetMs?: number;
}

/** Times `fn(i)` repeatedly; returns the samples in milliseconds. */
export function timeRuns(fn: (i: number) => unknown, { warmup = 3, minRuns = 10, maxRuns = 200, timeBudgetMs = 1000 }: RunOptions = {}): number[] {
  for (let i = 0; i < warmup; i++) fn(i);
  const samples: number[] = [];
  let spent = 0;
  for (let i = 0; i < maxRuns && (i < minRuns || spent < timeBudgetMs); i++) {
    const t0 = performance.now();
    fn(i + warmup);
    const dt = performance.now() - t0;
    samples.push(dt);
    spent += dt;
  }
  return samples;
}

export async function timeRunsAsync(fn: (i: number) => Promise<unknown>, { warmup = 1, minRuns = 3, maxRuns = 20, timeBudgetMs = 5000 }: RunOptions = {}): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  let spent = 0;
  for (let i = 0; i < maxRuns && (i < minRuns || spent < timeBudgetMs); i++) {
    const t0 = performance.now();
    await fn(i + warmup);
    const dt = performance.now() - t0;
    samples.push(dt);
    spent += dt;
  }
  return samples;
}

/** Milliseconds with sensible precision: 0.042, 1.37, 12.4, 1234. */
export function ms(v: number): string {
  if (!Number.isFinite(v)) return 'n/a';
  if (v < 1) return v.toFixed(3);
  if (v < 10) return v.toFixed(2);
  if (v < 100) return v.toFixed(1);
  return v.toFixed(0);
}

export function medP95(s: Stats): string {
  return `${ms(s.median)} / ${ms(s.p95)}`;
}

/** Prints rows as an aligned table; numeric-looking cells are right-aligned. */
export function table(header: readonly string[], rows: ReadonlyArray<readonly string[]>): void {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
  const numeric = (s: string) => /^[-+~<>]?[\d.,]+( ?[/x×%]| ms| s)?([ /]+[\d.,]+)*( ?(ms|s|x|×|%))?$/.test(s.trim());
  const fmt = (r: readonly string[]) => r.map((cell, c) => (c > 0 && numeric(cell ?? '') ? (cell ?? '').padStart(widths[c]) : (cell ?? '').padEnd(widths[c]))).join('  ').trimEnd();
  console.log('  ' + fmt(header));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log('  ' + fmt(r));
}

export function section(title: string): void {
  console.log('');
  console.log(`== ${title}`);
}

export interface Verdict {
  budget: string;
  figure: string;
  met: boolean | null;
}

export function verdictLine(v: Verdict): string {
  return `${v.met === null ? 'NOT MEASURED' : v.met ? 'met   ' : 'MISSED'}  ${v.budget}: ${v.figure}`;
}

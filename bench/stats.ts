// Pure statistics for the benchmarks: percentiles, latency summaries and ratios. The machine is shared and noisy,
// so every figure is a median or a percentile over many samples, reported with its spread.

export interface Summary {
  /** Number of samples. */
  n: number;
  min: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/** The p-th percentile (0–100) of an ascending array, linearly interpolated between ranks (Hyndman–Fan type 7). */
export function percentileOfSorted(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('percentile of an empty sample');
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile must be between 0 and 100, got ${p}`);
  const rank = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (b - a) * (rank - lo);
}

export function percentile(samples: readonly number[], p: number): number {
  return percentileOfSorted(
    [...samples].sort((x, y) => x - y),
    p,
  );
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

/** The median, or null for an empty sample (a table cell with nothing measured). */
export function medianOrNull(samples: readonly number[]): number | null {
  return samples.length ? median(samples) : null;
}

/** Summary of a sample; non-finite values are a bug in the caller, so they are refused rather than skipped. */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new RangeError('cannot summarise an empty sample');
  for (const s of samples)
    if (!Number.isFinite(s)) throw new RangeError(`sample is not a finite number: ${s}`);
  const sorted = [...samples].sort((x, y) => x - y);
  const sum = sorted.reduce((acc, v) => acc + v, 0);
  return {
    n: sorted.length,
    min: sorted[0]!,
    p25: percentileOfSorted(sorted, 25),
    p50: percentileOfSorted(sorted, 50),
    p75: percentileOfSorted(sorted, 75),
    p95: percentileOfSorted(sorted, 95),
    p99: percentileOfSorted(sorted, 99),
    max: sorted[sorted.length - 1]!,
    mean: sum / sorted.length,
  };
}

/** a / b, or null when b is zero or either is missing (a ratio of nothing is not a measurement). */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null || b == null || b === 0 || !Number.isFinite(a) || !Number.isFinite(b)) return null;
  return a / b;
}

/** Rounds for reports: 3 significant digits below 100, whole numbers above. */
export function round(v: number): number {
  if (!Number.isFinite(v)) return v;
  const abs = Math.abs(v);
  if (abs >= 100) return Math.round(v);
  if (abs === 0) return 0;
  const digits = 3 - Math.ceil(Math.log10(abs));
  const f = 10 ** Math.max(0, digits);
  return Math.round(v * f) / f;
}

/** A summary with every figure rounded, for results.json. */
export function roundSummary(s: Summary): Summary {
  return {
    n: s.n,
    min: round(s.min),
    p25: round(s.p25),
    p50: round(s.p50),
    p75: round(s.p75),
    p95: round(s.p95),
    p99: round(s.p99),
    max: round(s.max),
    mean: round(s.mean),
  };
}

/** Elapsed milliseconds since a `performance.now()` mark. */
export function since(start: number): number {
  return performance.now() - start;
}

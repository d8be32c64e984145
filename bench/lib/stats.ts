// Order statistics of a list of timings (ms): nearest-rank percentiles, as the other benches use.
export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

/** Nearest rank: the smallest sample with at least p% of the samples at or below it. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export function summarize(times: readonly number[]): Summary {
  const sorted = [...times].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p95: percentile(sorted, 95), max: sorted[sorted.length - 1] };
}

/** A timing rounded for the JSON (0.1 ms is below what these figures can tell apart). */
export const ms = (value: number): number => Math.round(value * 10) / 10;

/** One timed request: how long its answer took, or `null` when none came. */
export type LatencySample = number | null;

/** Latencies summed up; an unanswered request counts as infinitely slow. */
export interface LatencyFigures {
  readonly count: number;
  readonly unanswered: number;
  /** `Infinity` when unanswered requests reach that rank; 0 when there was no request. */
  readonly p50Ms: number;
  readonly p95Ms: number;
  readonly maxMs: number;
}

/**
 * The nearest-rank percentile `p` (0 < p <= 100) of `values`, sorted or not; 0 when empty.
 * @example percentile([1, 2, 3, 4], 50) // 2
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(rank, sorted.length) - 1]!;
}

/**
 * p50, p95 and max of `samples`, unanswered ones as `Infinity`: a ping nobody answered is
 * the worst latency a user can see, not a sample to drop.
 * @example latencyFigures([100, null]).p95Ms // Infinity
 */
export function latencyFigures(samples: readonly LatencySample[]): LatencyFigures {
  const values = samples.map((sample) => sample ?? Infinity);
  return {
    count: samples.length,
    unanswered: samples.filter((sample) => sample === null).length,
    p50Ms: percentile(values, 50),
    p95Ms: percentile(values, 95),
    maxMs: values.length === 0 ? 0 : Math.max(...values),
  };
}

/** Milliseconds as seconds with one decimal, `∞` for no answer. */
export function formatSeconds(ms: number): string {
  return Number.isFinite(ms) ? (ms / 1000).toFixed(1) : '∞';
}

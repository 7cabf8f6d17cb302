// Timing helpers for the server benchmark.

const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 2);

/** Runs `op(i)` one at a time for about BENCH_SECONDS (after a warm-up) and returns ops/s. */
export async function rate(op: (i: number) => Promise<unknown>, warmUp = 20): Promise<number> {
  for (let i = 0; i < warmUp; i++) await op(i);
  let count = warmUp;
  const start = process.hrtime.bigint();
  const deadline = start + BigInt(Math.round(SECONDS * 1e9));
  let now = start;
  while (now < deadline) {
    for (let k = 0; k < 10; k++) await op(count++);
    now = process.hrtime.bigint();
  }
  return (count - warmUp) / (Number(now - start) / 1e9);
}

/** Milliseconds each run of `op` takes, `runs` times. */
export function durations(runs: number, op: (i: number) => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    op(i);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times;
}

/** The `p`-quantile (0..1) of `values`, nearest rank. */
export function quantile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

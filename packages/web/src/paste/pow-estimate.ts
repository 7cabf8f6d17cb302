/** What can honestly be said about a proof of work under way. */
export interface PowEstimate {
  /** The server's difficulty in bits: 2^bits tries on average. */
  readonly bits: number;
  readonly expectedTries: number;
  /** Tries per second on this device so far; `undefined` before there is anything to measure. */
  readonly triesPerSecond: number | undefined;
  /** Seconds the average puzzle takes at that speed. */
  readonly expectedSeconds: number | undefined;
  /** The chance the puzzle would have been solved by now: 1 − e^(−tries/expected). */
  readonly chanceDone: number;
  /** Past the average time: luck, not a hang (each try is a fresh draw). */
  readonly unlucky: boolean;
}

/**
 * Reads a proof of work's progress (`attempts` of `expected` on average, after `elapsedMs`).
 * The search has no memory: after any number of failed tries the expected remaining work is
 * still `expected`, so the page shows the average time and the chance so far, not a countdown.
 * @example powEstimate(65_536, 32_768, 1_000).expectedSeconds // 2
 */
export function powEstimate(expected: number, attempts: number, elapsedMs: number): PowEstimate {
  const measurable = attempts > 0 && elapsedMs >= 200;
  const triesPerSecond = measurable ? attempts / (elapsedMs / 1000) : undefined;
  const expectedSeconds = triesPerSecond ? expected / triesPerSecond : undefined;
  return {
    bits: Math.round(Math.log2(expected)),
    expectedTries: expected,
    triesPerSecond,
    expectedSeconds,
    chanceDone: 1 - Math.exp(-attempts / expected),
    unlucky: expectedSeconds !== undefined && elapsedMs / 1000 > expectedSeconds,
  };
}

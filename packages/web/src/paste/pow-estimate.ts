/** What can honestly be said about a proof of work under way. */
export interface PowEstimate {
  /** The server's difficulty in bits: 2^bits tries on average. */
  readonly bits: number;
  readonly expectedTries: number;
  /** Seconds the average puzzle takes at the measured speed; `undefined` before a measure. */
  readonly expectedSeconds: number | undefined;
  /** The chance the puzzle would have been solved by now: 1 − e^(−tries/expected). */
  readonly chanceDone: number;
  /** More tries than the average already: bad luck, not a hang (each try is a fresh draw). */
  readonly unlucky: boolean;
}

/**
 * Reads a proof of work's progress: `attempts` so far of `expected` on average, at
 * `triesPerSecond`. The search has no memory: after any number of failed tries the expected
 * remaining work is still `expected`, so the page shows the average time and the chance so far,
 * never a countdown.
 * @example powEstimate(65_536, 8_192, 32_768).expectedSeconds // 2
 */
export function powEstimate(
  expected: number,
  attempts: number,
  triesPerSecond: number | undefined,
): PowEstimate {
  return {
    bits: Math.round(Math.log2(expected)),
    expectedTries: expected,
    expectedSeconds: triesPerSecond ? expected / triesPerSecond : undefined,
    chanceDone: 1 - Math.exp(-attempts / expected),
    unlucky: attempts > expected,
  };
}

/** A progress report of the search: attempts so far, at a time in milliseconds. */
export interface PowSample {
  readonly attempts: number;
  readonly at: number;
}

/**
 * Tries per second between the first report and the latest; `undefined` until two reports
 * are apart (the search's start is not reported, only its batches).
 * @example powSpeed({ attempts: 8192, at: 0 }, { attempts: 16384, at: 20 }) // 409600
 */
export function powSpeed(first: PowSample, latest: PowSample): number | undefined {
  const tries = latest.attempts - first.attempts;
  const ms = latest.at - first.at;
  return tries > 0 && ms > 0 ? (tries / ms) * 1000 : undefined;
}

/** How the client waits between connection attempts. */
export interface BackoffOptions {
  /** Delay before the first retry. Default 100 ms. */
  initialDelayMs: number;
  /** Upper bound of any delay. Default 10 s. */
  maxDelayMs: number;
  /** Growth per failed attempt. Default 2. */
  factor: number;
  /** Share of each delay taken off at random (0: none, 1: "full jitter"). Default 0.5. */
  jitter: number;
  /** Failed attempts in a row after which the client gives up. Default: never. */
  maxAttempts: number;
}

/** The defaults of {@link BackoffOptions}. */
export const DEFAULT_BACKOFF: Readonly<BackoffOptions> = {
  initialDelayMs: 100,
  maxDelayMs: 10_000,
  factor: 2,
  jitter: 0.5,
  maxAttempts: Number.POSITIVE_INFINITY,
};

/**
 * The delay before retry number `attempt` (0 for the first): exponential, capped, then
 * shortened by a random share so that many clients do not retry in lockstep.
 * @param random a number in [0, 1)
 * @example backoffDelay(3, DEFAULT_BACKOFF, () => 0) // 800
 */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions,
  random: () => number,
): number {
  const exponential = options.initialDelayMs * options.factor ** attempt;
  const capped = Math.min(options.maxDelayMs, exponential);
  return Math.round(capped * (1 - options.jitter * random()));
}

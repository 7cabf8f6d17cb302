import { DEFAULT_POW_DIFFICULTY } from '@pastenym/paste-protocol';
import { ServerError } from '../errors.js';

/** How the proof-of-work difficulty follows the rate of creates. */
export interface AdaptiveDifficultyOptions {
  /** Difficulty when calm (default 16, the protocol's default). */
  readonly base: number;
  /** Ceiling (default 24: ~16 M hashes, about a minute in a browser). */
  readonly max: number;
  /** Creates per window above which the difficulty goes up (default 60 per minute). */
  readonly targetPerWindow: number;
  /** Length of the sliding window (default 60 s). */
  readonly windowMs: number;
  /** Least time between two raises (default 10 s): one bit doubles the work, so go in steps. */
  readonly raiseEveryMs: number;
  /** Calm time (at most half the target) before each step down (default 5 min). */
  readonly lowerAfterMs: number;
}

/** The defaults. */
export const DEFAULT_ADAPTIVE_DIFFICULTY: AdaptiveDifficultyOptions = {
  base: DEFAULT_POW_DIFFICULTY,
  max: 24,
  targetPerWindow: 60,
  windowMs: 60_000,
  raiseEveryMs: 10_000,
  lowerAfterMs: 300_000,
};

// The window is counted in this many buckets: memory stays constant whatever the rate.
const BUCKETS = 12;

/**
 * The current proof-of-work difficulty: counts accepted creates in a sliding window, adds one bit
 * (up to `max`) when the count is over the target, and takes one off (down to `base`) after a
 * calm period. Time comes from the caller (`now`, ms), so it is deterministic in tests.
 * @throws {ServerError} `server.invalid_argument` for inconsistent options
 * @example
 * const pow = new AdaptiveDifficulty();
 * pow.record(now); // a create was accepted
 * pow.current(now); // 16 until the rate goes over 60 a minute
 */
export class AdaptiveDifficulty {
  readonly options: AdaptiveDifficultyOptions;
  readonly #bucketMs: number;
  readonly #counts = new Array<number>(BUCKETS).fill(0);
  readonly #starts = new Array<number>(BUCKETS).fill(-Infinity);
  #difficulty: number;
  #lastChange = -Infinity;
  #lastNow = -Infinity;

  constructor(options: Partial<AdaptiveDifficultyOptions> = {}) {
    this.options = { ...DEFAULT_ADAPTIVE_DIFFICULTY, ...options };
    const { base, max, targetPerWindow, windowMs, raiseEveryMs, lowerAfterMs } = this.options;
    const integers = [base, max, targetPerWindow, windowMs, raiseEveryMs, lowerAfterMs];
    if (!integers.every((n) => Number.isSafeInteger(n) && n >= 0) || base > max || max > 64) {
      throw new ServerError('server.invalid_argument', 'invalid proof-of-work options');
    }
    if (windowMs < BUCKETS || targetPerWindow < 1) {
      throw new ServerError('server.invalid_argument', 'window or target too small');
    }
    this.#bucketMs = Math.floor(windowMs / BUCKETS);
    this.#difficulty = base;
  }

  /** The difficulty a create must meet at `now`; steps down after a calm period. */
  current(now: number): number {
    const time = this.#advance(now);
    const calm = this.#count(time) * 2 <= this.options.targetPerWindow;
    if (
      calm &&
      this.#difficulty > this.options.base &&
      time - this.#lastChange >= this.options.lowerAfterMs
    ) {
      this.#difficulty--;
      this.#lastChange = time;
    }
    return this.#difficulty;
  }

  /** Counts one accepted create at `now`; steps up when over the target. */
  record(now: number): void {
    const time = this.#advance(now);
    const slot = Math.floor(time / this.#bucketMs);
    const index = slot % BUCKETS;
    const start = slot * this.#bucketMs;
    if (this.#starts[index] !== start) {
      this.#starts[index] = start;
      this.#counts[index] = 0;
    }
    this.#counts[index]!++;
    if (
      this.#count(time) > this.options.targetPerWindow &&
      this.#difficulty < this.options.max &&
      time - this.#lastChange >= this.options.raiseEveryMs
    ) {
      this.#difficulty++;
      this.#lastChange = time;
    }
  }

  /** Creates counted in the window ending at `now`. */
  countAt(now: number): number {
    return this.#count(this.#advance(now));
  }

  #count(time: number): number {
    let total = 0;
    for (let i = 0; i < BUCKETS; i++) {
      if (this.#starts[i]! > time - this.options.windowMs) total += this.#counts[i]!;
    }
    return total;
  }

  // A clock that steps back (NTP) must not make old buckets look new.
  #advance(now: number): number {
    if (Number.isFinite(now) && now > this.#lastNow) this.#lastNow = now;
    return this.#lastNow;
  }
}

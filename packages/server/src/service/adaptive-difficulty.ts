import { DEFAULT_POW_DIFFICULTY } from '@pastenym/paste-protocol';
import { ServerError } from '../errors.js';

/** How the proof-of-work base difficulty follows the rate of creates. */
export interface AdaptiveDifficultyOptions {
  /** Difficulty when calm (default 16, the protocol's default). */
  readonly base: number;
  /** Ceiling (default 24: ~16 M hashes, about a minute in a browser). */
  readonly max: number;
  /** Creates per minute up to which the difficulty stays at `base` (default 60). */
  readonly targetPerMinute: number;
  /**
   * Half-life of the rate estimate (default 30 s, chosen from `npm run bench:difficulty`): once
   * a burst is over, the difficulty comes down one bit per half-life.
   */
  readonly halfLifeMs: number;
}

/** The defaults. */
export const DEFAULT_ADAPTIVE_DIFFICULTY: AdaptiveDifficultyOptions = {
  base: DEFAULT_POW_DIFFICULTY,
  max: 24,
  targetPerMinute: 60,
  halfLifeMs: 30_000,
};

/**
 * The current proof-of-work base difficulty, a pure function of the recent rate of accepted
 * creates: `base` up to `targetPerMinute`, one bit more each time the rate doubles beyond it, up
 * to `max`. The rate is an exponentially decaying count, so it needs no window of buckets and
 * forgets a burst smoothly: one bit per `halfLifeMs` once it is over. Holding everyone at k
 * bits above the base therefore takes target × 2^(k-1) creates a minute at base + k bits each:
 * 4x the hashing per extra bit, for as long as it is held. Time comes from the caller.
 * @throws {ServerError} `server.invalid_argument` for inconsistent options
 * @example
 * const pow = new AdaptiveDifficulty();
 * pow.record(now); // a create was accepted
 * pow.current(now); // 16 until the rate goes over 60 a minute
 */
export class AdaptiveDifficulty {
  readonly options: AdaptiveDifficultyOptions;
  /** Sum of 2^(-age / halfLife) over accepted creates, as of `#at`. */
  #weight = 0;
  #at = -Infinity;

  constructor(options: Partial<AdaptiveDifficultyOptions> = {}) {
    this.options = { ...DEFAULT_ADAPTIVE_DIFFICULTY, ...options };
    const { base, max, targetPerMinute, halfLifeMs } = this.options;
    const integers = [base, max, halfLifeMs];
    if (!integers.every((n) => Number.isSafeInteger(n) && n >= 0) || base > max || max > 64) {
      throw new ServerError('server.invalid_argument', 'invalid proof-of-work options');
    }
    if (!(Number.isFinite(targetPerMinute) && targetPerMinute > 0) || halfLifeMs < 1000) {
      throw new ServerError('server.invalid_argument', 'target or half-life too small');
    }
  }

  /** The base difficulty a create must meet at `now` (plus its price). */
  current(now: number): number {
    const perMinute = (this.#decayed(now) * Math.LN2 * 60_000) / this.options.halfLifeMs;
    const { base, max, targetPerMinute } = this.options;
    if (perMinute <= targetPerMinute) return base;
    return Math.min(max, base + Math.ceil(Math.log2(perMinute / targetPerMinute)));
  }

  /** Counts one accepted create at `now`. */
  record(now: number): void {
    this.#weight = this.#decayed(now) + 1;
  }

  /** Seconds per one-bit step down after a burst, as `pong` announces it. */
  get stepDownSeconds(): number {
    return Math.round(this.options.halfLifeMs / 1000);
  }

  // A clock that steps back (NTP) neither revives old creates nor decays anything.
  #decayed(now: number): number {
    if (Number.isFinite(now) && now > this.#at) {
      if (this.#at !== -Infinity)
        this.#weight *= 2 ** (-(now - this.#at) / this.options.halfLifeMs);
      this.#at = now;
    }
    return this.#weight;
  }
}

import { ServerError } from '../errors.js';

/** A refill rate and a burst size. */
export interface TokenBucketOptions {
  /** Tokens added per minute. */
  readonly perMinute: number;
  /** Most tokens held at once (and the number available at start). */
  readonly burst: number;
}

/**
 * A token bucket: `take(now)` spends one token if there is one. Used as the one budget of all
 * v2 creates, which carry no proof of work and come from nobody in particular.
 * @throws {ServerError} `server.invalid_argument` for a negative rate or a burst below 0
 * @example
 * const bucket = new TokenBucket({ perMinute: 12, burst: 20 });
 * if (!bucket.take(now)) refuse();
 */
export class TokenBucket {
  #tokens: number;
  #last = -Infinity;

  constructor(readonly options: TokenBucketOptions) {
    const { perMinute, burst } = options;
    if (!(Number.isFinite(perMinute) && perMinute >= 0 && Number.isFinite(burst) && burst >= 0)) {
      throw new ServerError('server.invalid_argument', 'invalid token bucket options');
    }
    this.#tokens = burst;
  }

  /** Spends one token at `now` (ms); false when the bucket is empty. */
  take(now: number): boolean {
    this.#refill(now);
    if (this.#tokens < 1) return false;
    this.#tokens -= 1;
    return true;
  }

  /** Tokens available at `now`. */
  available(now: number): number {
    this.#refill(now);
    return Math.floor(this.#tokens);
  }

  #refill(now: number): void {
    if (!Number.isFinite(now)) return;
    if (this.#last === -Infinity || now < this.#last) {
      this.#last = now; // first call, or a clock that stepped back: no refill for the gap
      return;
    }
    const added = ((now - this.#last) * this.options.perMinute) / 60_000;
    this.#tokens = Math.min(this.options.burst, this.#tokens + added);
    this.#last = now;
  }
}

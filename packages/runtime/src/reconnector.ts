import { backoffDelay, DEFAULT_BACKOFF, type BackoffOptions } from './backoff.js';
import type { Clock } from './clock.js';

/** Options of {@link Reconnector}. */
export interface ReconnectorOptions {
  readonly clock: Clock;
  /** A number in [0, 1) for the jitter (no secrecy needed). */
  readonly random: () => number;
  /** Defaults: {@link DEFAULT_BACKOFF}. */
  readonly backoff?: Partial<BackoffOptions>;
  /** Opens the next connection, which reports back through `connected` and `lost`. */
  readonly open: () => void;
}

/** The retry {@link Reconnector.lost} planned. */
export interface PlannedRetry {
  /** 1 for the first retry after a working connection dropped, growing while attempts fail. */
  readonly attempt: number;
  readonly delayMs: number;
}

/**
 * The reconnect loop of a long-lived connection, whatever its socket: after each loss it waits
 * a growing, jittered delay (so many clients do not retry in lockstep) and opens again; a
 * connection that became usable resets the delay; `maxAttempts` failures in a row end it.
 * @example
 * const loop = new Reconnector({ clock, random: Math.random, open: () => dial() });
 * loop.open(); // then: socket ready -> loop.connected(); socket closed -> loop.lost()
 */
export class Reconnector {
  readonly #options: ReconnectorOptions;
  readonly #backoff: BackoffOptions;
  #failures = 0;
  #live = false;
  #stopped = false;
  #timer: unknown;

  constructor(options: ReconnectorOptions) {
    this.#options = options;
    this.#backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
  }

  /** True once closed or given up: no connection will be opened any more. */
  get stopped(): boolean {
    return this.#stopped;
  }

  /** Opens the first connection now (nothing once stopped). */
  open(): void {
    if (!this.#stopped) this.#options.open();
  }

  /** The connection is usable: the next loss retries after the shortest delay again. */
  connected(): void {
    this.#live = true;
    this.#failures = 0;
  }

  /**
   * The connection closed, or never opened: plans the next attempt and says when, or returns
   * `undefined` when stopped or when `maxAttempts` attempts in a row failed (which stops it).
   */
  lost(): PlannedRetry | undefined {
    if (this.#stopped) return undefined;
    if (!this.#live) this.#failures++;
    this.#live = false;
    if (this.#failures >= this.#backoff.maxAttempts) {
      this.#stopped = true;
      return undefined;
    }
    const delayMs = backoffDelay(this.#failures, this.#backoff, this.#options.random);
    this.#timer = this.#options.clock.setTimeout(() => {
      this.#timer = undefined;
      this.open();
    }, delayMs);
    return { attempt: this.#failures + 1, delayMs };
  }

  /** Stops for good and cancels a planned attempt; the caller closes its socket. */
  close(): void {
    this.#stopped = true;
    if (this.#timer !== undefined) this.#options.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}

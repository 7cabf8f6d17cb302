import type { Clock } from '@pastenym/runtime';
import { ServerError } from '../errors.js';
import type { Storage } from '../storage/index.js';

/** Options of {@link Sweeper}. */
export interface SweeperOptions {
  readonly storage: Pick<Storage, 'sweepExpired' | 'scrub'>;
  /** Injected so the core stays free of platform globals. */
  readonly clock: Clock;
  /** Pause between two sweeps (default 60 s). */
  readonly intervalMs?: number;
  /** Pastes removed per storage call (default 500). */
  readonly batchSize?: number;
  /** Batches per sweep at most (default 100), so one sweep never holds the store for long. */
  readonly maxBatches?: number;
  /** Counts only: how many pastes one sweep removed. */
  readonly onSwept?: (count: number) => void;
  /** A sweep failed; the next one runs as planned. */
  readonly onError?: (error: unknown) => void;
}

/**
 * Removes expired pastes on a timer, then scrubs the store (`Storage.scrub`): reads already
 * refuse expired pastes, so the sweeper frees their space, and every sweep makes whatever was
 * deleted since the last one (expired, burned, deleted by its owner) unreadable in the database
 * files. So deleted content is gone from disk within one interval.
 * @throws {ServerError} `server.invalid_argument` for intervals or batch sizes below 1
 * @example
 * const sweeper = new Sweeper({ storage, clock: systemClock });
 * sweeper.start(); ...; await sweeper.stop();
 */
export class Sweeper {
  readonly #options: Required<Omit<SweeperOptions, 'onSwept' | 'onError'>> &
    Pick<SweeperOptions, 'onSwept' | 'onError'>;
  #timer: unknown;
  #running: Promise<void> | undefined;
  #stopped = true;

  constructor(options: SweeperOptions) {
    this.#options = { intervalMs: 60_000, batchSize: 500, maxBatches: 100, ...options };
    const { intervalMs, batchSize, maxBatches } = this.#options;
    if (![intervalMs, batchSize, maxBatches].every((n) => Number.isSafeInteger(n) && n >= 1)) {
      throw new ServerError('server.invalid_argument', 'invalid sweeper options');
    }
  }

  /** Sweeps every `intervalMs`, the first time after one interval. */
  start(): void {
    if (!this.#stopped) return;
    this.#stopped = false;
    this.#schedule();
  }

  /** Stops the timer and waits for a sweep in progress. */
  async stop(): Promise<void> {
    this.#stopped = true;
    if (this.#timer !== undefined) this.#options.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#running;
  }

  /**
   * Removes expired pastes now, batch after batch until a batch comes back short (or
   * `maxBatches`), then scrubs; resolves to the number removed.
   * @throws StorageError from the store
   */
  async sweepOnce(): Promise<number> {
    const { storage, clock, batchSize, maxBatches } = this.#options;
    let total = 0;
    for (let batch = 0; batch < maxBatches; batch++) {
      const removed = await storage.sweepExpired(clock.now(), batchSize);
      total += removed;
      if (removed < batchSize) break;
    }
    await storage.scrub();
    return total;
  }

  #schedule(): void {
    if (this.#stopped) return;
    this.#timer = this.#options.clock.setTimeout(() => {
      this.#timer = undefined;
      this.#running = this.sweepOnce()
        .then(
          (count) => this.#options.onSwept?.(count),
          (error: unknown) => this.#options.onError?.(error),
        )
        .finally(() => {
          this.#running = undefined;
          this.#schedule();
        });
    }, this.#options.intervalMs);
  }
}

import { ServerError } from '../errors.js';

/** How long and how many create request ids are remembered. */
export interface ReplayGuardOptions {
  /** Most ids kept (default 100,000: a few MB). */
  readonly capacity: number;
  /** How long an id is kept (default 24 h). */
  readonly ttlMs: number;
}

/** The defaults. */
export const DEFAULT_REPLAY_GUARD: ReplayGuardOptions = { capacity: 100_000, ttlMs: 86_400_000 };

/**
 * Remembers the request ids of recent creates, so that one solved proof of work (bound to its
 * request id) cannot be sent again and again for free. Bounded in time and in size: the oldest
 * ids go first.
 * @throws {ServerError} `server.invalid_argument` for a capacity below 1 or a negative ttl
 * @example if (!guard.claim(request.id, now)) return powInvalid();
 */
export class ReplayGuard {
  readonly options: ReplayGuardOptions;
  // Insertion order is time order, so the oldest entries are always at the front.
  readonly #seen = new Map<string, number>();

  constructor(options: Partial<ReplayGuardOptions> = {}) {
    this.options = { ...DEFAULT_REPLAY_GUARD, ...options };
    const { capacity, ttlMs } = this.options;
    if (!(
      Number.isSafeInteger(capacity) &&
      capacity >= 1 &&
      Number.isFinite(ttlMs) &&
      ttlMs >= 0
    )) {
      throw new ServerError('server.invalid_argument', 'invalid replay guard options');
    }
  }

  /** Records `id` at `now`; false when it was already recorded and has not aged out. */
  claim(id: string, now: number): boolean {
    this.#evict(now);
    if (this.#seen.has(id)) return false;
    this.#seen.set(id, now);
    if (this.#seen.size > this.options.capacity) {
      this.#seen.delete(this.#seen.keys().next().value!);
    }
    return true;
  }

  /** Forgets `id` (its create failed, so the client may send it again). */
  release(id: string): void {
    this.#seen.delete(id);
  }

  /** How many ids are remembered. */
  get size(): number {
    return this.#seen.size;
  }

  #evict(now: number): void {
    for (const [id, at] of this.#seen) {
      if (now - at < this.options.ttlMs) return;
      this.#seen.delete(id);
    }
  }
}

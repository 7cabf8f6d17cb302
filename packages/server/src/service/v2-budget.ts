import { ServerError } from '../errors.js';
import { TokenBucket, type TokenBucketOptions } from './token-bucket.js';

/** Budgets of v2 creates: all senders together, and each sender tag within that. */
export interface V2BudgetOptions {
  /** All v2 creates together (default 12 a minute, bursts of 20). */
  readonly all: TokenBucketOptions;
  /** Each sender tag (default 3 a minute, bursts of 5): one client cannot drain `all`. */
  readonly perSender: TokenBucketOptions;
  /** Sender tags remembered at most (default 10,000); the least recently seen go first. */
  readonly senders: number;
}

/** The defaults: modest, since v2 creates carry no proof of work. */
export const DEFAULT_V2_BUDGET: V2BudgetOptions = {
  all: { perMinute: 12, burst: 20 },
  perSender: { perMinute: 3, burst: 5 },
  senders: 10_000,
};

/**
 * Decides whether one more v2 create may go ahead. A sender's own bucket is spent first, so a
 * client that sends too fast is refused without touching the shared budget, and the others
 * keep theirs. Sender tags are random per client and recipient: they only ever live here, in
 * memory, as map keys, never logged. A client that makes up new tags only reaches `all`.
 * @throws {ServerError} `server.invalid_argument` for bad bucket options or `senders` below 1
 * @example if (!budget.take(senderTag, now)) refuse();
 */
export class V2Budget {
  readonly options: V2BudgetOptions;
  readonly #all: TokenBucket;
  // Least recently seen first: Map keeps insertion order, and each use re-inserts.
  readonly #senders = new Map<string, TokenBucket>();

  constructor(options: Partial<V2BudgetOptions> = {}) {
    this.options = { ...DEFAULT_V2_BUDGET, ...options };
    this.#all = new TokenBucket(this.options.all);
    new TokenBucket(this.options.perSender); // checks the options once
    if (!(Number.isSafeInteger(this.options.senders) && this.options.senders >= 1)) {
      throw new ServerError('server.invalid_argument', 'invalid v2 sender capacity');
    }
  }

  /**
   * Spends one create of `senderTag` (when known) and one of everyone's at `now` (ms); false
   * when either budget is empty.
   */
  take(senderTag: Uint8Array | undefined, now: number): boolean {
    if (senderTag !== undefined && !this.#sender(senderTag, now).take(now)) return false;
    return this.#all.take(now);
  }

  /** Sender tags remembered now (counts only). */
  get senders(): number {
    return this.#senders.size;
  }

  #sender(tag: Uint8Array, now: number): TokenBucket {
    const key = tag.join(',');
    const bucket = this.#senders.get(key) ?? new TokenBucket(this.options.perSender);
    this.#senders.delete(key);
    this.#senders.set(key, bucket);
    // A full bucket is the same as a new one: forget it. Over capacity, forget the oldest.
    const { burst } = this.options.perSender;
    for (const [oldest, old] of this.#senders) {
      const over = this.#senders.size > this.options.senders;
      if (oldest === key || (!over && old.available(now) < burst)) break;
      this.#senders.delete(oldest);
    }
    return bucket;
  }
}

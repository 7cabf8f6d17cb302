import { ServerError } from '../errors.js';

/** Options of {@link RequestPump}. */
export interface RequestPumpOptions {
  /**
   * Answers one request (`PasteService.handle` with the clock and the sender tag applied);
   * never rejects.
   */
  readonly handle: (request: Uint8Array, senderTag: Uint8Array) => Promise<Uint8Array | null>;
  /** Sends a reply through the mixnet by sender tag. */
  readonly reply: (senderTag: Uint8Array, reply: Uint8Array) => Promise<void>;
  /** Requests handled at once (default 4). */
  readonly concurrency?: number;
  /** Requests waiting at most (default 256); more are dropped and counted. */
  readonly maxQueued?: number;
  /** Bytes waiting at most (default 64 MiB): a few large creates must not exhaust memory. */
  readonly maxQueuedBytes?: number;
}

/** Counts only, for logs and tests. */
export interface RequestPumpStats {
  readonly received: number;
  /** Messages without a sender tag: nobody to answer, so never handled. */
  readonly untagged: number;
  /** Dropped because the queue was full or the pump stopping (the sum of `droppedBy`). */
  readonly dropped: number;
  readonly droppedBy: Readonly<Record<PumpDropReason, number>>;
  readonly handled: number;
  /** Handled with no reply to send (ignored messages). */
  readonly unanswered: number;
  readonly replied: number;
  readonly replyFailures: number;
  readonly queued: number;
  readonly inFlight: number;
}

/**
 * Why a tagged message was dropped: the queue held `maxQueued` requests, or `maxQueuedBytes`
 * bytes, or the pump was stopping.
 */
export type PumpDropReason = 'queue_full' | 'bytes_full' | 'stopping';

interface Job {
  readonly request: Uint8Array;
  readonly senderTag: Uint8Array;
}

type Counter =
  'received' | 'untagged' | 'dropped' | 'handled' | 'unanswered' | 'replied' | 'replyFailures';

/**
 * Feeds received mixnet messages to the service with bounded concurrency and a bounded queue,
 * and sends each reply back by sender tag. A full queue drops new messages (counted): under a
 * flood the server stays responsive for what it has taken. `stop()` refuses new messages and
 * waits until everything taken has been answered.
 * @throws {ServerError} `server.invalid_argument` for limits below 1
 * @example
 * const pump = new RequestPump({ handle: (m) => service.handle(m, { now: Date.now() }), reply });
 * nym.onMessage(({ message, senderTag }) => pump.push(message, senderTag));
 */
export class RequestPump {
  readonly #handle: RequestPumpOptions['handle'];
  readonly #reply: RequestPumpOptions['reply'];
  readonly #concurrency: number;
  readonly #maxQueued: number;
  readonly #maxQueuedBytes: number;
  // At most `maxQueued` entries, so shifting from the front stays cheap.
  readonly #queue: Job[] = [];
  #queuedBytes = 0;
  #inFlight = 0;
  #stopping = false;
  #idle: (() => void)[] = [];
  readonly #counts: Record<Counter, number> = {
    received: 0,
    untagged: 0,
    dropped: 0,
    handled: 0,
    unanswered: 0,
    replied: 0,
    replyFailures: 0,
  };
  readonly #droppedBy: Record<PumpDropReason, number> = {
    queue_full: 0,
    bytes_full: 0,
    stopping: 0,
  };

  constructor(options: RequestPumpOptions) {
    this.#handle = options.handle;
    this.#reply = options.reply;
    this.#concurrency = options.concurrency ?? 4;
    this.#maxQueued = options.maxQueued ?? 256;
    this.#maxQueuedBytes = options.maxQueuedBytes ?? 64 * 1024 * 1024;
    const limits = [this.#concurrency, this.#maxQueued, this.#maxQueuedBytes];
    if (!limits.every((n) => Number.isSafeInteger(n) && n >= 1)) {
      throw new ServerError('server.invalid_argument', 'invalid request pump limits');
    }
  }

  /** Takes one received message; false when it was not taken (no tag, full, stopping). */
  push(request: Uint8Array, senderTag: Uint8Array | null): boolean {
    this.#counts.received++;
    if (senderTag === null) {
      this.#counts.untagged++;
      return false;
    }
    const refused: PumpDropReason | undefined = this.#stopping
      ? 'stopping'
      : this.#queue.length >= this.#maxQueued
        ? 'queue_full'
        : // One message of any size may wait alone; more only while they fit together.
          this.#queuedBytes > 0 && this.#queuedBytes + request.length > this.#maxQueuedBytes
          ? 'bytes_full'
          : undefined;
    if (refused !== undefined) {
      this.#counts.dropped++;
      this.#droppedBy[refused]++;
      return false;
    }
    this.#queue.push({ request, senderTag });
    this.#queuedBytes += request.length;
    this.#next();
    return true;
  }

  /** Refuses new messages; resolves once every taken message has been handled and answered. */
  stop(): Promise<void> {
    this.#stopping = true;
    return this.#whenIdle();
  }

  stats(): RequestPumpStats {
    return {
      ...this.#counts,
      droppedBy: { ...this.#droppedBy },
      queued: this.#queue.length,
      inFlight: this.#inFlight,
    };
  }

  #whenIdle(): Promise<void> {
    if (this.#inFlight === 0 && this.#queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  #next(): void {
    while (this.#inFlight < this.#concurrency && this.#queue.length > 0) {
      const job = this.#queue.shift()!;
      this.#queuedBytes -= job.request.length;
      this.#inFlight++;
      void this.#run(job).finally(() => {
        this.#inFlight--;
        this.#next();
        if (this.#inFlight === 0 && this.#queue.length === 0) {
          for (const resolve of this.#idle.splice(0)) resolve();
        }
      });
    }
  }

  async #run(job: Job): Promise<void> {
    const reply = await this.#handle(job.request, job.senderTag).catch(() => null);
    this.#counts.handled++;
    if (reply === null) {
      this.#counts.unanswered++;
      return;
    }
    try {
      await this.#reply(job.senderTag, reply);
      this.#counts.replied++;
    } catch {
      // The nym-client went away or refused the tag; the sender's client will time out.
      this.#counts.replyFailures++;
    }
  }
}

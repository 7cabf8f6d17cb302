import type { MixnetError } from '../errors.js';

/** How far a message got: fragments acknowledged of all its fragments. */
export interface MessageProgress {
  readonly acked: number;
  readonly total: number;
}

/** What a message's sender learns: progress as fragments are acked, then the outcome, once. */
export interface MessageListener {
  resolve(): void;
  reject(error: Error): void;
  onProgress?(progress: MessageProgress): void;
}

/**
 * The delivery of one message, owned by the transmitter's parts that see its fragments: `ack()`
 * per acknowledged fragment, `fail()` at most once. Settles exactly once; anything after that
 * is ignored, so a late ack or a second failure cannot resolve or reject twice.
 */
export class MessageTracker {
  private ackedCount = 0;
  private state: 'sending' | 'delivered' | 'failed' = 'sending';
  private readonly settledListeners: (() => void)[] = [];

  constructor(
    readonly total: number,
    private readonly listener: MessageListener,
  ) {}

  get acked(): number {
    return this.ackedCount;
  }

  /** Delivered or failed: its fragments still queued or in flight are not worth sending. */
  get settled(): boolean {
    return this.state !== 'sending';
  }

  get failed(): boolean {
    return this.state === 'failed';
  }

  /** One more fragment acknowledged. */
  ack(): void {
    if (this.settled) return;
    this.ackedCount++;
    this.listener.onProgress?.({ acked: this.ackedCount, total: this.total });
    if (this.ackedCount >= this.total) this.settle('delivered');
  }

  fail(error: MixnetError | Error): void {
    if (this.settled) return;
    this.settle('failed');
    this.listener.reject(error);
  }

  /** Runs `callback` once the message is delivered or failed (at once if it already is). */
  onSettled(callback: () => void): void {
    if (this.settled) callback();
    else this.settledListeners.push(callback);
  }

  private settle(state: 'delivered' | 'failed'): void {
    this.state = state;
    if (state === 'delivered') this.listener.resolve();
    for (const callback of this.settledListeners.splice(0)) callback();
  }
}

import type { CreateProgress } from '@pastenym/paste-protocol';
import type { Clock } from '@pastenym/runtime';
import type { TrafficSnapshot } from '../transports/transport.js';
import type { ProgressLine, Stage } from './progress.js';

const TICK_MS = 200;

/**
 * Feeds the progress line from the client's stage callbacks and, while a message is sent or a
 * reply awaited, from the transport's traffic counters (polled, since the mixnet client
 * reports no per-packet events). Without a line (stderr is not a terminal) it does nothing.
 */
export class ProgressReporter {
  #stage: Stage | undefined;
  #timer: unknown;
  #receivedAtWait = 0;
  #waitSince = 0;
  #traffic: (() => TrafficSnapshot) | undefined;

  constructor(
    private readonly line: ProgressLine | undefined,
    private readonly clock: Clock,
  ) {}

  /** Where traffic counters come from, once a transport is open. */
  watch(traffic: () => TrafficSnapshot): void {
    this.#traffic = traffic;
  }

  /** The callback for `createPaste`'s `onProgress`. */
  readonly onCreate = (progress: CreateProgress): void => {
    if (progress.stage === 'pow') {
      this.stage('pow', { done: progress.attempts, total: progress.expected });
    } else {
      this.stage(progress.stage);
    }
  };

  /** The callback for `getPaste`'s `onProgress`. */
  readonly onGet = (progress: { readonly stage: 'send' | 'wait' | 'decrypt' }): void => {
    this.stage(progress.stage);
  };

  /** Enters a stage (or updates its counts). */
  stage(stage: Stage, counts: { done?: number; total?: number } = {}): void {
    if (!this.line) return;
    if (stage === 'wait' && this.#stage !== 'wait') {
      this.#receivedAtWait = this.#traffic?.().received ?? 0;
      this.#waitSince = this.clock.now();
    }
    this.#stage = stage;
    this.line.update({ stage, ...counts });
    if ((stage === 'send' || stage === 'wait') && this.#timer === undefined) this.#tick();
  }

  /** Erases the line and stops polling; call before any other output. */
  stop(): void {
    if (this.#timer !== undefined) this.clock.clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#stage = undefined;
    this.line?.clear();
  }

  #tick(): void {
    this.#timer = this.clock.setTimeout(() => {
      this.#timer = undefined;
      if (this.#stage !== 'send' && this.#stage !== 'wait') return;
      this.#refresh();
      this.#tick();
    }, TICK_MS);
  }

  #refresh(): void {
    const traffic = this.#traffic?.();
    if (!this.line || !traffic) return;
    if (this.#stage === 'send' && traffic.sending) {
      this.line.update({
        stage: 'send',
        done: traffic.sending.done,
        total: traffic.sending.total,
        unit: 'bytes',
      });
      return;
    }
    const received = traffic.received - this.#receivedAtWait;
    if (received > 0) this.line.update({ stage: 'receive', done: received, unit: 'bytes' });
    else
      this.line.update({
        stage: 'wait',
        done: Math.floor((this.clock.now() - this.#waitSince) / 1000),
        unit: 'seconds',
      });
  }
}

import { PasteProtocolError } from '../errors.js';
import type { Clock } from '@pastenym/runtime';
import type { TransferProgress, Transport } from './transport.js';

/** How one request travels: the reply blocks its reply needs, and who hears how far it got. */
export interface Delivery {
  readonly replyBlocks: number;
  /** Called once the transport has taken the message: the wait for the reply begins. */
  readonly onSent?: () => void;
  readonly onProgress?: (progress: TransferProgress) => void;
  /**
   * How long the first sign of the reply may take (a fragment, on transports that see them;
   * else the whole reply); default the whole timeout. A reader that skips the ping learns this
   * way, as fast as a ping would tell, that the server is not answering.
   */
  readonly answerWithinMs?: number;
}

/** One request and the wait for its reply. */
export interface ReplyWait<T> {
  readonly transport: Transport;
  readonly clock: Clock;
  readonly bytes: Uint8Array;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  readonly delivery: Delivery;
  /**
   * Installs the matcher that hands this request's reply to `deliver`; returns what removes
   * it. The channel decides what a matching reply is (a request id, or the next of a shape).
   */
  readonly expect: (deliver: (reply: T) => void) => () => void;
}

/**
 * Sends a request and waits for its reply, for both channels: the timeout runs from the moment
 * the transport has taken the message, and counts silence: fragments arriving (on transports
 * that see them) start it again, so a large reply on a busy network is not cut off while it
 * flows. An abort or a failed send ends the wait at once, and every ending removes the matcher,
 * the timer and the watch on arrivals.
 * @throws {PasteProtocolError} `client.timeout`, `client.aborted`, `client.transport`.
 */
export function awaitReply<T>(wait: ReplyWait<T>): Promise<T> {
  const { signal, delivery, timeoutMs } = wait;
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) return reject(aborted(signal));
    let done = false;
    let cancelTimer = (): void => {};
    let stopWatching = (): void => {};
    const finish = () => {
      done = true;
      stopExpecting();
      cancelTimer();
      stopWatching();
      signal?.removeEventListener('abort', onAbort);
    };
    // Arrivals only note their time (there may be thousands); the timer, when it fires, waits
    // on for whatever is left of the silence allowed since the last one.
    let sentAt = 0;
    let lastArrival = 0;
    let answered = false;
    const answerWithinMs = Math.min(timeoutMs, delivery.answerWithinMs ?? timeoutMs);
    const timedOut = (ms: number) => {
      finish();
      reject(new PasteProtocolError('client.timeout', `no reply within ${ms} ms`));
    };
    const armTimer = (ms: number) => {
      const timer = wait.clock.setTimeout(() => {
        const now = wait.clock.now();
        if (!answered) {
          const waited = now - sentAt;
          if (waited >= answerWithinMs) return timedOut(answerWithinMs);
          return armTimer(answerWithinMs - waited);
        }
        const silent = now - lastArrival;
        if (silent < timeoutMs) return armTimer(timeoutMs - silent);
        timedOut(timeoutMs);
      }, ms);
      cancelTimer = () => wait.clock.clearTimeout(timer);
    };
    const onAbort = () => {
      finish();
      reject(aborted(signal));
    };
    const stopExpecting = wait.expect((reply) => {
      finish();
      resolve(reply);
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    const { replyBlocks, onProgress } = delivery;
    wait.transport
      .send(wait.bytes, onProgress ? { replyBlocks, onProgress } : { replyBlocks })
      .then(
        () => {
          if (done) return;
          delivery.onSent?.();
          sentAt = wait.clock.now();
          armTimer(answerWithinMs);
          const arrived = () => {
            answered = true;
            lastArrival = wait.clock.now();
          };
          stopWatching = wait.transport.onReceiving?.(arrived) ?? stopWatching;
        },
        (error: unknown) => {
          finish();
          reject(new PasteProtocolError('client.transport', 'sending failed', { cause: error }));
        },
      );
  });
}

function aborted(signal: AbortSignal | undefined): PasteProtocolError {
  return new PasteProtocolError('client.aborted', 'aborted', { cause: signal?.reason });
}

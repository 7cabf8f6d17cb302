import { PasteProtocolError } from '../errors.js';
import type { Timer } from './timer.js';
import type { TransferProgress, Transport } from './transport.js';

/** How one request travels: the reply blocks its reply needs, and who hears how far it got. */
export interface Delivery {
  readonly replyBlocks: number;
  /** Called once the transport has taken the message: the wait for the reply begins. */
  readonly onSent?: () => void;
  readonly onProgress?: (progress: TransferProgress) => void;
}

/** One request and the wait for its reply. */
export interface ReplyWait<T> {
  readonly transport: Transport;
  readonly timer: Timer;
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
 * the transport has taken the message; an abort or a failed send ends the wait at once, and
 * every ending removes the matcher and the timer.
 * @throws {PasteProtocolError} `client.timeout`, `client.aborted`, `client.transport`.
 */
export function awaitReply<T>(wait: ReplyWait<T>): Promise<T> {
  const { signal, delivery, timeoutMs } = wait;
  return new Promise<T>((resolve, reject) => {
    if (signal?.aborted) return reject(aborted(signal));
    let done = false;
    let cancelTimer = (): void => {};
    const finish = () => {
      done = true;
      stopExpecting();
      cancelTimer();
      signal?.removeEventListener('abort', onAbort);
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
          cancelTimer = wait.timer.set(() => {
            finish();
            reject(new PasteProtocolError('client.timeout', `no reply within ${timeoutMs} ms`));
          }, timeoutMs);
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

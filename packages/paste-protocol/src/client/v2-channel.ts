import { PasteProtocolError } from '../errors.js';
import { isV3Message } from '../v3/envelope.js';
import { readV2Reply, type V2ClientReply } from '../v2/client-messages.js';
import { sendOptionsOf, type Delivery } from './channel.js';
import type { Timer } from './timer.js';
import type { Transport } from './transport.js';

/**
 * Runs v2 requests one at a time: v2 has no request ids, so a reply is the next message of the
 * shape the request expects (or a v2 error). Other messages are dropped and counted.
 */
export class V2Channel {
  #pending: ((reply: V2ClientReply) => boolean) | undefined;
  #queue: Promise<unknown> = Promise.resolve();
  readonly #unsubscribe: () => void;
  /** Incoming messages dropped since creation. */
  dropped = 0;

  constructor(
    private readonly transport: Transport,
    private readonly timer: Timer,
  ) {
    this.#unsubscribe = transport.onMessage((bytes) => this.#receive(bytes));
  }

  #receive(bytes: Uint8Array): void {
    const reply = isV3Message(bytes) ? undefined : readV2Reply(bytes);
    if (!reply || !this.#pending?.(reply)) this.dropped++;
  }

  /**
   * Sends `bytes` once earlier v2 requests have ended, and resolves with the first reply of a
   * kind in `accepts`, or of kind `error`.
   * @throws {PasteProtocolError} `client.timeout`, `client.aborted`, `client.transport`.
   */
  request(
    bytes: Uint8Array,
    accepts: readonly V2ClientReply['kind'][],
    timeoutMs: number,
    signal: AbortSignal | undefined,
    delivery: Delivery,
  ): Promise<V2ClientReply> {
    const run = () => this.#run(bytes, accepts, timeoutMs, signal, delivery);
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => undefined);
    return result;
  }

  #run(
    bytes: Uint8Array,
    accepts: readonly V2ClientReply['kind'][],
    timeoutMs: number,
    signal: AbortSignal | undefined,
    delivery: Delivery,
  ): Promise<V2ClientReply> {
    return new Promise<V2ClientReply>((resolve, reject) => {
      if (signal?.aborted) return reject(aborted(signal));
      let cancelTimer = (): void => {};
      let done = false;
      const finish = () => {
        done = true;
        this.#pending = undefined;
        cancelTimer();
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        finish();
        reject(aborted(signal));
      };
      this.#pending = (reply) => {
        if (reply.kind !== 'error' && !accepts.includes(reply.kind)) return false;
        finish();
        resolve(reply);
        return true;
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.transport.send(bytes, sendOptionsOf(delivery)).then(
        () => {
          if (done) return;
          delivery.onSent?.();
          cancelTimer = this.timer.set(() => {
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

  /** Stops listening; a pending request ends by its timeout or signal. */
  close(): void {
    this.#unsubscribe();
  }
}

function aborted(signal: AbortSignal | undefined): PasteProtocolError {
  return new PasteProtocolError('client.aborted', 'aborted', { cause: signal?.reason });
}

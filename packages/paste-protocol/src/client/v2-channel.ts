import { isV3Message } from '../v3/envelope.js';
import { readV2Reply, type V2ClientReply } from '../v2/client-messages.js';
import { awaitReply, type Delivery } from './await-reply.js';
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
    return awaitReply({
      transport: this.transport,
      timer: this.timer,
      bytes,
      timeoutMs,
      signal,
      delivery,
      expect: (deliver) => {
        this.#pending = (reply) => {
          if (reply.kind !== 'error' && !accepts.includes(reply.kind)) return false;
          deliver(reply);
          return true;
        };
        return () => (this.#pending = undefined);
      },
    });
  }

  /** Stops listening; a pending request ends by its timeout or signal. */
  close(): void {
    this.#unsubscribe();
  }
}

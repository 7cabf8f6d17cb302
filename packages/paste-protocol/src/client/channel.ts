import { isV3Message } from '../v3/envelope.js';
import { decodeReply, type ReplyLimits } from '../v3/replies.js';
import type { Reply } from '../v3/types.js';
import { readV2Reply, type V2ClientReply } from '../v2/client-messages.js';
import type { Clock } from '@pastenym/runtime';
import { awaitReply, type Delivery } from './await-reply.js';
import type { Transport } from './transport.js';

export type { Delivery } from './await-reply.js';

/** Per-call controls. */
export interface CallOptions {
  readonly signal?: AbortSignal;
  /** How long to wait for the reply after sending; default the client's `timeoutMs`. */
  readonly timeoutMs?: number;
  /**
   * How long the first sign of the reply may take: its first fragment on transports that see
   * fragments (`PasteClient.seesArrivals`), else the whole reply. Default `timeoutMs`.
   */
  readonly answerWithinMs?: number;
}

/**
 * Sends requests and hands each incoming message to the request it answers: `read` makes a
 * reply of the bytes (undefined: not a reply of this protocol), and each request says which
 * reply is its own. Messages no request takes are dropped.
 */
export class ReplyChannel<R> {
  readonly #waiting = new Set<(reply: R) => boolean>();
  readonly #unsubscribe: () => void;

  constructor(
    private readonly transport: Transport,
    private readonly clock: Clock,
    read: (bytes: Uint8Array) => R | undefined,
  ) {
    this.#unsubscribe = transport.onMessage((bytes) => {
      const reply = read(bytes);
      if (reply !== undefined) for (const take of this.#waiting) if (take(reply)) return;
    });
  }

  /**
   * Sends `bytes` and resolves with the first reply `isOwn` accepts; the timeout runs from the
   * moment the transport has taken the message (`delivery.onSent`).
   * @throws {PasteProtocolError} `client.timeout`, `client.aborted`, `client.transport`.
   */
  request(
    bytes: Uint8Array,
    isOwn: (reply: R) => boolean,
    timeoutMs: number,
    signal: AbortSignal | undefined,
    delivery: Delivery,
  ): Promise<R> {
    const { transport, clock } = this;
    return awaitReply({
      transport,
      clock,
      bytes,
      timeoutMs,
      signal,
      delivery,
      expect: (deliver) => {
        const take = (reply: R) => isOwn(reply) && (deliver(reply), true);
        this.#waiting.add(take);
        return () => this.#waiting.delete(take);
      },
    });
  }

  /** Stops listening; pending requests then end by their timeouts or signals. */
  close(): void {
    this.#unsubscribe();
  }
}

/** v3 replies, each matched to its request by the request's id. */
export function readV3Reply(limits: ReplyLimits): (bytes: Uint8Array) => Reply | undefined {
  return (bytes) => {
    const decoded = isV3Message(bytes) ? decodeReply(bytes, limits) : undefined;
    return decoded?.ok ? decoded.reply : undefined;
  };
}

/**
 * v2 has no request ids: its requests run one at a time, and a reply is the next message of a
 * kind the request accepts, or a v2 error.
 */
export class V2Channel extends ReplyChannel<V2ClientReply> {
  #queue: Promise<unknown> = Promise.resolve();

  constructor(transport: Transport, clock: Clock) {
    super(transport, clock, (bytes) => (isV3Message(bytes) ? undefined : readV2Reply(bytes)));
  }

  /** Sends `bytes` once earlier v2 requests have ended. */
  requestInTurn(
    bytes: Uint8Array,
    accepts: readonly V2ClientReply['kind'][],
    timeoutMs: number,
    signal: AbortSignal | undefined,
    delivery: Delivery,
  ): Promise<V2ClientReply> {
    const isOwn = (reply: V2ClientReply) => reply.kind === 'error' || accepts.includes(reply.kind);
    const run = () => this.request(bytes, isOwn, timeoutMs, signal, delivery);
    const result = this.#queue.then(run, run);
    this.#queue = result.catch(() => undefined);
    return result;
  }
}

import { isV3Message } from '../v3/envelope.js';
import { decodeReply, type ReplyLimits } from '../v3/replies.js';
import type { Reply } from '../v3/types.js';
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
 * Sends requests and matches replies by request id. Messages that are not v3 replies, fail to
 * decode, or answer no pending request are dropped silently (and counted).
 */
export class ReplyChannel {
  readonly #pending = new Map<string, (reply: Reply) => void>();
  readonly #unsubscribe: () => void;
  /** Incoming messages dropped since creation. */
  dropped = 0;

  constructor(
    private readonly transport: Transport,
    private readonly clock: Clock,
    private readonly limits: ReplyLimits,
  ) {
    this.#unsubscribe = transport.onMessage((bytes) => this.#receive(bytes));
  }

  #receive(bytes: Uint8Array): void {
    const decoded = isV3Message(bytes) ? decodeReply(bytes, this.limits) : undefined;
    const deliver =
      decoded?.ok && decoded.reply.id ? this.#pending.get(decoded.reply.id) : undefined;
    if (deliver && decoded?.ok) deliver(decoded.reply);
    else this.dropped++;
  }

  /**
   * Sends `bytes` and resolves with the reply carrying `id`; the timeout runs from the moment
   * the transport has taken the message (`delivery.onSent`).
   * @throws {PasteProtocolError} `client.timeout`, `client.aborted`, `client.transport`.
   */
  request(
    id: string,
    bytes: Uint8Array,
    timeoutMs: number,
    signal: AbortSignal | undefined,
    delivery: Delivery,
  ): Promise<Reply> {
    return awaitReply({
      transport: this.transport,
      clock: this.clock,
      bytes,
      timeoutMs,
      signal,
      delivery,
      expect: (deliver) => {
        this.#pending.set(id, deliver);
        return () => this.#pending.delete(id);
      },
    });
  }

  /** Stops listening; pending requests then end by their timeouts or signals. */
  close(): void {
    this.#unsubscribe();
  }
}

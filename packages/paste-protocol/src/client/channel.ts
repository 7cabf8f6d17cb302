import { PasteProtocolError } from '../errors.js';
import { isV3Message } from '../v3/envelope.js';
import { decodeReply, type ReplyLimits } from '../v3/replies.js';
import type { Reply } from '../v3/types.js';
import type { Timer } from './timer.js';
import type { TransferProgress, Transport } from './transport.js';

/** Per-call controls. */
export interface CallOptions {
  readonly signal?: AbortSignal;
  /** How long to wait for the reply after sending; default the client's `timeoutMs`. */
  readonly timeoutMs?: number;
}

/** How one request travels: the reply blocks its reply needs, and who hears how far it got. */
export interface Delivery {
  readonly replyBlocks: number;
  /** Called once the transport has taken the message: the wait for the reply begins. */
  readonly onSent?: () => void;
  readonly onProgress?: (progress: TransferProgress) => void;
}

/** What a transport's `send` gets from a {@link Delivery}. */
export function sendOptionsOf(delivery: Delivery): {
  replyBlocks: number;
  onProgress?: (progress: TransferProgress) => void;
} {
  const { replyBlocks, onProgress } = delivery;
  return onProgress ? { replyBlocks, onProgress } : { replyBlocks };
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
    private readonly timer: Timer,
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
    return new Promise<Reply>((resolve, reject) => {
      if (signal?.aborted) return reject(aborted(signal));
      let cancelTimer = (): void => {};
      const cleanup = () => {
        this.#pending.delete(id);
        cancelTimer();
        signal?.removeEventListener('abort', onAbort);
      };
      const onAbort = () => {
        cleanup();
        reject(aborted(signal));
      };
      this.#pending.set(id, (reply) => {
        cleanup();
        resolve(reply);
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      this.transport.send(bytes, sendOptionsOf(delivery)).then(
        () => {
          if (!this.#pending.has(id)) return;
          delivery.onSent?.();
          cancelTimer = this.timer.set(() => {
            cleanup();
            reject(new PasteProtocolError('client.timeout', `no reply within ${timeoutMs} ms`));
          }, timeoutMs);
        },
        (error: unknown) => {
          cleanup();
          reject(new PasteProtocolError('client.transport', 'sending failed', { cause: error }));
        },
      );
    });
  }

  /** Stops listening; pending requests then end by their timeouts or signals. */
  close(): void {
    this.#unsubscribe();
  }
}

function aborted(signal: AbortSignal | undefined): PasteProtocolError {
  return new PasteProtocolError('client.aborted', 'aborted', { cause: signal?.reason });
}

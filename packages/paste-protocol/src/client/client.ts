import type { CryptoProvider } from '@pastenym/crypto';
import { PasteProtocolError } from '../errors.js';
import type { PasteContent } from '../format/content.js';
import type { Pbkdf2 } from '../format/kdf.js';
import { newRequestId } from '../v3/ids.js';
import { DEFAULT_REPLY_LIMITS, type ReplyLimits } from '../v3/replies.js';
import { encodeRequest } from '../v3/requests.js';
import type { Reply, Request, ServerInfo } from '../v3/types.js';
import { ReplyChannel, type CallOptions } from './channel.js';
import { createPasteFlow, type CreatedPaste, type CreatePasteOptions } from './create.js';
import {
  openFetchedPaste,
  type FetchedPaste,
  type FetchPasteOptions,
  type GetPasteOptions,
  type PasteReply,
} from './get.js';
import { expectReply } from './reply-errors.js';
import { systemTimer, type Timer } from './timer.js';
import type { Transport } from './transport.js';

/** What a {@link PasteClient} runs on. */
export interface PasteClientOptions {
  readonly transport: Transport;
  readonly crypto: CryptoProvider;
  /** PBKDF2 for passwords and v2 keys; default WebCrypto's. */
  readonly pbkdf2?: Pbkdf2;
  /** Iterations for new password-protected pastes; default 600,000. */
  readonly passwordIterations?: number;
  /** Default 120 s: a mixnet round trip with retransmissions can take tens of seconds. */
  readonly timeoutMs?: number;
  readonly timer?: Timer;
  readonly replyLimits?: ReplyLimits;
  /** How the proof of work yields to the event loop; default a zero `setTimeout`. */
  readonly yieldToEventLoop?: () => Promise<void>;
}

/**
 * The paste client: `ping`, `createPaste`, `getPaste`, `deletePaste` over any {@link Transport},
 * with replies matched by request id, timeouts, `AbortSignal`s and typed errors
 * (`PasteProtocolError`). Keys and passwords never leave it.
 * @example
 * const client = new PasteClient({ transport, crypto: createNodeCrypto() });
 * const { pasteId, key } = await client.createPaste({ text: 'hi', attachments: [] },
 *   { expirySeconds: 86_400, maxViews: 1 });
 */
export class PasteClient {
  readonly #channel: ReplyChannel;
  #info: ServerInfo | undefined;

  constructor(private readonly options: PasteClientOptions) {
    const limits = options.replyLimits ?? DEFAULT_REPLY_LIMITS;
    this.#channel = new ReplyChannel(options.transport, options.timer ?? systemTimer, limits);
  }

  /**
   * Asks the server for its version, capabilities, limits and proof-of-work difficulty.
   * @throws {PasteProtocolError} `client.timeout`, `client.aborted`, `client.transport`, or a
   *   server error code.
   */
  async ping(options: CallOptions = {}): Promise<ServerInfo> {
    const reply = await this.#call({ op: 'ping', id: this.#newId() }, options);
    this.#info = expectReply(reply, 'pong').info;
    return this.#info;
  }

  /**
   * Seals `content`, solves the server's proof of work and stores the paste.
   * @throws {PasteProtocolError} as {@link ping}, plus `request.invalid_options` (options the
   *   server does not offer), `client.too_large`, `pow.aborted`, server codes.
   */
  createPaste(content: PasteContent, options: CreatePasteOptions): Promise<CreatedPaste> {
    const { crypto, pbkdf2, passwordIterations, yieldToEventLoop } = this.options;
    return createPasteFlow(
      {
        crypto,
        ...(pbkdf2 ? { pbkdf2 } : {}),
        ...(passwordIterations ? { passwordIterations } : {}),
        ...(yieldToEventLoop ? { yieldToEventLoop } : {}),
        serverInfo: (call, refresh) =>
          !refresh && this.#info ? Promise.resolve(this.#info) : this.ping(call),
        rememberDifficulty: (difficulty) => this.#rememberDifficulty(difficulty),
        send: (id, bytes, call, onSent) => this.#send(id, bytes, call, onSent),
      },
      content,
      options,
    );
  }

  /**
   * Fetches a paste (this counts as a view) and opens it with the link key and password.
   * @throws {PasteProtocolError} `paste.not_found`, the `format.*` and `legacy.*` opening
   *   errors, and the transport errors of {@link ping}.
   */
  async getPaste(pasteId: string, options: GetPasteOptions = {}): Promise<FetchedPaste> {
    options.onProgress?.({ stage: 'send' });
    const paste = await this.#fetch(pasteId, options, () =>
      options.onProgress?.({ stage: 'wait' }),
    );
    options.onProgress?.({ stage: 'decrypt' });
    return openFetchedPaste(this.options, paste, options);
  }

  /**
   * Fetches a paste's sealed bundle without opening it (this counts as a view); open it with
   * {@link openFetchedPaste}, as often as the reader needs to get the password right.
   * @throws {PasteProtocolError} `paste.not_found` (missing, expired, burned or deleted, which
   *   the server does not tell apart), other server codes, the transport errors of {@link ping},
   *   `client.bad_reply`.
   */
  fetchPaste(pasteId: string, options: FetchPasteOptions = {}): Promise<PasteReply> {
    return this.#fetch(pasteId, options, options.onSent);
  }

  /**
   * Deletes a paste with the owner token `createPaste` returned.
   * @throws {PasteProtocolError} `paste.not_found` (also for a wrong token), transport errors.
   */
  async deletePaste(pasteId: string, ownerToken: string, options: CallOptions = {}): Promise<void> {
    const reply = await this.#call(
      { op: 'delete', id: this.#newId(), pasteId, ownerToken },
      options,
    );
    expectReply(reply, 'deleted');
  }

  /** Stops listening to the transport. */
  close(): void {
    this.#channel.close();
  }

  #rememberDifficulty(difficulty: number): ServerInfo {
    if (!this.#info) throw new PasteProtocolError('client.bad_reply', 'no server info yet');
    this.#info = { ...this.#info, pow: { ...this.#info.pow, difficulty } };
    return this.#info;
  }

  #newId(): string {
    return newRequestId((n) => this.options.crypto.randomBytes(n));
  }

  async #fetch(pasteId: string, options: CallOptions, onSent?: () => void): Promise<PasteReply> {
    const reply = await this.#call({ op: 'get', id: this.#newId(), pasteId }, options, onSent);
    return expectReply(reply, 'paste');
  }

  #call(request: Request, options: CallOptions, onSent?: () => void): Promise<Reply> {
    return this.#send(request.id, encodeRequest(request), options, onSent);
  }

  #send(id: string, bytes: Uint8Array, options: CallOptions, onSent?: () => void): Promise<Reply> {
    const timeout = options.timeoutMs ?? this.options.timeoutMs ?? 120_000;
    return this.#channel.request(id, bytes, timeout, options.signal, onSent);
  }
}

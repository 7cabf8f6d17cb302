import { systemClock, type Clock } from '@pastenym/runtime';
import type { CryptoProvider } from '@pastenym/crypto';
import { PasteProtocolError } from '../errors.js';
import type { PasteContent } from '../format/content.js';
import type { Pbkdf2 } from '../format/kdf.js';
import { newRequestId } from '../v3/ids.js';
import { DEFAULT_REPLY_LIMITS, type ReplyLimits } from '../v3/replies.js';
import { encodeRequest } from '../v3/requests.js';
import type { Reply, Request, ServerInfo } from '../v3/types.js';
import { REPLY_BLOCKS } from '../transport/reply-blocks.js';
import {
  readV3Reply,
  ReplyChannel,
  V2Channel,
  type CallOptions,
  type Delivery,
} from './channel.js';
import { createPasteFlow, type CreatedPaste, type CreatePasteOptions } from './create.js';
import {
  openFetchedPaste,
  type FetchedPaste,
  type FetchPasteOptions,
  type GetPasteOptions,
  type PasteReply,
} from './get.js';
import { expectReply } from './reply-errors.js';
import type { Transport } from './transport.js';
import { v2PingMessage } from '../v2/client-messages.js';
import { createV2Paste, fetchV2Paste, v2ServerInfo, type V2Context } from './v2-flows.js';

/**
 * How long a ping waits for the v3 pong before asking in v2 as well: a v3 server answers within
 * a round trip, and a v2-only one never does, so the v2 probe costs nothing on v3 servers.
 */
const V2_PROBE_DELAY_MS = 2000;
/**
 * How long after a v3 pong the blocks its ping sent ahead are counted on (`REPLY_BLOCKS.ping`):
 * well within a replier's keeping of them (10 minutes on our mixnet), and long enough for the
 * proof of work of a create that follows.
 */
const BLOCKS_AHEAD_MS = 60_000;

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
  /** Timeouts run on it; default the platform's (`systemClock`). */
  readonly clock?: Clock;
  readonly replyLimits?: ReplyLimits;
  /** How the proof of work yields to the event loop; default a zero `setTimeout`. */
  readonly yieldToEventLoop?: () => Promise<void>;
  /** Milliseconds since the epoch (v2 replies carry dates); default `Date.now`. */
  readonly now?: () => number;
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
  readonly #channel: ReplyChannel<Reply>;
  readonly #v2: V2Context;
  readonly #clock: Clock;
  #info: ServerInfo | undefined;
  #pinging: Promise<unknown> = Promise.resolve();
  /** Until when the server holds two reply blocks ahead for us, from our last v3 ping. */
  #blocksAheadUntil = 0;

  constructor(private readonly options: PasteClientOptions) {
    const limits = options.replyLimits ?? DEFAULT_REPLY_LIMITS;
    const clock = options.clock ?? systemClock;
    this.#clock = clock;
    this.#channel = new ReplyChannel(options.transport, clock, readV3Reply(limits));
    this.#v2 = {
      crypto: options.crypto,
      ...(options.pbkdf2 ? { pbkdf2: options.pbkdf2 } : {}),
      channel: new V2Channel(options.transport, clock),
      timeoutMs: options.timeoutMs ?? 120_000,
      now: options.now ?? (() => Date.now()),
    };
  }

  /**
   * Asks the server for its version, capabilities, limits and proof-of-work difficulty. When no
   * v3 pong came within 2 s, a v2 ping goes out beside the v3 one: a server that answers only
   * that (naming no protocol 3) speaks v2 only, and this client then creates and reads pastes in the original format
   * (`info.protocols` is `[2]`; see `V2_FORMAT_LIMITATIONS`).
   * @throws {PasteProtocolError} `client.timeout`, `client.aborted`, `client.transport`, or a
   *   server error code.
   */
  async ping(options: CallOptions = {}): Promise<ServerInfo> {
    const running = this.#detect(options);
    this.#pinging = running.catch(() => undefined);
    const info = await running;
    this.#info = info;
    return info;
  }

  /**
   * True when the transport tells of reply fragments as they arrive: a large reply then shows
   * its progress, and `answerWithinMs` bounds the wait for its first fragment, not all of it.
   */
  get seesArrivals(): boolean {
    return this.options.transport.onReceiving !== undefined;
  }

  /** True once a ping found a server that speaks only v2. */
  get v2Only(): boolean {
    return this.#info !== undefined && !this.#info.protocols.includes(3);
  }

  #detect(options: CallOptions): Promise<ServerInfo> {
    const stop = new AbortController();
    const signal = options.signal ? AbortSignal.any([options.signal, stop.signal]) : stop.signal;
    const call = { ...options, signal };
    const timeout = options.timeoutMs ?? this.#v2.timeoutMs;
    return new Promise<ServerInfo>((resolve, reject) => {
      let settled = false;
      let v3Error: Error | undefined;
      let v2Done = false;
      let cancelProbe = (): void => {};
      const settle = (done: () => void) => {
        if (settled) return;
        settled = true;
        cancelProbe();
        stop.abort();
        done();
      };
      const v2Ended = () => {
        v2Done = true;
        const failure = v3Error;
        if (failure !== undefined) settle(() => reject(failure));
      };
      let probing = false;
      const probeV2 = () => {
        probing = true;
        cancelProbe = () => {};
        this.#v2.channel
          .requestInTurn(v2PingMessage(), ['pong'], timeout, signal, {
            replyBlocks: REPLY_BLOCKS.small,
          })
          .then((reply) => {
            // Servers that speak v3 as well name it; the v3 pong is then on its way.
            if (reply.kind === 'pong' && !reply.protocols.includes(3)) {
              settle(() => resolve(v2ServerInfo(reply.version)));
            } else v2Ended();
          }, v2Ended);
      };
      this.#call({ op: 'ping', id: this.#newId() }, call, { replyBlocks: REPLY_BLOCKS.ping })
        .then((reply) => expectReply(reply, 'pong').info)
        .then(
          (info) => {
            this.#blocksAheadUntil = this.#clock.now() + BLOCKS_AHEAD_MS;
            settle(() => resolve(info));
          },
          (error: unknown) => {
            const failure =
              error instanceof Error
                ? error
                : new PasteProtocolError('client.bad_reply', 'ping failed');
            v3Error = failure;
            // No v2 answer can come when the probe never went out (an abort, a short timeout).
            if (v2Done || !probing) settle(() => reject(failure));
          },
        );
      // A v3 server answers within a round trip; only a silent one is asked in v2.
      const probe = this.#clock.setTimeout(probeV2, Math.min(V2_PROBE_DELAY_MS, timeout / 4));
      cancelProbe = () => this.#clock.clearTimeout(probe);
    });
  }

  /**
   * Seals `content`, solves the server's proof of work and stores the paste.
   * @throws {PasteProtocolError} as {@link ping}, plus `request.invalid_options` (options the
   *   server does not offer), `client.too_large`, `pow.aborted`, server codes.
   */
  async createPaste(content: PasteContent, options: CreatePasteOptions): Promise<CreatedPaste> {
    await this.#pinging;
    if (this.v2Only) {
      options.onProgress?.({ stage: 'ping' });
      return createV2Paste(this.#v2, content, options);
    }
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
        send: (id, bytes, call, delivery) =>
          this.#send(id, bytes, call, this.#spendBlocksAhead(delivery)),
      },
      content,
      options,
    );
  }

  /**
   * Fetches a paste (this counts as a view) and opens it with the link key and password. On a
   * server that a ping found to speak v2 only, this is a v2 `getText`.
   * @throws {PasteProtocolError} `paste.not_found`, the `format.*` and `legacy.*` opening
   *   errors, and the transport errors of {@link ping}.
   */
  async getPaste(pasteId: string, options: GetPasteOptions = {}): Promise<FetchedPaste> {
    const report = options.onProgress ?? (() => {});
    report({ stage: 'send' });
    const paste = await this.fetchPaste(pasteId, {
      ...options,
      onSent: () => report({ stage: 'wait' }),
      onReceiving: ({ done, total }) => report({ stage: 'receive', done, total }),
    });
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
  async fetchPaste(pasteId: string, options: FetchPasteOptions = {}): Promise<PasteReply> {
    const { onReceiving } = options;
    const stopWatching =
      (onReceiving && this.options.transport.onReceiving?.(onReceiving)) ?? (() => {});
    try {
      return await this.#fetch(pasteId, options);
    } finally {
      stopWatching();
    }
  }

  /**
   * Deletes a paste with the owner token `createPaste` returned.
   * @throws {PasteProtocolError} `paste.not_found` (also for a wrong token), transport errors.
   */
  async deletePaste(pasteId: string, ownerToken: string, options: CallOptions = {}): Promise<void> {
    await this.#pinging;
    if (this.v2Only) {
      throw new PasteProtocolError('client.v2_unsupported', 'v2 servers cannot delete pastes');
    }
    const reply = await this.#call(
      { op: 'delete', id: this.#newId(), pasteId, ownerToken },
      options,
    );
    expectReply(reply, 'deleted');
  }

  /** Stops listening to the transport. */
  close(): void {
    this.#channel.close();
    this.#v2.channel.close();
  }

  #rememberDifficulty(difficulty: number): ServerInfo {
    if (!this.#info) throw new PasteProtocolError('client.bad_reply', 'no server info yet');
    this.#info = { ...this.#info, pow: { ...this.#info.pow, difficulty } };
    return this.#info;
  }

  /** A create's delivery: with no blocks when the server holds ours from a recent ping. */
  #spendBlocksAhead(delivery: Delivery): Delivery {
    if (this.#clock.now() >= this.#blocksAheadUntil) return delivery;
    this.#blocksAheadUntil = 0;
    return { ...delivery, replyBlocks: 0 };
  }

  #newId(): string {
    return newRequestId((n) => this.options.crypto.randomBytes(n));
  }

  async #fetch(pasteId: string, options: FetchPasteOptions): Promise<PasteReply> {
    const { onSent } = options;
    if (options.v3Link !== true) {
      await this.#pinging;
      if (this.v2Only) return fetchV2Paste(this.#v2, pasteId, options, onSent);
    }
    const delivery = { replyBlocks: REPLY_BLOCKS.get, ...(onSent ? { onSent } : {}) };
    const reply = await this.#call({ op: 'get', id: this.#newId(), pasteId }, options, delivery);
    return expectReply(reply, 'paste');
  }

  #call(
    request: Request,
    options: CallOptions,
    delivery: Delivery = { replyBlocks: REPLY_BLOCKS.small },
  ): Promise<Reply> {
    return this.#send(request.id, encodeRequest(request), options, delivery);
  }

  #send(id: string, bytes: Uint8Array, options: CallOptions, delivery: Delivery): Promise<Reply> {
    const timeout = options.timeoutMs ?? this.options.timeoutMs ?? 120_000;
    const { answerWithinMs } = options;
    const travel = answerWithinMs === undefined ? delivery : { ...delivery, answerWithinMs };
    const isOwn = (reply: Reply) => reply.id === id;
    return this.#channel.request(bytes, isOwn, timeout, options.signal, travel);
  }
}

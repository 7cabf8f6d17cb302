import type { ServerInfo } from '@pastenym/paste-protocol';
import { isV3Message } from '@pastenym/paste-protocol';
import { resolveServiceOptions, type PasteServiceOptions, type ServiceContext } from './options.js';
import { handleV2 } from './v2-handler.js';
import { handleV3 } from './v3-handler.js';
import { pong } from './v3-read.js';

/** Per-request context: the time the request is handled at. */
export interface HandleContext {
  /** Milliseconds since the epoch. */
  readonly now: number;
  /**
   * The mixnet sender tag the request came with, when known: v2 creates are budgeted per tag.
   * Used in memory only, never stored or logged.
   */
  readonly senderTag?: Uint8Array;
}

/**
 * The paste service: every use-case over a `Storage`, as a pure function of request bytes.
 * Messages starting with the v3 magic are v3; everything else is tried as Pastenym v2 (unless
 * v2 is off; then it is ignored). The service never sees plaintext of encrypted
 * pastes or any key: bundles are opaque to it.
 *
 * @throws {ServerError} `server.invalid_argument` from the constructor for bad options
 * @example
 * const service = new PasteService({ storage, crypto: createNodeCrypto() });
 * const reply = await service.handle(message, { now: Date.now() });
 * if (reply !== null) await nym.reply(senderTag, reply);
 */
export class PasteService {
  readonly #ctx: ServiceContext;

  constructor(options: PasteServiceOptions) {
    this.#ctx = resolveServiceOptions(options);
  }

  /**
   * Answers one request: the reply bytes (a v3 envelope, or the UTF-8 JSON a v2 client expects),
   * or `null` when the message is to be ignored. Never rejects: failures are error replies. A
   * create is acknowledged only after the store committed it.
   */
  async handle(request: Uint8Array, context: HandleContext): Promise<Uint8Array | null> {
    try {
      if (isV3Message(request)) return await handleV3(this.#ctx, request, context.now);
      if (this.#ctx.v2.mode !== 'off') return await handleV2(this.#ctx, request, context);
      this.#ctx.emit({ protocol: 'other', op: 'unknown', outcome: 'ignored' });
      return null;
    } catch {
      // Handlers map every expected failure; this is a bug, and one message must not stop the rest.
      this.#ctx.emit({ protocol: 'other', op: 'unknown', outcome: 'server.internal' });
      return null;
    }
  }

  /** The proof-of-work base difficulty at `now` (creates add their price to it). */
  difficulty(now: number): number {
    return this.#ctx.difficulty.current(now);
  }

  /** What a v3 `pong` announces at `now`. */
  info(now: number): ServerInfo {
    return pong(this.#ctx, 'info', now).info;
  }
}

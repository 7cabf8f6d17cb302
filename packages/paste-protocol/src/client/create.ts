import type { CryptoProvider } from '@pastenym/crypto';
import { PasteProtocolError } from '../errors.js';
import type { PasteContent } from '../format/content.js';
import type { Pbkdf2 } from '../format/kdf.js';
import { encodePasteKey } from '../format/keys.js';
import { sealPaste } from '../format/seal.js';
import { powChallenge } from '../pow/challenge.js';
import { solvePowAsync } from '../pow/solve.js';
import { newRequestId } from '../v3/ids.js';
import { encodeRequest } from '../v3/requests.js';
import type { PasteOptions, Reply, ServerInfo } from '../v3/types.js';
import { REPLY_BLOCKS } from '../transport/reply-blocks.js';
import type { CallOptions, Delivery } from './channel.js';
import { expectReply } from './reply-errors.js';

/** Where `createPaste` is; `expected` is the mean number of proof-of-work attempts. */
export type CreateProgress =
  | { readonly stage: 'ping' }
  | { readonly stage: 'encrypt' }
  | { readonly stage: 'pow'; readonly attempts: number; readonly expected: number }
  | { readonly stage: 'send'; readonly bytes: number }
  /** Mixnet fragments of the request acknowledged so far, when the transport can tell. */
  | { readonly stage: 'upload'; readonly done: number; readonly total: number }
  | { readonly stage: 'wait' };

/** Options of `createPaste`. */
export interface CreatePasteOptions extends CallOptions {
  readonly expirySeconds: number;
  /** 1 = burn after reading; `null`/absent = unlimited. */
  readonly maxViews?: number | null;
  /** An unencrypted paste; only when explicitly asked for. */
  readonly public?: boolean;
  /** Optional password on top of the link key; stays on this device. */
  readonly password?: string;
  readonly onProgress?: (progress: CreateProgress) => void;
}

/** A created paste: what goes into the link (`pasteId`, `key`) and what to keep (`ownerToken`). */
export interface CreatedPaste {
  readonly pasteId: string;
  /** The link key (base58; a v2 password string on v2 servers); `null` for public pastes. */
  readonly key: string | null;
  /** Deletes the paste; `null` on v2-only servers, which cannot delete. */
  readonly ownerToken: string | null;
  readonly expiresIn: number | null;
  readonly options: PasteOptions;
  readonly passwordProtected: boolean;
  /** `v2` when the server speaks only v2 and the paste was written in the original format. */
  readonly format: 'v3' | 'v2';
}

/** What the create flow needs from the client. */
export interface CreateContext {
  readonly crypto: CryptoProvider;
  readonly pbkdf2?: Pbkdf2;
  readonly passwordIterations?: number;
  readonly yieldToEventLoop?: () => Promise<void>;
  serverInfo(options: CallOptions, refresh: boolean): Promise<ServerInfo>;
  /** Records a difficulty the server asked for; returns the updated server info. */
  rememberDifficulty(difficulty: number): ServerInfo;
  send(id: string, bytes: Uint8Array, options: CallOptions, delivery: Delivery): Promise<Reply>;
}

/**
 * Checks the options against the server's limits, seals, solves the proof of work the server
 * asks for, sends, and retries once if the server raised the difficulty meanwhile (at the
 * difficulty its error names).
 */
export async function createPasteFlow(
  ctx: CreateContext,
  content: PasteContent,
  options: CreatePasteOptions,
): Promise<CreatedPaste> {
  const report = options.onProgress ?? (() => {});
  report({ stage: 'ping' });
  let info = await ctx.serverInfo(options, false);
  const pasteOptions = {
    expirySeconds: options.expirySeconds,
    maxViews: options.maxViews ?? null,
    public: options.public === true,
  };
  checkOptions(pasteOptions, info);
  report({ stage: 'encrypt' });
  const deps = ctx.pbkdf2 ? { crypto: ctx.crypto, pbkdf2: ctx.pbkdf2 } : { crypto: ctx.crypto };
  const sealed = await sealPaste(deps, content, {
    ...pasteOptions,
    ...(options.password !== undefined ? { password: options.password } : {}),
    ...(ctx.passwordIterations ? { passwordIterations: ctx.passwordIterations } : {}),
  });
  if (sealed.bundle.length > info.limits.maxBundleBytes) {
    throw new PasteProtocolError(
      'client.too_large',
      `the paste needs ${sealed.bundle.length} bytes; the server accepts ${info.limits.maxBundleBytes}`,
    );
  }
  const bundleDigest = ctx.crypto.sha256(sealed.bundle);
  for (let attempt = 0; ; attempt++) {
    const difficulty = info.pow.difficulty;
    const id = newRequestId((n) => ctx.crypto.randomBytes(n));
    const challenge = powChallenge(ctx.crypto, {
      requestId: id,
      bundleDigest,
      options: pasteOptions,
    });
    const expected = 2 ** difficulty;
    const nonce = await solvePowAsync(ctx.crypto, challenge, difficulty, {
      onProgress: (attempts) => report({ stage: 'pow', attempts, expected }),
      ...(options.signal ? { signal: options.signal } : {}),
      ...(ctx.yieldToEventLoop ? { yieldToEventLoop: ctx.yieldToEventLoop } : {}),
    });
    const pow = { difficulty, nonce };
    const bytes = encodeRequest({
      op: 'create',
      id,
      options: pasteOptions,
      pow,
      bundle: sealed.bundle,
    });
    report({ stage: 'send', bytes: bytes.length });
    const reply = await ctx.send(id, bytes, options, createDelivery(report));
    const retry = reply.op === 'error' && reply.code.startsWith('pow.') && attempt === 0;
    if (retry) {
      // The error names the difficulty wanted now: no extra round trip through the mixnet.
      info =
        reply.difficulty === undefined
          ? await ctx.serverInfo(options, true)
          : ctx.rememberDifficulty(reply.difficulty);
      continue;
    }
    const created = expectReply(reply, 'created');
    return {
      pasteId: created.pasteId,
      key: sealed.key ? encodePasteKey(sealed.key) : null,
      ownerToken: created.ownerToken,
      expiresIn: created.expiresIn,
      options: pasteOptions,
      passwordProtected: options.password !== undefined,
      format: 'v3',
    };
  }
}

/** A create's reply fits one packet; its request reports how far its fragments got. */
export function createDelivery(report: (progress: CreateProgress) => void): Delivery {
  return {
    replyBlocks: REPLY_BLOCKS.small,
    onSent: () => report({ stage: 'wait' }),
    onProgress: ({ done, total }) => report({ stage: 'upload', done, total }),
  };
}

function checkOptions(options: PasteOptions, info: ServerInfo): void {
  const { expiryChoices, maxViews } = info.limits;
  if (!expiryChoices.includes(options.expirySeconds)) {
    throw new PasteProtocolError('request.invalid_options', 'this expiry is not offered');
  }
  const views = options.maxViews;
  if (views !== null && (!Number.isInteger(views) || views < 1 || views > maxViews)) {
    throw new PasteProtocolError('request.invalid_options', `views must be 1..${maxViews}`);
  }
}

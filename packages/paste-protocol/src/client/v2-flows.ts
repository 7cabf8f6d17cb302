import type { CryptoProvider } from '@pastenym/crypto';
import { utf8 } from '@pastenym/crypto';
import { PasteProtocolError } from '../errors.js';
import type { PasteContent } from '../format/content.js';
import type { Pbkdf2 } from '../format/kdf.js';
import { newV2Key, sealV2Paste, v2BodyOf } from '../legacy/seal-v2.js';
import { DEFAULT_EXPIRY_CHOICES } from '../limits.js';
import {
  v2ExpiryText,
  v2GetTextMessage,
  v2NewTextMessage,
  type V2ClientReply,
} from '../v2/client-messages.js';
import { validateEncParams } from '../v2/enc-params.js';
import { coarsenTtl } from '../v3/expiry.js';
import { POW_ALGORITHM, type ServerInfo } from '../v3/types.js';
import { REPLY_BLOCKS } from '../transport/reply-blocks.js';
import type { CallOptions, Delivery, V2Channel } from './channel.js';
import { createDelivery, type CreatedPaste, type CreatePasteOptions } from './create.js';
import type { PasteReply } from './get.js';

/**
 * What a paste loses when a server speaks only v2 and the paste is written in the original
 * format; apps show it once, before the first paste.
 */
export const V2_FORMAT_LIMITATIONS: readonly string[] = [
  'no size padding: the server and the network see how large the paste is',
  'burn and expiry are not sealed into the paste: a server that ignores them goes unnoticed',
  'the link key is a 32-character password stretched with 10,000 PBKDF2 rounds, not a 256-bit key',
  'no password on top of the link, no deletion, one attachment at most',
  'readers learn the view count and the creation day',
];

/** The original's view limits: 1..10000. */
const V2_MAX_VIEWS = 10_000;
/** What the original clients sent at most (the Go CLI's "< 6 MB"). */
const V2_MAX_TEXT_BYTES = 6_000_000;

/** The `ServerInfo` of a server that answered only the v2 ping. */
export function v2ServerInfo(version: string): ServerInfo {
  return {
    version,
    protocols: [2],
    capabilities: [],
    limits: {
      maxBundleBytes: V2_MAX_TEXT_BYTES,
      // The original took any relative expiry, and "" for none.
      expiryChoices: [0, ...DEFAULT_EXPIRY_CHOICES],
      maxViews: V2_MAX_VIEWS,
    },
    pow: { algorithm: POW_ALGORITHM, difficulty: 0 },
  };
}

/** What the v2 flows need from the client. */
export interface V2Context {
  readonly crypto: CryptoProvider;
  readonly pbkdf2?: Pbkdf2;
  readonly channel: V2Channel;
  readonly timeoutMs: number;
  readonly now: () => number;
}

/**
 * Creates a paste in the original format on a v2-only server: the Go CLI's key and sealing,
 * one `newText`. The server returns no owner token (`ownerToken: null`).
 * @throws {PasteProtocolError} `client.v2_unsupported` (a password, several attachments),
 *   `request.invalid_options`, `client.too_large`, `legacy.server_error`, transport errors
 */
export async function createV2Paste(
  ctx: V2Context,
  content: PasteContent,
  options: CreatePasteOptions,
): Promise<CreatedPaste> {
  const report = options.onProgress ?? (() => {});
  if (options.password !== undefined) throw unsupported('a password');
  if (content.attachments.length > 1) throw unsupported('more than one attachment');
  const maxViews = options.maxViews ?? null;
  if (
    maxViews !== null &&
    (!Number.isInteger(maxViews) || maxViews < 1 || maxViews > V2_MAX_VIEWS)
  ) {
    throw new PasteProtocolError('request.invalid_options', `views must be 1..${V2_MAX_VIEWS}`);
  }
  report({ stage: 'encrypt' });
  const body = v2BodyOf(content);
  const key = options.public === true ? null : newV2Key((n) => ctx.crypto.randomBytes(n));
  const sealed = key === null ? null : await sealV2Paste(ctx, key, body);
  const text = sealed ? sealed.text : body;
  if (utf8(text).length > V2_MAX_TEXT_BYTES) {
    throw new PasteProtocolError(
      'client.too_large',
      `v2 pastes hold at most ${V2_MAX_TEXT_BYTES} bytes`,
    );
  }
  const bytes = v2NewTextMessage({
    text,
    encParams: sealed ? sealed.encParams : null,
    burnViews: maxViews,
    expirationTime: v2ExpiryText(options.expirySeconds),
  });
  report({ stage: 'send', bytes: bytes.length });
  const reply = await call(ctx, bytes, ['created'], options, createDelivery(report));
  if (reply.kind !== 'created') throw unexpected(reply);
  return {
    pasteId: reply.urlId,
    key,
    ownerToken: null,
    expiresIn: options.expirySeconds === 0 ? null : coarsenTtl(options.expirySeconds),
    options: { expirySeconds: options.expirySeconds, maxViews, public: options.public === true },
    passwordProtected: false,
    format: 'v2',
  };
}

/**
 * Fetches a paste with v2 `getText` (one view) as the `paste` reply a v3 `get` would give, so
 * that `openFetchedPaste` opens it.
 * @throws {PasteProtocolError} `paste.not_found`, `legacy.needs_v3`, `legacy.server_error`,
 *   `client.bad_reply`, transport errors
 */
export async function fetchV2Paste(
  ctx: V2Context,
  urlId: string,
  options: CallOptions,
  onSent?: () => void,
): Promise<PasteReply> {
  const delivery = { replyBlocks: REPLY_BLOCKS.get, ...(onSent ? { onSent } : {}) };
  const reply = await call(ctx, v2GetTextMessage(urlId), ['text'], options, delivery);
  if (reply.kind !== 'text') throw unexpected(reply);
  const enc = validateEncParams(reply.encParams);
  if (!enc.ok) throw new PasteProtocolError('client.bad_reply', 'invalid v2 encryption parameters');
  const expiresAt = reply.expirationTime === null ? NaN : Date.parse(reply.expirationTime);
  const expiresIn = Number.isNaN(expiresAt)
    ? null
    : Math.max(0, Math.ceil((expiresAt - ctx.now()) / 1000));
  return {
    op: 'paste',
    id: '',
    remainingViews: reply.burnView === null ? null : Math.max(0, reply.burnView - reply.numView),
    expiresIn,
    bundle: utf8(reply.text),
    format: 'v2',
    encParams: enc.params,
  };
}

async function call(
  ctx: V2Context,
  bytes: Uint8Array,
  accepts: readonly V2ClientReply['kind'][],
  options: CallOptions,
  delivery: Delivery,
): Promise<V2ClientReply> {
  const timeout = options.timeoutMs ?? ctx.timeoutMs;
  return ctx.channel.requestInTurn(bytes, accepts, timeout, options.signal, delivery);
}

/** Maps a v2 error reply to a typed error; other replies are `client.bad_reply`. */
function unexpected(reply: V2ClientReply): PasteProtocolError {
  if (reply.kind !== 'error')
    return new PasteProtocolError('client.bad_reply', `got ${reply.kind}`);
  const message = reply.message.slice(0, 200);
  if (/text not found/i.test(message)) return new PasteProtocolError('paste.not_found', message);
  if (/format v3/i.test(message)) return new PasteProtocolError('legacy.needs_v3', message);
  return new PasteProtocolError('legacy.server_error', message);
}

function unsupported(what: string): PasteProtocolError {
  return new PasteProtocolError(
    'client.v2_unsupported',
    `this server speaks only Pastenym v2, whose pastes cannot have ${what}`,
  );
}

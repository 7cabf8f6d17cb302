import { fromUtf8, utf8 } from '@pastenym/crypto';
import type { V2NewPaste, V2ReplyValue } from '@pastenym/paste-protocol';
import {
  decodeV2Request,
  encodeV2Reply,
  v2GetTextReply,
  v2NewTextReply,
  v2NotFoundReply,
  v2PingReply,
  validateEncParams,
} from '@pastenym/paste-protocol';
import type { JsonValue } from '../storage/index.js';
import { utcDay } from '../storage/index.js';
import { roundedExpiry } from './expiry.js';
import {
  IMPORTED_V2_ID_LENGTH,
  newV2PasteId,
  V2_PASTE_ID_LENGTH,
  V3_PASTE_ID_LENGTH,
} from './ids.js';
import type { ServiceContext } from './options.js';
import type { HandleContext } from './paste-service.js';
import { storageFailure } from './storage-failure.js';
import { isStorageError, storeWithFreshId } from './store-paste.js';
import { V2_NEEDS_V3_REPLY, V2_SERVER_ERRORS } from './v2-errors.js';

interface Answer {
  readonly reply: V2ReplyValue;
  readonly outcome: string;
}

/**
 * Answers one Pastenym v2 request (JSON, base64 of it, or SDK-framed) with the UTF-8 JSON reply
 * the original backend sent, framed like the request. Never throws.
 */
export async function handleV2(
  ctx: ServiceContext,
  bytes: Uint8Array,
  { now, senderTag }: HandleContext,
): Promise<Uint8Array> {
  const decoded = decodeV2Request(bytes, ctx.limits);
  if (!decoded.ok) {
    const outcome = isNotFound(decoded.reply) ? 'not_found' : 'refused';
    ctx.emit({ protocol: 'v2', op: 'unknown', outcome });
    return encodeV2Reply(decoded.reply, decoded.encoding);
  }
  const { request, encoding } = decoded;
  let answer: Answer;
  try {
    switch (request.event) {
      case 'ping':
        // `protocols` (ignored by v2 clients) tells ours to wait for the v3 pong too.
        answer = { reply: { ...v2PingReply(), protocols: [2, 3] }, outcome: 'ok' };
        break;
      case 'newText':
        answer = await newText(ctx, request.paste, now, senderTag);
        break;
      case 'getText':
        answer = await getText(ctx, request.urlId, now);
        break;
    }
  } catch (error) {
    const failure = storageFailure(error);
    const reply =
      failure.code === 'server.busy' ? V2_SERVER_ERRORS.busy : V2_SERVER_ERRORS.internal;
    ctx.emit({
      protocol: 'v2',
      op: request.event,
      outcome: failure.code,
      storageError: failure.storageError,
    });
    return encodeV2Reply(reply, encoding);
  }
  ctx.emit({ protocol: 'v2', op: request.event, outcome: answer.outcome });
  return encodeV2Reply(answer.reply, encoding);
}

async function newText(
  ctx: ServiceContext,
  paste: V2NewPaste,
  now: number,
  senderTag: Uint8Array | undefined,
): Promise<Answer> {
  if (ctx.v2.mode !== 'on') return { reply: V2_SERVER_ERRORS.readOnly, outcome: 'refused' };
  // Refused rather than stored as ordinary pastes, as the original did when not configured:
  // the creator would otherwise believe in an expiry or a hosting that does not happen.
  if (paste.expirationHeight !== null) {
    return { reply: V2_SERVER_ERRORS.blockHeight, outcome: 'refused' };
  }
  if (paste.ipfs) return { reply: V2_SERVER_ERRORS.ipfs, outcome: 'refused' };
  // The decoded size was checked against `maxV2ContentBytes` when the request was parsed.
  const bundle = utf8(paste.text);
  if (!ctx.v2Budget.take(senderTag, now)) {
    return { reply: V2_SERVER_ERRORS.rateLimited, outcome: 'rate_limited' };
  }
  const seconds = v2Lifetime(ctx, paste.expirySeconds);
  let id: string;
  try {
    id = await storeWithFreshId(
      ctx,
      now,
      (candidate) =>
        ctx.storage.create({
          id: candidate,
          bundle,
          ownerTokenHash: null, // v2 has no deletion
          expiresAt: roundedExpiry(now, seconds),
          maxViews: paste.burnViews,
          createdDay: utcDay(now),
          format: paste.encParams ? 'v2-encrypted' : 'v2-public',
          metadata: paste.encParams as JsonValue | null,
        }),
      newV2PasteId,
    );
  } catch (error) {
    if (isStorageError(error, 'storage.full')) {
      return { reply: V2_SERVER_ERRORS.full, outcome: 'server.full' };
    }
    throw error;
  }
  return { reply: v2NewTextReply(id), outcome: 'ok' };
}

/**
 * A v2 lifetime within this server's policy: v2 creates carry no proof of work, so none
 * outlives `maxExpirySeconds` nor the longest v3 choice; "" (no expiry) and longer requests get
 * the longest allowed.
 */
function v2Lifetime(ctx: ServiceContext, requested: number | null): number {
  const longestChoice = Math.max(...ctx.limits.expiryChoices.filter((seconds) => seconds > 0));
  const longest = Math.min(ctx.v2.maxExpirySeconds, longestChoice);
  return requested === null ? longest : Math.min(requested, longest);
}

async function getText(ctx: ServiceContext, urlId: string, now: number): Promise<Answer> {
  const notFound = { reply: v2NotFoundReply(), outcome: 'not_found' };
  // Only ids of the v2 lengths (ours, and the original's imported ones) can be v2 pastes: no
  // view of a v3 paste is spent here.
  if (urlId.length === V3_PASTE_ID_LENGTH) return { reply: V2_NEEDS_V3_REPLY, outcome: 'v3_only' };
  if (urlId.length !== V2_PASTE_ID_LENGTH && urlId.length !== IMPORTED_V2_ID_LENGTH) {
    return notFound;
  }
  const result = await ctx.storage.view(urlId, now);
  if (result.status === 'not_found') return notFound;
  const { paste } = result;
  const enc = validateEncParams(paste.metadata);
  const encrypted = paste.format === 'v2-encrypted' && enc.ok && enc.params !== null;
  if (!encrypted && paste.format !== 'v2-public') return notFound;
  const reply = v2GetTextReply(
    {
      text: fromUtf8(paste.bundle),
      encParams: encrypted ? enc.params : null,
      numView: paste.views,
      createdAt: Date.parse(`${paste.createdDay}T00:00:00Z`),
      burnViews: paste.maxViews,
      expiresAt: paste.expiresAt,
      expirationHeight: null, // block-height expiry is not offered (see the README)
    },
    now,
  );
  return { reply, outcome: 'ok' };
}

function isNotFound(reply: V2ReplyValue): boolean {
  return typeof reply === 'object' && reply['error'] === 'text not found';
}

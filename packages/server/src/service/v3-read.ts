import type { Reply, Request } from '@pastenym/paste-protocol';
import { serverInfo, validateEncParams } from '@pastenym/paste-protocol';
import { replyTtl } from './expiry.js';
import { ownerTokenHash } from './ids.js';
import type { ServiceContext } from './options.js';
import { errorReply } from './v3-replies.js';

/**
 * The `pong` info, exactly what is enforced: v3 limits, the base difficulty as of `now` with the
 * price of size and lifetime and the step-down time, and v2's own limits unless v2 is off.
 */
export function pong(ctx: ServiceContext, id: string, now: number): Extract<Reply, { op: 'pong' }> {
  const { mode, maxExpirySeconds } = ctx.v2;
  const v2 = {
    creates: mode === 'on',
    maxContentBytes: ctx.limits.maxV2ContentBytes,
    maxExpirySeconds,
  };
  const info = serverInfo(ctx.limits, {
    version: ctx.version,
    difficulty: ctx.difficulty.current(now),
    price: ctx.price,
    stepDownSeconds: ctx.difficulty.stepDownSeconds,
    ...(mode === 'off' ? {} : { v2 }),
  });
  return { op: 'pong', id, info };
}

/**
 * A v3 get: uses one view. Pastes created through the v2 API come back as `format: "v2"` with
 * their SJCL parameters, so v3 clients read old pastes too. Missing, expired and used-up pastes
 * are all `paste.not_found`.
 */
export async function getPaste(
  ctx: ServiceContext,
  request: Extract<Request, { op: 'get' }>,
  now: number,
): Promise<Reply> {
  // v3 reports no view counts: unlimited pastes are read without recording the read.
  const result = await ctx.storage.readUncounted(request.pasteId, now);
  if (result.status === 'not_found') return errorReply(request.id, 'paste.not_found');
  const { paste } = result;
  const { id } = request;
  const { remainingViews, bundle } = paste;
  const expiresIn = replyTtl(paste.expiresAt, now);
  // Literals rather than a spread base object: V8 takes a slow path for `{ ...base, more }`
  // that costs more than the rest of the reply.
  if (paste.format === 'v3') {
    return { op: 'paste', id, remainingViews, expiresIn, bundle, format: 'v3' };
  }
  if (paste.format === 'v2-public') {
    return { op: 'paste', id, remainingViews, expiresIn, bundle, format: 'v2', encParams: null };
  }
  const enc = validateEncParams(paste.metadata);
  if (paste.format === 'v2-encrypted' && enc.ok && enc.params !== null) {
    const encParams = enc.params;
    return { op: 'paste', id, remainingViews, expiresIn, bundle, format: 'v2', encParams };
  }
  // A row this version did not write; the view is spent, but nothing sensible can be sent.
  return errorReply(request.id, 'server.internal');
}

/** A v3 delete: a wrong token reads as not found, so delete is no probe for existence. */
export async function deletePaste(
  ctx: ServiceContext,
  request: Extract<Request, { op: 'delete' }>,
): Promise<Reply> {
  const hash = ownerTokenHash(ctx.crypto, request.ownerToken);
  const outcome = await ctx.storage.delete(request.pasteId, hash);
  return outcome === 'deleted'
    ? { op: 'deleted', id: request.id }
    : errorReply(request.id, 'paste.not_found');
}

import type { Reply, Request } from '@pastenym/paste-protocol';
import { createDifficulty, verifyPow } from '@pastenym/paste-protocol';
import { utcDay } from '../storage/index.js';
import { replyTtl, roundedExpiry } from './expiry.js';
import { newOwnerToken, ownerTokenHash } from './ids.js';
import type { ServiceContext } from './options.js';
import { isStorageError, storeWithFreshId } from './store-paste.js';
import { errorReply } from './v3-replies.js';

type CreateRequest = Extract<Request, { op: 'create' }>;

/**
 * A v3 create: the proof of work must meet the current base difficulty plus the price of the
 * bundle's size and lifetime, be bound to this very request (id, bundle digest, options) and
 * not used before; then the paste is stored, and only once the store has committed does the
 * reply go out. A full store is `server.full`; other storage failures propagate (the caller
 * maps them). Either way the request id is released so the same request may be sent again.
 */
export async function createPaste(
  ctx: ServiceContext,
  request: CreateRequest,
  now: number,
): Promise<Reply> {
  const { expirySeconds, maxViews } = request.options;
  const base = { difficulty: ctx.difficulty.current(now), price: ctx.price };
  const difficulty = createDifficulty(base, request.bundle.length, expirySeconds);
  const binding = {
    requestId: request.id,
    bundleDigest: ctx.crypto.sha256(request.bundle),
    options: request.options,
  };
  const verdict = verifyPow(ctx.crypto, binding, request.pow, difficulty);
  if (verdict === 'insufficient') return errorReply(request.id, 'pow.required', { difficulty });
  if (verdict === 'invalid') return errorReply(request.id, 'pow.invalid', { difficulty });
  if (!ctx.replays.claim(request.id, now)) {
    const message = 'this proof of work was already used';
    return errorReply(request.id, 'pow.invalid', { difficulty, message });
  }
  const expiresAt = expirySeconds === 0 ? null : roundedExpiry(now, expirySeconds);
  const ownerToken = newOwnerToken((n) => ctx.crypto.randomBytes(n));
  try {
    const pasteId = await storeWithFreshId(ctx, now, (id) =>
      ctx.storage.create({
        id,
        bundle: request.bundle,
        ownerTokenHash: ownerTokenHash(ctx.crypto, ownerToken),
        expiresAt,
        maxViews,
        createdDay: utcDay(now),
        format: 'v3',
        metadata: null,
      }),
    );
    ctx.difficulty.record(now);
    return {
      op: 'created',
      id: request.id,
      pasteId,
      ownerToken,
      expiresIn: replyTtl(expiresAt, now),
    };
  } catch (error) {
    ctx.replays.release(request.id);
    if (isStorageError(error, 'storage.full')) return errorReply(request.id, 'server.full');
    throw error;
  }
}

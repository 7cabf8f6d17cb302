import type { Reply, Request } from '@pastenym/paste-protocol';
import { verifyPow } from '@pastenym/paste-protocol';
import { StorageError, utcDay } from '../storage/index.js';
import { replyTtl, roundedExpiry } from './expiry.js';
import { newOwnerToken, newPasteId, ownerTokenHash } from './ids.js';
import type { ServiceContext } from './options.js';
import { errorReply } from './v3-replies.js';

type CreateRequest = Extract<Request, { op: 'create' }>;

/**
 * A v3 create: the proof of work must meet the current difficulty and be bound to this very
 * request (id, bundle digest, options) and not used before; then the paste is stored, and only
 * once the store has committed does the reply go out. Storage failures propagate (the caller
 * maps them), after the request id is released so the same request may be sent again.
 */
export async function createPaste(
  ctx: ServiceContext,
  request: CreateRequest,
  now: number,
): Promise<Reply> {
  const difficulty = ctx.difficulty.current(now);
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
  const { expirySeconds, maxViews } = request.options;
  const expiresAt = expirySeconds === 0 ? null : roundedExpiry(now, expirySeconds);
  const ownerToken = newOwnerToken((n) => ctx.crypto.randomBytes(n));
  try {
    const pasteId = await storeWithFreshId(ctx, (id) =>
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
    throw error;
  }
}

/**
 * Runs `create` with a fresh random v3 id, once more with another on `storage.conflict` (two
 * equal 128-bit ids are as good as impossible; a second conflict means something else is wrong).
 */
export async function storeWithFreshId(
  ctx: ServiceContext,
  create: (id: string) => Promise<void>,
  newId: (rng: (length: number) => Uint8Array) => string = newPasteId,
): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const id = newId((n) => ctx.crypto.randomBytes(n));
    try {
      await create(id);
      return id;
    } catch (error) {
      if (attempt > 0 || !(error instanceof StorageError) || error.code !== 'storage.conflict') {
        throw error;
      }
    }
  }
}

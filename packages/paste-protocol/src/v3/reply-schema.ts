import { z } from 'zod';
import { sjclParamsSchema } from '../v2/enc-params.js';
import { V3_VERSION } from './envelope.js';
import { isOwnerToken, isPasteId, isRequestId } from './ids.js';
import { POW_ALGORITHM } from './types.js';

const requestId = z.string().refine(isRequestId, 'invalid request id');
const pasteId = z.string().refine(isPasteId, 'invalid paste id');
const count = z.number().int().min(0).max(0xffff_ffff);
const seconds = count.nullable();
const base = { v: z.literal(V3_VERSION), id: requestId };

/**
 * The `info` object of `pong`. Unlike headers, it takes fields it does not know (and drops
 * them): servers announce new limits there, and a client that refused them could no longer
 * talk to a newer server at all; what a client does not read, it cannot be misled by.
 */
export const serverInfoSchema = z.object({
  version: z.string().max(64),
  protocols: z.array(z.number().int().min(0).max(255)).max(16),
  capabilities: z.array(z.string().max(64)).max(64),
  limits: z.object({
    maxBundleBytes: count,
    expiryChoices: z.array(count).min(1).max(64),
    maxViews: count.min(1),
  }),
  pow: z.object({
    algorithm: z.literal(POW_ALGORITHM),
    difficulty: z.number().int().min(0).max(256),
    price: z
      .strictObject({ freeBytes: count.min(1), freeSeconds: count.min(1), neverSeconds: count })
      .optional(),
    stepDownSeconds: count.optional(),
  }),
  v2: z
    .strictObject({ creates: z.boolean(), maxContentBytes: count, maxExpirySeconds: count })
    .optional(),
});

/** Schemas of v3 reply headers, by operation. */
export const replyHeaderSchemas = {
  pong: z.strictObject({ ...base, op: z.literal('pong'), info: serverInfoSchema }),
  created: z.strictObject({
    ...base,
    op: z.literal('created'),
    pasteId,
    ownerToken: z.string().refine(isOwnerToken, 'invalid owner token'),
    expiresIn: seconds,
  }),
  paste: z.strictObject({
    ...base,
    op: z.literal('paste'),
    remainingViews: seconds,
    expiresIn: seconds,
    format: z.enum(['v3', 'v2']),
    encParams: sjclParamsSchema.nullable().optional(),
  }),
  deleted: z.strictObject({ ...base, op: z.literal('deleted') }),
  error: z.strictObject({
    v: z.literal(V3_VERSION),
    id: requestId.nullable(),
    op: z.literal('error'),
    code: z.string().regex(/^[a-z][a-z_]*\.[a-z][a-z_]*$/),
    message: z.string().max(1024),
    difficulty: z.number().int().min(0).max(256).optional(),
    retryAfter: count.optional(),
  }),
} as const;

/** The operations of v3 replies. */
export type ReplyOp = keyof typeof replyHeaderSchemas;

/** True when `op` is a v3 reply operation. */
export function isReplyOp(op: unknown): op is ReplyOp {
  return typeof op === 'string' && Object.hasOwn(replyHeaderSchemas, op);
}

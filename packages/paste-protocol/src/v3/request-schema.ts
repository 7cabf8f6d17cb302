import { z } from 'zod';
import { tryDecodeBase64 } from '../internal/base64.js';
import { isOwnerToken, isPasteId, isRequestId } from './ids.js';
import { V3_VERSION } from './envelope.js';

const requestId = z.string().refine(isRequestId, 'invalid request id');
const pasteId = z.string().refine(isPasteId, 'invalid paste id');
const u32 = z.number().int().min(0).max(0xffff_ffff);

/** Create options on the wire: `public` appears only when the paste is explicitly public. */
export const wireOptionsSchema = z.strictObject({
  expiry: u32,
  maxViews: z.number().int().min(1).max(0xffff_ffff).nullable(),
  public: z.literal(true).optional(),
});

/** The proof of work on the wire: the nonce is 8 bytes in base64url (11 characters). */
export const wirePowSchema = z.strictObject({
  difficulty: z.number().int().min(0).max(256),
  nonce: z.string().refine((text) => tryDecodeBase64(text)?.length === 8, '8-byte nonce'),
});

const base = { v: z.literal(V3_VERSION), id: requestId };

/** Schemas of v3 request headers, by operation. */
export const requestHeaderSchemas = {
  ping: z.strictObject({ ...base, op: z.literal('ping') }),
  create: z.strictObject({
    ...base,
    op: z.literal('create'),
    options: wireOptionsSchema,
    pow: wirePowSchema.optional(),
  }),
  get: z.strictObject({ ...base, op: z.literal('get'), pasteId }),
  delete: z.strictObject({
    ...base,
    op: z.literal('delete'),
    pasteId,
    ownerToken: z.string().refine(isOwnerToken, 'invalid owner token'),
  }),
} as const;

/** The operations of v3 requests. */
export type RequestOp = keyof typeof requestHeaderSchemas;

/** True when `op` is a v3 request operation. */
export function isRequestOp(op: unknown): op is RequestOp {
  return typeof op === 'string' && Object.hasOwn(requestHeaderSchemas, op);
}

import { encodeBase64Url } from '@pastenym/crypto';
import { isBase64UrlText } from '../internal/base64.js';

/** Request ids are 16 random bytes in base64url: unguessable, so replies cannot be spoofed. */
export const REQUEST_ID_BYTES = 16;

/**
 * A fresh random request id (22 base64url characters).
 * @example newRequestId((n) => provider.randomBytes(n)) // 'q4Yt0R9yq4E2dD9H0s2l3Q'
 */
export function newRequestId(rng: (length: number) => Uint8Array): string {
  return encodeBase64Url(rng(REQUEST_ID_BYTES));
}

/** Request ids: 8 to 64 base64url characters (ours are 22). */
export function isRequestId(text: unknown): text is string {
  return typeof text === 'string' && isBase64UrlText(text, 8, 64);
}

/** Paste ids: 4 to 64 base64url characters (v2 ids are 8, v3 servers choose their length). */
export function isPasteId(text: unknown): text is string {
  return typeof text === 'string' && isBase64UrlText(text, 4, 64);
}

/** Owner tokens: 16 to 128 base64url characters. */
export function isOwnerToken(text: unknown): text is string {
  return typeof text === 'string' && isBase64UrlText(text, 16, 128);
}

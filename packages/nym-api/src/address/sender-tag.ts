import { encodeBase58 } from '@pastenym/crypto';
import { NymApiError } from '../errors.js';
import { decodeBase58Checked } from './base58.js';

/** Length of an anonymous sender tag. */
export const SENDER_TAG_LENGTH = 16;

/** Outcome of parsing a sender tag. */
export type SenderTagResult = { ok: true; tag: Uint8Array } | { ok: false; error: NymApiError };

/**
 * The base58 text of a sender tag, as text mode carries it.
 * @throws {NymApiError} `nym_api.invalid_sender_tag` unless `tag` is 16 bytes
 * @example encodeSenderTag(new Uint8Array(16).fill(8)) // 'zXExeyvPEHUk9rjXTu78T'
 */
export function encodeSenderTag(tag: Uint8Array): string {
  if (tag.length !== SENDER_TAG_LENGTH) {
    throw new NymApiError(
      'nym_api.invalid_sender_tag',
      `a sender tag is ${SENDER_TAG_LENGTH} bytes, got ${tag.length}`,
    );
  }
  return encodeBase58(tag);
}

/**
 * Parses the base58 text of a sender tag, with the real client's messages on failure.
 * @example tryParseSenderTag('zXExeyvPEHUk9rjXTu78T') // { ok: true, tag: 16 bytes of 0x08 }
 */
export function tryParseSenderTag(text: string): SenderTagResult {
  const decoded = decodeBase58Checked(text);
  if (!decoded.ok) {
    const message = `Failed to decode the base58-encoded string - ${decoded.message}`;
    return { ok: false, error: new NymApiError('nym_api.invalid_sender_tag', message) };
  }
  if (decoded.bytes.length !== SENDER_TAG_LENGTH) {
    const message = `Decoded AnonymousSenderTag has invalid length. Expected ${SENDER_TAG_LENGTH}, but got ${decoded.bytes.length}`;
    return { ok: false, error: new NymApiError('nym_api.invalid_sender_tag', message) };
  }
  return { ok: true, tag: decoded.bytes };
}

/**
 * Like {@link tryParseSenderTag}, throwing instead.
 * @throws {NymApiError} `nym_api.invalid_sender_tag`
 */
export function parseSenderTag(text: string): Uint8Array {
  const result = tryParseSenderTag(text);
  if (!result.ok) throw result.error;
  return result.tag;
}

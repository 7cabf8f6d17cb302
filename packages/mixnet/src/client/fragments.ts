import { PAYLOAD_BODY_LENGTH } from '@pastenym/sphinx';
import { ACK_BLOCK_LENGTH } from '../wire/forward-body.js';
import { SEAL_OVERHEAD } from './sealed-content.js';
import { MixnetError } from '../errors.js';

/**
 * Fragment header: message id 8 | index u32 | count u32 | data length u16. Fragments are
 * always padded to full size, so the gateway that sees a packet's plaintext cannot tell a last
 * fragment, or cover traffic (count 0), from any other.
 */
export const FRAGMENT_HEADER_LENGTH = 18;
/**
 * Data per fragment, the same for forward packets (ack block and seal overhead around it) and
 * replies (ack block in front): 2048 - 380 - 48 - 18 = 1602 bytes.
 */
export const FRAGMENT_DATA_LENGTH =
  PAYLOAD_BODY_LENGTH - ACK_BLOCK_LENGTH - SEAL_OVERHEAD - FRAGMENT_HEADER_LENGTH;
export const ENCODED_FRAGMENT_LENGTH = FRAGMENT_HEADER_LENGTH + FRAGMENT_DATA_LENGTH;
/** The largest message: 64 MiB. */
export const MAX_MESSAGE_LENGTH = 64 * 1024 * 1024;

export interface Fragment {
  readonly messageId: Uint8Array;
  readonly index: number;
  readonly count: number;
  readonly data: Uint8Array;
}

/**
 * Splits a message into fragments of at most {@link FRAGMENT_DATA_LENGTH} bytes (an empty
 * message is one empty fragment).
 * @throws {MixnetError} `mixnet.message_too_large`
 */
export function splitMessage(messageId: Uint8Array, message: Uint8Array): Fragment[] {
  if (message.length > MAX_MESSAGE_LENGTH) {
    throw new MixnetError(
      'mixnet.message_too_large',
      `messages are at most ${MAX_MESSAGE_LENGTH} bytes`,
    );
  }
  const count = Math.max(1, Math.ceil(message.length / FRAGMENT_DATA_LENGTH));
  return Array.from({ length: count }, (_, index) => ({
    messageId,
    index,
    count,
    data: message.subarray(index * FRAGMENT_DATA_LENGTH, (index + 1) * FRAGMENT_DATA_LENGTH),
  }));
}

/** Encodes a fragment, padded to {@link ENCODED_FRAGMENT_LENGTH} bytes. */
export function encodeFragment(fragment: Fragment): Uint8Array {
  const out = new Uint8Array(ENCODED_FRAGMENT_LENGTH);
  out.set(fragment.messageId, 0);
  const view = new DataView(out.buffer);
  view.setUint32(8, fragment.index);
  view.setUint32(12, fragment.count);
  view.setUint16(16, fragment.data.length);
  out.set(fragment.data, FRAGMENT_HEADER_LENGTH);
  return out;
}

/** Cover traffic's content: a fragment of count 0, which receivers drop. */
export function coverFragment(): Uint8Array {
  return new Uint8Array(ENCODED_FRAGMENT_LENGTH);
}

/** Decodes a fragment; `undefined` for cover traffic and anything inconsistent. */
export function decodeFragment(bytes: Uint8Array): Fragment | undefined {
  if (bytes.length !== ENCODED_FRAGMENT_LENGTH) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const index = view.getUint32(8);
  const count = view.getUint32(12);
  const length = view.getUint16(16);
  const maxCount = Math.ceil(MAX_MESSAGE_LENGTH / FRAGMENT_DATA_LENGTH);
  if (count < 1 || count > maxCount || index >= count || length > FRAGMENT_DATA_LENGTH)
    return undefined;
  // Every fragment but the last is full, so the parts add up to exactly one message.
  if (index < count - 1 && length !== FRAGMENT_DATA_LENGTH) return undefined;
  const data = bytes.slice(FRAGMENT_HEADER_LENGTH, FRAGMENT_HEADER_LENGTH + length);
  return { messageId: bytes.slice(0, 8), index, count, data };
}

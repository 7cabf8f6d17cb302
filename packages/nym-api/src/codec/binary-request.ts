import { SENDER_TAG_LENGTH } from '../address/sender-tag.js';
import { NymApiError } from '../errors.js';
import { frameOf, lengthPrefix, u32, u64 } from './binary-io.js';
import type { ClientRequest } from './types.js';

/** Request tags of the binary format. */
export const REQUEST_TAG = {
  send: 0x00,
  sendAnonymous: 0x01,
  reply: 0x02,
  selfAddress: 0x03,
  closedConnection: 0x04,
  getLaneQueueLength: 0x05,
} as const satisfies Record<ClientRequest['type'], number>;

const connectionIdOrZero = (id: bigint | null): Uint8Array => u64(id ?? 0n, 'connectionId');

/**
 * Encodes a request in the binary format (u8 tag, big-endian integers, u64 length prefixes).
 * @throws {NymApiError} `nym_api.invalid_request` for a number outside its wire range,
 *   `nym_api.invalid_sender_tag` for a tag that is not 16 bytes
 * @example encodeBinaryRequest({ type: 'selfAddress' }) // Uint8Array [3]
 */
export function encodeBinaryRequest(request: ClientRequest): Uint8Array {
  switch (request.type) {
    case 'send':
      return frameOf(
        REQUEST_TAG.send,
        request.recipient.toBytes(),
        connectionIdOrZero(request.connectionId),
        lengthPrefix(request.message),
        request.message,
      );
    case 'sendAnonymous':
      return frameOf(
        REQUEST_TAG.sendAnonymous,
        u32(request.replySurbs, 'replySurbs'),
        request.recipient.toBytes(),
        connectionIdOrZero(request.connectionId),
        lengthPrefix(request.message),
        request.message,
      );
    case 'reply':
      if (request.senderTag.length !== SENDER_TAG_LENGTH) {
        throw new NymApiError('nym_api.invalid_sender_tag', 'a sender tag is 16 bytes');
      }
      return frameOf(
        REQUEST_TAG.reply,
        request.senderTag,
        connectionIdOrZero(request.connectionId),
        lengthPrefix(request.message),
        request.message,
      );
    case 'selfAddress':
      return frameOf(REQUEST_TAG.selfAddress);
    case 'closedConnection':
    case 'getLaneQueueLength':
      return frameOf(REQUEST_TAG[request.type], u64(request.connectionId, 'connectionId'));
  }
}

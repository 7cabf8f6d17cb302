import { Recipient, RECIPIENT_LENGTH } from '../address/recipient.js';
import { SENDER_TAG_LENGTH } from '../address/sender-tag.js';
import { readLengthPrefixed, readU32, readU64 } from './binary-io.js';
import { REQUEST_TAG } from './binary-request.js';
import { errorResponse, type ClientRequest, type Decoded } from './types.js';

const malformed = (message: string) => ({
  ok: false as const,
  error: errorResponse('malformedRequest', message),
});
const tooShort = (name: string) => ({
  ok: false as const,
  error: errorResponse('tooShortRequest', `not enough data provided to recover '${name}'`),
});

function recipientAt(frame: Uint8Array, offset: number): Decoded<Recipient> {
  const result = Recipient.tryFromBytes(frame.subarray(offset, offset + RECIPIENT_LENGTH));
  if (!result.ok) return malformed(`malformed recipient: ${result.error.message}`);
  return { ok: true, value: result.recipient };
}

// 0 is "no connection id" in the binary format.
const optionalId = (id: bigint): bigint | null => (id === 0n ? null : id);

function decodeSend(frame: Uint8Array): Decoded<ClientRequest> {
  if (frame.length < 1 + RECIPIENT_LENGTH + 16) return tooShort('send');
  const recipient = recipientAt(frame, 1);
  if (!recipient.ok) return recipient;
  const connectionId = optionalId(readU64(frame, 1 + RECIPIENT_LENGTH));
  const message = readLengthPrefixed(frame, 1 + RECIPIENT_LENGTH + 8, 'malformedRequest', 'data');
  if (!message.ok) return message;
  return {
    ok: true,
    value: { type: 'send', recipient: recipient.value, message: message.value, connectionId },
  };
}

function decodeSendAnonymous(frame: Uint8Array): Decoded<ClientRequest> {
  if (frame.length < 5 + RECIPIENT_LENGTH + 16) return tooShort('send_anonymous');
  const replySurbs = readU32(frame, 1);
  const recipient = recipientAt(frame, 5);
  if (!recipient.ok) return recipient;
  const connectionId = optionalId(readU64(frame, 5 + RECIPIENT_LENGTH));
  const message = readLengthPrefixed(frame, 5 + RECIPIENT_LENGTH + 8, 'malformedRequest', 'data');
  if (!message.ok) return message;
  const value = {
    type: 'sendAnonymous' as const,
    recipient: recipient.value,
    message: message.value,
    replySurbs,
    connectionId,
  };
  return { ok: true, value };
}

function decodeReply(frame: Uint8Array): Decoded<ClientRequest> {
  if (frame.length < 1 + SENDER_TAG_LENGTH + 16) return tooShort('reply');
  const senderTag = frame.slice(1, 1 + SENDER_TAG_LENGTH);
  const connectionId = optionalId(readU64(frame, 1 + SENDER_TAG_LENGTH));
  const message = readLengthPrefixed(frame, 1 + SENDER_TAG_LENGTH + 8, 'malformedRequest');
  if (!message.ok) return message;
  return { ok: true, value: { type: 'reply', senderTag, message: message.value, connectionId } };
}

function decodeConnectionCommand(
  frame: Uint8Array,
  type: 'closedConnection' | 'getLaneQueueLength',
): Decoded<ClientRequest> {
  if (frame.length !== 9) {
    const what = type === 'closedConnection' ? 'closed connection' : 'get lane queue lengths';
    return malformed(`The received ${what} has invalid length`);
  }
  return { ok: true, value: { type, connectionId: readU64(frame, 1) } };
}

/**
 * Decodes a binary request exactly as the real nym-client does, checks in the same order and
 * with the same messages; never throws.
 * @example decodeBinaryRequest(Uint8Array.of(9)) // { ok: false, error: { kind: 'unknownRequest', message: '9 does not correspond to any valid request tag' } }
 */
export function decodeBinaryRequest(frame: Uint8Array): Decoded<ClientRequest> {
  if (frame.length === 0) {
    return { ok: false, error: errorResponse('emptyRequest', 'no data provided') };
  }
  const tag = frame[0]!;
  switch (tag) {
    case REQUEST_TAG.send:
      return decodeSend(frame);
    case REQUEST_TAG.sendAnonymous:
      return decodeSendAnonymous(frame);
    case REQUEST_TAG.reply:
      return decodeReply(frame);
    case REQUEST_TAG.selfAddress:
      // The real client ignores anything after the tag here.
      return { ok: true, value: { type: 'selfAddress' } };
    case REQUEST_TAG.closedConnection:
      return decodeConnectionCommand(frame, 'closedConnection');
    case REQUEST_TAG.getLaneQueueLength:
      return decodeConnectionCommand(frame, 'getLaneQueueLength');
    default:
      return {
        ok: false,
        error: errorResponse(
          'unknownRequest',
          `${tag} does not correspond to any valid request tag`,
        ),
      };
  }
}

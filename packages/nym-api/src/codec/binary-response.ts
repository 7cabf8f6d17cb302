import { Recipient, RECIPIENT_LENGTH } from '../address/recipient.js';
import { SENDER_TAG_LENGTH } from '../address/sender-tag.js';
import { frameOf, lengthPrefix, readLengthPrefixed, readU64, u64 } from './binary-io.js';
import { errorKindCode, errorKindFromCode } from './error-kind.js';
import { errorResponse, type Decoded, type ServerResponse } from './types.js';

/** Response tags of the binary format. */
export const RESPONSE_TAG = {
  error: 0x00,
  received: 0x01,
  selfAddress: 0x02,
  laneQueueLength: 0x03,
} as const satisfies Record<ServerResponse['type'], number>;

/**
 * Encodes a response in the binary format. A binary error carries only the detail; the kind
 * travels as its code byte.
 * @example encodeBinaryResponse({ type: 'laneQueueLength', lane: 1n, queueLength: 0 }).length // 17
 */
export function encodeBinaryResponse(response: ServerResponse): Uint8Array {
  switch (response.type) {
    case 'error': {
      const text = new TextEncoder().encode(response.message);
      return frameOf(RESPONSE_TAG.error, errorKindCode(response.kind), lengthPrefix(text), text);
    }
    case 'received':
      return response.senderTag === null
        ? frameOf(RESPONSE_TAG.received, 0, lengthPrefix(response.message), response.message)
        : frameOf(
            RESPONSE_TAG.received,
            1,
            response.senderTag,
            lengthPrefix(response.message),
            response.message,
          );
    case 'selfAddress':
      return frameOf(RESPONSE_TAG.selfAddress, response.address.toBytes());
    case 'laneQueueLength':
      return frameOf(
        RESPONSE_TAG.laneQueueLength,
        u64(response.lane, 'lane'),
        u64(BigInt(response.queueLength), 'queueLength'),
      );
  }
}

const fail = (kind: 'tooShortResponse' | 'malformedResponse', message: string) => ({
  ok: false as const,
  error: errorResponse(kind, message),
});
const tooShort = (name: string) =>
  fail('tooShortResponse', `not enough data provided to recover '${name}'`);

function decodeReceived(frame: Uint8Array): Decoded<ServerResponse> {
  if (frame.length < 2 + 8) return tooShort('received');
  const flag = frame[1]!;
  if (flag > 1) return fail('malformedResponse', `invalid sender tag flag ${flag}`);
  const offset = flag === 1 ? 2 + SENDER_TAG_LENGTH : 2;
  if (frame.length < offset + 8) return tooShort('received');
  const senderTag = flag === 1 ? frame.slice(2, offset) : null;
  const message = readLengthPrefixed(frame, offset, 'malformedResponse');
  if (!message.ok) return message;
  return { ok: true, value: { type: 'received', message: message.value, senderTag } };
}

function decodeSelfAddress(frame: Uint8Array): Decoded<ServerResponse> {
  if (frame.length !== 1 + RECIPIENT_LENGTH) return tooShort('self_address');
  const result = Recipient.tryFromBytes(frame.subarray(1));
  if (!result.ok) return fail('malformedResponse', `malformed Recipient: ${result.error.message}`);
  return { ok: true, value: { type: 'selfAddress', address: result.recipient } };
}

function decodeLaneQueueLength(frame: Uint8Array): Decoded<ServerResponse> {
  // The real client reads past the end here; we check the exact length instead.
  if (frame.length !== 17) return tooShort('lane_queue_length');
  const queueLength = readU64(frame, 9);
  if (queueLength > BigInt(Number.MAX_SAFE_INTEGER)) {
    return fail('malformedResponse', `queue length ${queueLength} is too large`);
  }
  return {
    ok: true,
    value: { type: 'laneQueueLength', lane: readU64(frame, 1), queueLength: Number(queueLength) },
  };
}

function decodeError(frame: Uint8Array): Decoded<ServerResponse> {
  if (frame.length < 2 + 8) return tooShort('error');
  const kind = errorKindFromCode(frame[1]!);
  if (kind === undefined) return fail('malformedResponse', `${frame[1]} is not a valid error kind`);
  const text = readLengthPrefixed(frame, 2, 'malformedResponse');
  if (!text.ok) return text;
  try {
    const message = new TextDecoder('utf-8', { fatal: true }).decode(text.value);
    return { ok: true, value: errorResponse(kind, message) };
  } catch {
    return fail('malformedResponse', 'malformed error message: invalid utf-8 sequence');
  }
}

/**
 * Decodes a binary response (what an application receives); never throws.
 * @example decodeBinaryResponse(hex('01000000000000000005666f6f6d70')) // received "foomp", no tag
 */
export function decodeBinaryResponse(frame: Uint8Array): Decoded<ServerResponse> {
  if (frame.length === 0)
    return { ok: false, error: errorResponse('emptyResponse', 'no data provided') };
  const tag = frame[0]!;
  switch (tag) {
    case RESPONSE_TAG.error:
      return decodeError(frame);
    case RESPONSE_TAG.received:
      return decodeReceived(frame);
    case RESPONSE_TAG.selfAddress:
      return decodeSelfAddress(frame);
    case RESPONSE_TAG.laneQueueLength:
      return decodeLaneQueueLength(frame);
    default:
      return {
        ok: false,
        error: errorResponse(
          'unknownResponse',
          `${tag} does not correspond to any valid response tag`,
        ),
      };
  }
}

import { Recipient } from '../address/recipient.js';
import { encodeSenderTag, tryParseSenderTag } from '../address/sender-tag.js';
import { u64 } from './binary-io.js';
import { errorKindText, splitErrorText } from './error-kind.js';
import { RESPONSE_SCHEMA } from './json/schemas.js';
import { readTaggedJson, writeJsonObject } from './json/tagged-json.js';
import type { FieldValue } from './json/variant.js';
import { errorResponse, type Decoded, type ServerResponse } from './types.js';
import { utf8DecodeLossy, utf8Encode } from './utf8.js';

/**
 * Encodes a response as the JSON of a text frame. `received` bytes are decoded lossily (invalid
 * UTF-8 becomes U+FFFD), and an error reads `"<kind text>:<detail>"`, as in the real client.
 * @example encodeTextResponse({ type: 'laneQueueLength', lane: 3n, queueLength: 0 }) // '{"type":"laneQueueLength","lane":3,"queue_length":0}'
 */
export function encodeTextResponse(response: ServerResponse): string {
  switch (response.type) {
    case 'received':
      return writeJsonObject([
        ['type', 'received'],
        ['message', utf8DecodeLossy(response.message)],
        ['senderTag', response.senderTag === null ? null : encodeSenderTag(response.senderTag)],
      ]);
    case 'selfAddress':
      return writeJsonObject([
        ['type', 'selfAddress'],
        ['address', response.address.toString()],
      ]);
    case 'laneQueueLength':
      u64(response.lane, 'lane'); // range check
      return writeJsonObject([
        ['type', 'laneQueueLength'],
        ['lane', response.lane],
        ['queue_length', response.queueLength],
      ]);
    case 'error':
      return writeJsonObject([
        ['type', 'error'],
        ['message', `${errorKindText(response.kind)}:${response.message}`],
      ]);
  }
}

const malformed = (message: string) => ({
  ok: false as const,
  error: errorResponse('malformedResponse', message),
});
const str = (fields: ReadonlyMap<string, FieldValue>, name: string) => fields.get(name) as string;

/**
 * Decodes the JSON of a text frame from a nym-client; never throws.
 * @example decodeTextResponse('{"type":"error","message":"other:boom"}') // error, kind 'other', message 'boom'
 */
export function decodeTextResponse(text: string): Decoded<ServerResponse> {
  const read = readTaggedJson(text, RESPONSE_SCHEMA);
  if (!read.ok) return malformed(read.message);
  const { fields } = read;
  switch (read.variant) {
    case 'received': {
      const tagText = fields.get('senderTag') as string | null;
      let senderTag: Uint8Array | null = null;
      if (tagText !== null) {
        const parsed = tryParseSenderTag(tagText);
        if (!parsed.ok) return malformed(parsed.error.message);
        senderTag = parsed.tag;
      }
      return {
        ok: true,
        value: { type: 'received', message: utf8Encode(str(fields, 'message')), senderTag },
      };
    }
    case 'selfAddress': {
      const parsed = Recipient.tryParse(str(fields, 'address'));
      if (!parsed.ok) return malformed(parsed.error.message);
      return { ok: true, value: { type: 'selfAddress', address: parsed.recipient } };
    }
    case 'laneQueueLength': {
      const queueLength = fields.get('queue_length') as bigint;
      if (queueLength > BigInt(Number.MAX_SAFE_INTEGER)) {
        return malformed(`queue length ${queueLength} is too large`);
      }
      const lane = fields.get('lane') as bigint;
      return {
        ok: true,
        value: { type: 'laneQueueLength', lane, queueLength: Number(queueLength) },
      };
    }
    default: {
      const { kind, message } = splitErrorText(str(fields, 'message'));
      return { ok: true, value: errorResponse(kind, message) };
    }
  }
}

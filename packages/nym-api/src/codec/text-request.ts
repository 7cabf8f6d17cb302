import { Recipient } from '../address/recipient.js';
import { encodeSenderTag, tryParseSenderTag } from '../address/sender-tag.js';
import { NymApiError } from '../errors.js';
import { u32, u64 } from './binary-io.js';
import { REQUEST_SCHEMA } from './json/schemas.js';
import { readTaggedJson, writeJsonObject } from './json/tagged-json.js';
import type { FieldValue } from './json/variant.js';
import { errorResponse, type ClientRequest, type Decoded } from './types.js';
import { utf8DecodeStrict, utf8Encode } from './utf8.js';

function textOf(message: Uint8Array): string {
  const text = utf8DecodeStrict(message);
  if (text === null) {
    throw new NymApiError(
      'nym_api.invalid_message',
      'text mode carries only UTF-8 messages; use binary mode',
    );
  }
  return text;
}

function connectionIdField(id: bigint | null): bigint | null {
  if (id !== null) u64(id, 'connectionId'); // range check
  return id;
}

/**
 * Encodes a request as the JSON of a text frame, fields in the real client's order.
 * @throws {NymApiError} `nym_api.invalid_message` when the message is not UTF-8 (text mode
 *   carries strings), `nym_api.invalid_request` for `closedConnection` and
 *   `getLaneQueueLength` (binary only) or a number out of range
 * @example encodeTextRequest({ type: 'selfAddress' }) // '{"type":"selfAddress"}'
 */
export function encodeTextRequest(request: ClientRequest): string {
  switch (request.type) {
    case 'send':
      return writeJsonObject([
        ['type', 'send'],
        ['message', textOf(request.message)],
        ['recipient', request.recipient.toString()],
        ['connectionId', connectionIdField(request.connectionId)],
      ]);
    case 'sendAnonymous':
      u32(request.replySurbs, 'replySurbs');
      return writeJsonObject([
        ['type', 'sendAnonymous'],
        ['recipient', request.recipient.toString()],
        ['message', textOf(request.message)],
        ['replySurbs', request.replySurbs],
        ['connectionId', connectionIdField(request.connectionId)],
      ]);
    case 'reply':
      return writeJsonObject([
        ['type', 'reply'],
        ['senderTag', encodeSenderTag(request.senderTag)],
        ['message', textOf(request.message)],
        ['connectionId', connectionIdField(request.connectionId)],
      ]);
    case 'selfAddress':
      return writeJsonObject([['type', 'selfAddress']]);
    case 'closedConnection':
    case 'getLaneQueueLength':
      throw new NymApiError(
        'nym_api.invalid_request',
        `${request.type} exists only in binary mode`,
      );
  }
}

const malformed = (message: string) => ({
  ok: false as const,
  error: errorResponse('malformedRequest', message),
});

// The schema guarantees each field's type; these only narrow it for TypeScript.
const str = (fields: ReadonlyMap<string, FieldValue>, name: string) => fields.get(name) as string;
const int = (fields: ReadonlyMap<string, FieldValue>, name: string) => fields.get(name) as bigint;
const optionalInt = (fields: ReadonlyMap<string, FieldValue>, name: string) =>
  fields.get(name) as bigint | null;

/**
 * Decodes the JSON of a text frame as the real client does: serde_json's messages for bad
 * JSON, then the address or sender tag checks; every failure is `malformedRequest`.
 * @example decodeTextRequest('{"type":"selfAddress"}') // { ok: true, value: { type: 'selfAddress' } }
 */
export function decodeTextRequest(text: string): Decoded<ClientRequest> {
  const read = readTaggedJson(text, REQUEST_SCHEMA);
  if (!read.ok) return malformed(read.message);
  const { fields } = read;
  const connectionId = optionalInt(fields, 'connectionId');
  switch (read.variant) {
    case 'send':
    case 'sendAnonymous': {
      const parsed = Recipient.tryParse(str(fields, 'recipient'));
      if (!parsed.ok) return malformed(parsed.error.message);
      const message = utf8Encode(str(fields, 'message'));
      const recipient = parsed.recipient;
      if (read.variant === 'send')
        return { ok: true, value: { type: 'send', recipient, message, connectionId } };
      const replySurbs = Number(int(fields, 'replySurbs'));
      return {
        ok: true,
        value: { type: 'sendAnonymous', recipient, message, replySurbs, connectionId },
      };
    }
    case 'reply': {
      const tag = tryParseSenderTag(str(fields, 'senderTag'));
      if (!tag.ok) return malformed(tag.error.message);
      const message = utf8Encode(str(fields, 'message'));
      return { ok: true, value: { type: 'reply', senderTag: tag.tag, message, connectionId } };
    }
    default:
      return { ok: true, value: { type: 'selfAddress' } };
  }
}

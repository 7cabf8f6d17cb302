import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { encodeHex } from '@pastenym/crypto';
import {
  decodeBinaryRequest,
  decodeBinaryResponse,
  encodeBinaryRequest,
  encodeBinaryResponse,
  encodeSenderTag,
  parseSenderTag,
  Recipient,
  type ClientRequest,
  type ErrorKind,
  type ServerResponse,
} from '../src/index.js';
import { hex, utf8 } from './helpers.js';

interface Vectors {
  recipient: { text: string; hex: string };
  requests: { name: string; hex: string; request: RequestVector }[];
  responses: { name: string; hex: string; response: ResponseVector }[];
  senderTag: { bytes: string; base58: string };
}
interface RequestVector {
  type: 'send' | 'sendAnonymous' | 'selfAddress' | 'closedConnection';
  message?: string;
  replySurbs?: number;
  connectionId?: string;
}
type ResponseVector =
  | { type: 'received'; message: string; senderTag: null }
  | { type: 'error'; kind: ErrorKind; message: string };

const vectors = JSON.parse(
  readFileSync(new URL('./vectors/nym-client-websocket.json', import.meta.url), 'utf8'),
) as Vectors;
const R = Recipient.parse(vectors.recipient.text);
const expand = (template: string): string => template.replace('{R}', vectors.recipient.hex);

function requestOf(v: RequestVector): ClientRequest {
  const connectionId = v.connectionId === undefined ? null : BigInt(v.connectionId);
  switch (v.type) {
    case 'send':
      return { type: 'send', recipient: R, message: utf8(v.message!), connectionId };
    case 'sendAnonymous':
      return {
        type: 'sendAnonymous',
        recipient: R,
        message: utf8(v.message!),
        replySurbs: v.replySurbs!,
        connectionId,
      };
    case 'closedConnection':
      return { type: 'closedConnection', connectionId: connectionId! };
    default:
      return { type: 'selfAddress' };
  }
}

function responseOf(v: ResponseVector): ServerResponse {
  if (v.type === 'error') return { type: 'error', kind: v.kind, message: v.message };
  return { type: 'received', message: utf8(v.message), senderTag: null };
}

describe('conformance vectors of the reference', () => {
  it('the test recipient is these 96 bytes, both ways', () => {
    expect(encodeHex(R.toBytes())).toBe(vectors.recipient.hex);
    expect(Recipient.fromBytes(hex(vectors.recipient.hex)).toString()).toBe(vectors.recipient.text);
  });

  for (const vector of vectors.requests) {
    it(`request ${vector.name}`, () => {
      const request = requestOf(vector.request);
      expect(encodeHex(encodeBinaryRequest(request))).toBe(expand(vector.hex));
      expect(decodeBinaryRequest(hex(expand(vector.hex)))).toEqual({ ok: true, value: request });
    });
  }

  for (const vector of vectors.responses) {
    it(`response ${vector.name}`, () => {
      const response = responseOf(vector.response);
      expect(encodeHex(encodeBinaryResponse(response))).toBe(vector.hex);
      expect(decodeBinaryResponse(hex(vector.hex))).toEqual({ ok: true, value: response });
    });
  }

  it('sender tag of sixteen 0x08 bytes in base58', () => {
    expect(encodeSenderTag(hex(vectors.senderTag.bytes))).toBe(vectors.senderTag.base58);
    expect(parseSenderTag(vectors.senderTag.base58)).toEqual(hex(vectors.senderTag.bytes));
  });
});

import { concatBytes } from '@pastenym/crypto';
import { decodeUtf8Strict, isRecord, parseJson } from '../internal/json.js';
import { readU32, u32Bytes } from '../internal/bytes.js';
import type { DecodeFailure } from './error-codes.js';

/**
 * Magic bytes of every v3 message: 0x89 then "PNY". 0x89 can start neither JSON, nor base64,
 * nor UTF-8 text, nor the Nym SDK framing (whose first byte is the high byte of a small u64,
 * i.e. 0x00), so one byte comparison tells v3 from every v2 encoding.
 */
export const V3_MAGIC: Uint8Array = Uint8Array.of(0x89, 0x50, 0x4e, 0x59);
/** The protocol version this module speaks, in the envelope byte and in the header's `v`. */
export const V3_VERSION = 3;
/** Magic (4) + version (1) + header length (u32). */
export const ENVELOPE_PREFIX_BYTES = 9;

/** True when `bytes` start with the v3 magic (whatever the version byte says). */
export function isV3Message(bytes: Uint8Array): boolean {
  return V3_MAGIC.every((byte, i) => bytes[i] === byte);
}

/**
 * Frames a JSON header and a raw body: `magic | version | u32 header length | header | body`.
 * The body (a bundle) travels as raw bytes, so big pastes pay no base64.
 */
export function encodeEnvelope(header: Record<string, unknown>, body?: Uint8Array): Uint8Array {
  const json = new TextEncoder().encode(JSON.stringify(header));
  const prefix = concatBytes(V3_MAGIC, Uint8Array.of(V3_VERSION), u32Bytes(json.length));
  return concatBytes(prefix, json, body ?? new Uint8Array(0));
}

/** A parsed envelope: the header as a JSON object, the body as a view into the input. */
export interface Envelope {
  readonly header: Record<string, unknown>;
  readonly body: Uint8Array;
}

/** Splits a v3 message into header and body; never throws. */
export function decodeEnvelope(
  bytes: Uint8Array,
  maxHeaderBytes: number,
): { ok: true; envelope: Envelope } | { ok: false; error: DecodeFailure } {
  if (bytes.length < ENVELOPE_PREFIX_BYTES || !isV3Message(bytes)) {
    return fail('request.malformed', 'not a v3 message');
  }
  if (bytes[4] !== V3_VERSION) {
    return fail('request.unsupported_version', `unsupported version ${bytes[4]}`);
  }
  const headerLength = readU32(bytes, 5);
  if (headerLength > maxHeaderBytes) return fail('request.too_large', 'header too large');
  if (headerLength > bytes.length - ENVELOPE_PREFIX_BYTES) {
    return fail('request.malformed', 'header length exceeds the message');
  }
  const end = ENVELOPE_PREFIX_BYTES + headerLength;
  const text = decodeUtf8Strict(bytes.subarray(ENVELOPE_PREFIX_BYTES, end));
  const header = text === undefined ? undefined : parseJson(text);
  if (!isRecord(header)) return fail('request.malformed', 'header is not a JSON object');
  return { ok: true, envelope: { header, body: bytes.subarray(end) } };
}

function fail(code: DecodeFailure['code'], message: string): { ok: false; error: DecodeFailure } {
  return { ok: false, error: { code, message } };
}

import { readU32, writeU32 } from '../internal/bytes.js';
import { decodeUtf8Strict, isRecord, parseJson, utf8Length } from '../internal/json.js';
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

// Encoding is stateless, so one encoder serves every message.
const UTF8 = new TextEncoder();

/** True when `bytes` start with the v3 magic (whatever the version byte says). */
export function isV3Message(bytes: Uint8Array): boolean {
  // Spelt out: this runs on every incoming message.
  return (
    bytes.length >= 4 &&
    bytes[0] === V3_MAGIC[0] &&
    bytes[1] === V3_MAGIC[1] &&
    bytes[2] === V3_MAGIC[2] &&
    bytes[3] === V3_MAGIC[3]
  );
}

/**
 * Frames a JSON header and a raw body: `magic | version | u32 header length | header | body`.
 * The body (a bundle) travels as raw bytes, so big pastes pay no base64.
 */
export function encodeEnvelope(header: Record<string, unknown>, body?: Uint8Array): Uint8Array {
  const json = JSON.stringify(header);
  return frameEnvelope(json, utf8Length(json), body);
}

/**
 * Frames header JSON text of `jsonBytes` UTF-8 bytes and a body, written straight into the
 * message: one allocation, one copy of the body.
 */
export function frameEnvelope(json: string, jsonBytes: number, body?: Uint8Array): Uint8Array {
  const bodyStart = ENVELOPE_PREFIX_BYTES + jsonBytes;
  const out = new Uint8Array(bodyStart + (body?.length ?? 0));
  out.set(V3_MAGIC);
  out[4] = V3_VERSION;
  writeU32(out, 5, jsonBytes);
  UTF8.encodeInto(json, out.subarray(ENVELOPE_PREFIX_BYTES, bodyStart));
  if (body !== undefined) out.set(body, bodyStart);
  return out;
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

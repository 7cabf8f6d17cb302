import { concatBytes, readU64, utf8, writeU64 } from '@pastenym/crypto';
import { tryDecodeBase64 } from '../internal/base64.js';
import { decodeUtf8Strict, isRecord, parseJson } from '../internal/json.js';

/** How a v2 payload arrived; replies to `sdk` requests go back in the same framing. */
export type V2Encoding = 'json' | 'base64' | 'sdk';

/** Largest SDK metadata header accepted (`{"mimeType":...,"headers":...}`). */
const MAX_SDK_HEADER_BYTES = 4096;

/**
 * Finds the JSON text inside a v2 payload, whichever of the three encodings the original
 * backend accepted: the JSON itself, base64 of it, or behind the Nym SDK `send()` framing
 * (`u64 length | {"mimeType":..,"headers":..} | payload`, and the older
 * `kind byte | u64 length | headers | payload`). Never throws.
 */
export function unwrapV2Payload(
  bytes: Uint8Array,
): { ok: true; json: string; encoding: V2Encoding } | { ok: false; reason: string } {
  const inner = sdkPayload(bytes);
  const payload = inner ?? bytes;
  const text = decodeUtf8Strict(payload);
  if (text === undefined) return { ok: false, reason: 'payload is not UTF-8' };
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return { ok: true, json: trimmed, encoding: inner ? 'sdk' : 'json' };
  const decoded = tryDecodeBase64(trimmed.replace(/\s+/g, ''));
  const json = decoded && decodeUtf8Strict(decoded)?.trim();
  if (json?.startsWith('{')) return { ok: true, json, encoding: inner ? 'sdk' : 'base64' };
  return { ok: false, reason: 'payload is neither JSON nor base64 of JSON' };
}

/** The payload behind SDK framing, or `undefined` when `bytes` are not SDK-framed. */
export function sdkPayload(bytes: Uint8Array): Uint8Array | undefined {
  return framedAt(bytes, 0, true) ?? (bytes[0]! <= 1 ? framedAt(bytes, 1, false) : undefined);
}

function framedAt(bytes: Uint8Array, offset: number, needsMime: boolean): Uint8Array | undefined {
  if (bytes.length < offset + 8) return undefined;
  const length = readU64(bytes, offset);
  const start = offset + 8;
  if (length === undefined || length > MAX_SDK_HEADER_BYTES || start + length > bytes.length) {
    return undefined;
  }
  if (needsMime) {
    const header = decodeUtf8Strict(bytes.subarray(start, start + length));
    const meta = header === undefined ? undefined : parseJson(header);
    if (!isRecord(meta) || typeof meta['mimeType'] !== 'string') return undefined;
  }
  return bytes.subarray(start + length);
}

/**
 * Frames a payload as the Nym SDK `send()` does (`u64 length | metadata JSON | payload`), so
 * that SDK clients' text-message events hand the payload over.
 * @example sdkFrame(utf8('{"ipfs": false}'), 'application/json')
 */
export function sdkFrame(payload: Uint8Array, mimeType = 'application/json'): Uint8Array {
  const meta = utf8(JSON.stringify({ mimeType, headers: null }));
  const length = new Uint8Array(8);
  writeU64(length, 0, meta.length);
  return concatBytes(length, meta, payload);
}

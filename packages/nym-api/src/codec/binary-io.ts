import { NymApiError } from '../errors.js';
import { errorResponse, type Decoded } from './types.js';

const U64_MAX = (1n << 64n) - 1n;

/** Builds a frame from parts (a tag byte, fixed fields, length-prefixed data). */
export function frameOf(...parts: readonly (number | Uint8Array)[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += typeof part === 'number' ? 1 : part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    if (typeof part === 'number') out[offset++] = part;
    else {
      out.set(part, offset);
      offset += part.length;
    }
  }
  return out;
}

/**
 * 8 big-endian bytes of a u64.
 * @throws {NymApiError} `nym_api.invalid_request` when `value` is not a u64
 */
export function u64(value: bigint, what = 'u64'): Uint8Array {
  if (value < 0n || value > U64_MAX) {
    throw new NymApiError('nym_api.invalid_request', `${what} out of u64 range`);
  }
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, value);
  return out;
}

/**
 * 4 big-endian bytes of a u32.
 * @throws {NymApiError} `nym_api.invalid_request` when `value` is not a u32
 */
export function u32(value: number, what = 'u32'): Uint8Array {
  if (!Number.isInteger(value) || value < 0 || value > 0xffff_ffff) {
    throw new NymApiError('nym_api.invalid_request', `${what} out of u32 range`);
  }
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

/** Reads a big-endian u64 at `offset` (the caller has checked the length). */
export function readU64(bytes: Uint8Array, offset: number): bigint {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getBigUint64(offset);
}

/** Reads a big-endian u32 at `offset` (the caller has checked the length). */
export function readU32(bytes: Uint8Array, offset: number): number {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(offset);
}

/** The length of `data` as a u64 prefix. */
export function lengthPrefix(data: Uint8Array): Uint8Array {
  return u64(BigInt(data.length));
}

/**
 * Reads `len u64 | data` at `offset`, the data running to the end of the frame; a length that
 * says otherwise is an `errorKind` error about `what`.
 */
export function readLengthPrefixed(
  frame: Uint8Array,
  offset: number,
  errorKind: 'malformedRequest' | 'malformedResponse',
  what = 'message',
): Decoded<Uint8Array> {
  const specified = readU64(frame, offset);
  const data = frame.subarray(offset + 8);
  if (specified !== BigInt(data.length)) {
    const message = `${what} len has inconsistent length. specified: ${specified} got: ${data.length}`;
    return { ok: false, error: errorResponse(errorKind, message) };
  }
  return { ok: true, value: data.slice() };
}

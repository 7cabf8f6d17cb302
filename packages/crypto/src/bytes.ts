/** Small byte helpers shared by every package; no platform APIs. */

/** Concatenates byte arrays into a new one. */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  let length = 0;
  for (const part of parts) length += part.length;
  const out = new Uint8Array(length);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/**
 * Compares two byte arrays in time that depends only on their lengths, never on where they
 * differ: use it for MACs, tags and tokens.
 */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** XORs `source` into `target` in place, over the length of `source`. */
export function xorInto(target: Uint8Array, source: Uint8Array, targetOffset = 0): void {
  for (let i = 0; i < source.length; i++) target[targetOffset + i]! ^= source[i]!;
}

/** True when every byte is zero; runs over the whole array whatever it holds. */
export function isAllZero(bytes: Uint8Array): boolean {
  let acc = 0;
  for (let i = 0; i < bytes.length; i++) acc |= bytes[i]!;
  return acc === 0;
}

/** Writes an unsigned integer below 2^53 as 8 big-endian bytes. */
export function writeU64(target: Uint8Array, offset: number, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`not a u64: ${value}`);
  const high = Math.floor(value / 0x1_0000_0000);
  const low = value >>> 0;
  const view = new DataView(target.buffer, target.byteOffset, target.byteLength);
  view.setUint32(offset, high);
  view.setUint32(offset + 4, low);
}

/**
 * Reads 8 big-endian bytes as a number; returns `undefined` when the value does not fit in
 * a safe integer (callers treat it as malformed input).
 */
export function readU64(source: Uint8Array, offset: number): number | undefined {
  const view = new DataView(source.buffer, source.byteOffset, source.byteLength);
  const high = view.getUint32(offset);
  const low = view.getUint32(offset + 4);
  if (high > 0x1f_ffff) return undefined;
  return high * 0x1_0000_0000 + low;
}

/** UTF-8 encodes a string. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** UTF-8 decodes bytes, replacing invalid sequences with U+FFFD. */
export function fromUtf8(bytes: Uint8Array): string {
  return new TextDecoder().decode(bytes);
}

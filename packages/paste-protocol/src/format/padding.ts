import { readU32, writeU32 } from '../internal/bytes.js';

/**
 * Every padded plaintext is at least this long, so short pastes all look alike: the most that
 * travels as one mixnet fragment of data each way. Its sealed bundle (+90 bytes) in the widest
 * v3 create request (+175 bytes of header, +21 of the mixnet's envelope) is 1,598 bytes, in the
 * widest `paste` reply (+124, +1) 1,527, within a fragment's 1,602. Padding inside a packet
 * costs no packet, so a smaller minimum would hide less for nothing; at 1 KiB, a 1 KiB file was
 * 2 packets each way.
 */
export const MIN_PADDED_BYTES = 1312;
/** Up to this size buckets are powers of two; beyond it, Padmé. */
export const POWER_OF_TWO_LIMIT = 64 * 1024;

/**
 * The padded size of `length` bytes: {@link MIN_PADDED_BYTES} minimum; powers of two from 2 KiB
 * up to 64 KiB (7 buckets, at most 32 KiB of waste); beyond, Padmé (Nikitin et al., PETS 2019), which keeps the top
 * `floor(log2(E)) + 1` bits of the length (E = floor(log2 length)): at most ~12% overhead, and
 * a length leaks only O(log log n) bits.
 * @example paddedLength(70_000) // 71_680
 */
export function paddedLength(length: number): number {
  if (length <= MIN_PADDED_BYTES) return MIN_PADDED_BYTES;
  if (length <= POWER_OF_TWO_LIMIT) return 2 ** Math.ceil(Math.log2(length));
  const exponent = Math.floor(Math.log2(length));
  const keptBits = Math.floor(Math.log2(exponent)) + 1;
  const step = 2 ** (exponent - keptBits);
  return Math.ceil(length / step) * step;
}

/** `u32 length | data | zeros`, to {@link paddedLength} of the whole. */
export function pad(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(paddedLength(data.length + 4));
  writeU32(out, 0, data.length);
  out.set(data, 4);
  return out;
}

/** Reverses {@link pad}; `undefined` unless the length fits and the padding is all zero. */
export function unpad(padded: Uint8Array): Uint8Array | undefined {
  if (padded.length < 4) return undefined;
  const length = readU32(padded, 0);
  if (length > padded.length - 4) return undefined;
  for (let i = 4 + length; i < padded.length; i++) if (padded[i] !== 0) return undefined;
  return padded.subarray(4, 4 + length);
}

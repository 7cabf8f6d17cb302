/**
 * Fixed-width big-endian integers, bounds-checked by the callers. Written out byte by byte:
 * these run on every message, and a DataView per call costs more than the framing around it.
 */

/** Reads a big-endian u32 at `offset`. */
export function readU32(bytes: Uint8Array, offset: number): number {
  return (
    bytes[offset]! * 0x100_0000 +
    bytes[offset + 1]! * 0x1_0000 +
    bytes[offset + 2]! * 0x100 +
    bytes[offset + 3]!
  );
}

/** Writes a big-endian u32 at `offset`. @throws {RangeError} when `value` is not a u32. */
export function writeU32(bytes: Uint8Array, offset: number, value: number): void {
  if (!Number.isInteger(value) || value < 0 || value > 0xffff_ffff) {
    throw new RangeError(`not a u32: ${value}`);
  }
  bytes[offset] = value >>> 24;
  bytes[offset + 1] = (value >>> 16) & 0xff;
  bytes[offset + 2] = (value >>> 8) & 0xff;
  bytes[offset + 3] = value & 0xff;
}

/** A u32 as 4 big-endian bytes. */
export function u32Bytes(value: number): Uint8Array {
  const out = new Uint8Array(4);
  writeU32(out, 0, value);
  return out;
}

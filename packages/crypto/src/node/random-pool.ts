import { randomFillSync } from 'node:crypto';

/** Requests up to this size are served from the pool; larger ones go to the CSPRNG directly. */
const POOLED_MAX = 128;
const POOL_SIZE = 8192;

/**
 * Random bytes for the many small draws of packet building (delays, ack ids, ephemeral keys):
 * one CSPRNG call fills 8 KiB, and each draw copies out bytes that nothing else ever gets.
 * Saves a call into OpenSSL and a Buffer allocation per draw.
 */
export function pooledRandomBytes(): (length: number) => Uint8Array {
  const pool = new Uint8Array(POOL_SIZE);
  let offset = POOL_SIZE;
  return (length) => {
    if (length > POOLED_MAX) return randomFillSync(new Uint8Array(length));
    if (offset + length > POOL_SIZE) {
      randomFillSync(pool);
      offset = 0;
    }
    const bytes = pool.slice(offset, offset + length);
    // Served bytes are wiped from the pool, so a later look at it cannot recover them.
    pool.fill(0, offset, offset + length);
    offset += length;
    return bytes;
  };
}

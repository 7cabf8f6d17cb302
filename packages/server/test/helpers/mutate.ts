// A small seeded generator of random and mutated messages (deterministic, and far faster than
// drawing 100,000 values through a property-testing framework).
import { concatBytes } from '@pastenym/crypto';

/** xorshift32: a fast deterministic stream of 32-bit numbers. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
}

/** Random bytes of a random length up to `max`. */
export function randomMessage(next: () => number, max: number): Uint8Array {
  const bytes = new Uint8Array(next() % (max + 1));
  for (let i = 0; i < bytes.length; i++) bytes[i] = next() & 0xff;
  return bytes;
}

/** One to four mutations of `source`: bit flips, byte changes, cuts, insertions, splices. */
export function mutate(next: () => number, source: Uint8Array, donor: Uint8Array): Uint8Array {
  let bytes: Uint8Array = source.slice();
  const rounds = 1 + (next() % 4);
  for (let round = 0; round < rounds; round++) {
    const at = bytes.length === 0 ? 0 : next() % bytes.length;
    switch (next() % 6) {
      case 0:
        if (bytes.length > 0) bytes[at]! ^= 1 << (next() % 8);
        break;
      case 1:
        if (bytes.length > 0) bytes[at] = next() & 0xff;
        break;
      case 2:
        bytes = bytes.subarray(0, at);
        break;
      case 3: {
        const inserted = randomMessage(next, 16);
        bytes = concatBytes(bytes.subarray(0, at), inserted, bytes.subarray(at));
        break;
      }
      case 4:
        bytes = concatBytes(bytes.subarray(0, at), donor.subarray(next() % (donor.length + 1)));
        break;
      default: {
        // Interesting values where lengths and counts live.
        const value = [0, 0xff, 0x7f, 0x80, 0x30, 0x7b][next() % 6]!;
        if (bytes.length > 0) bytes[at] = value;
      }
    }
  }
  return bytes;
}

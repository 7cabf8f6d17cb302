// Test fixtures: deterministic randomness and a population of nodes with fixed keys.
import type { CryptoProvider } from '@pastenym/crypto';
import { utf8 } from '@pastenym/crypto';
import type { Rng, RouteHop } from '../src/index.js';

/** A reproducible rng: SHA-256 in counter mode over a seed string. Not for production use. */
export function seededRng(crypto: CryptoProvider, seed: string): Rng {
  let counter = 0;
  let pool: Uint8Array = new Uint8Array(0);
  return (length) => {
    const out = new Uint8Array(length);
    let filled = 0;
    while (filled < length) {
      if (pool.length === 0) pool = crypto.sha256(utf8(`${seed}/${counter++}`));
      const take = Math.min(pool.length, length - filled);
      out.set(pool.subarray(0, take), filled);
      pool = pool.subarray(take);
      filled += take;
    }
    return out;
  };
}

export interface TestNode extends RouteHop {
  readonly privateKey: Uint8Array;
}

/** `count` nodes whose keys and addresses derive from `seed`. */
export function makeNodes(crypto: CryptoProvider, count: number, seed = 'nodes'): TestNode[] {
  const rng = seededRng(crypto, seed);
  return Array.from({ length: count }, () => {
    const privateKey = rng(32);
    return { privateKey, publicKey: crypto.x25519.publicKey(privateKey), address: rng(32) };
  });
}

import { ed25519 } from '@noble/curves/ed25519.js';
import type { Ed25519 } from '../provider.js';
import { assertLength } from '../checks.js';

/** Ed25519 on @noble/curves: synchronous, and fast enough for handshakes and descriptors. */
export function nobleEd25519(): Ed25519 {
  return {
    publicKey(seed) {
      assertLength(seed, 32, 'Ed25519 seed');
      return ed25519.getPublicKey(seed);
    },
    sign(seed, message) {
      assertLength(seed, 32, 'Ed25519 seed');
      return ed25519.sign(message, seed);
    },
    verify(publicKey, message, signature) {
      if (publicKey.length !== 32 || signature.length !== 64) return false;
      try {
        return ed25519.verify(signature, message, publicKey);
      } catch {
        return false;
      }
    },
  };
}

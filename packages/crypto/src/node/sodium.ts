import { createRequire } from 'node:module';
import type { CryptoProvider, X25519 } from '../provider.js';
import { CryptoError } from '../errors.js';
import { assertLength, invalidPoint, promiseOf } from '../checks.js';

/** The few functions of the `sodium-native` addon this provider uses. */
interface Sodium {
  crypto_scalarmult(out: Uint8Array, privateKey: Uint8Array, publicKey: Uint8Array): void;
  crypto_scalarmult_base(out: Uint8Array, privateKey: Uint8Array): void;
  crypto_stream_chacha20_xor(
    out: Uint8Array,
    data: Uint8Array,
    nonce: Uint8Array,
    key: Uint8Array,
  ): void;
  crypto_generichash(out: Uint8Array, data: Uint8Array, key?: Uint8Array): void;
}

/**
 * Loads sodium-native if it is installed (it is an optional dependency shipping its own
 * prebuilt binaries). Returns `undefined` when absent unless `required`.
 */
export function loadSodium(required: boolean): Sodium | undefined {
  try {
    return createRequire(import.meta.url)('sodium-native') as Sodium;
  } catch (error) {
    if (required)
      throw new CryptoError('crypto.unsupported', 'sodium-native is not installed', {
        cause: error,
      });
    return undefined;
  }
}

const ZERO_NONCE = new Uint8Array(8);

/** X25519, ChaCha20 and BLAKE2b-512 on libsodium: raw keys, no per-call key import. */
export function sodiumPrimitives(
  sodium: Sodium,
): Pick<CryptoProvider, 'chacha20' | 'blake2b512' | 'x25519'> {
  function sharedSecret(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
    assertLength(privateKey, 32, 'X25519 private key');
    assertLength(publicKey, 32, 'X25519 public key');
    const out = new Uint8Array(32);
    try {
      // libsodium clamps the scalar and fails on the all-zero result, like RFC 7748 says.
      sodium.crypto_scalarmult(out, privateKey, publicKey);
    } catch (error) {
      throw invalidPoint(error);
    }
    return out;
  }
  const x25519: X25519 = {
    publicKey(privateKey) {
      assertLength(privateKey, 32, 'X25519 private key');
      const out = new Uint8Array(32);
      sodium.crypto_scalarmult_base(out, privateKey);
      return out;
    },
    sharedSecret,
    sharedSecretAsync: (privateKey, publicKey) =>
      promiseOf(() => sharedSecret(privateKey, publicKey)),
  };
  return {
    x25519,
    chacha20(key, data, into) {
      assertLength(key, 32, 'ChaCha20 key');
      if (into) assertLength(into, data.length, 'ChaCha20 output');
      const out = into ?? new Uint8Array(data.length);
      // The original ChaCha20 with an 8-byte zero nonce: the same stream as the IETF variant
      // with a zero 12-byte nonce, for any length used here. libsodium works in place too.
      sodium.crypto_stream_chacha20_xor(out, data, ZERO_NONCE, key);
      return out;
    },
    blake2b512(data) {
      const out = new Uint8Array(64);
      sodium.crypto_generichash(out, data);
      return out;
    },
  };
}

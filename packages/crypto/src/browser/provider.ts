import { sha256 } from '@noble/hashes/sha2.js';
import { hmac } from '@noble/hashes/hmac.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { blake2b } from '@noble/hashes/blake2.js';
import { ctr } from '@noble/ciphers/aes.js';
import { chacha20 } from '@noble/ciphers/chacha.js';
import type { CryptoProvider } from '../provider.js';
import { assertGcmParameters, assertLength, authFailed } from '../checks.js';
import { webX25519 } from './x25519-web.js';
import { nobleEd25519 } from './ed25519.js';

const ZERO_NONCE = new Uint8Array(12);
const MAX_RANDOM_CHUNK = 65_536; // getRandomValues refuses more per call

function subtle(): SubtleCrypto {
  return globalThis.crypto.subtle;
}

async function gcmKey(key: Uint8Array, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  return subtle().importKey('raw', key as BufferSource, 'AES-GCM', false, [usage]);
}

function gcmParams(iv: Uint8Array, aad: Uint8Array): AesGcmParams {
  return { name: 'AES-GCM', iv: iv as BufferSource, additionalData: aad as BufferSource };
}

/**
 * The browser provider: WebCrypto where it has the primitive (X25519, AES-GCM, randomness),
 * @noble/* for the synchronous symmetric primitives WebCrypto lacks or only has as promises.
 * Also runs in Node (which has WebCrypto), where the shared suite compares it with the Node one.
 */
export function createBrowserCrypto(): CryptoProvider {
  return {
    name: 'webcrypto+noble',
    randomBytes(length) {
      const out = new Uint8Array(length);
      for (let offset = 0; offset < length; offset += MAX_RANDOM_CHUNK) {
        globalThis.crypto.getRandomValues(out.subarray(offset, offset + MAX_RANDOM_CHUNK));
      }
      return out;
    },
    sha256: (data) => sha256(data),
    hmacSha256: (key, data) => hmac(sha256, key, data),
    hkdfSha256: (ikm, salt, info, length) => hkdf(sha256, ikm, salt, info, length),
    aes128Ctr(key, iv, data) {
      assertLength(key, 16, 'AES-128 key');
      assertLength(iv, 16, 'AES-CTR iv');
      return ctr(key, iv).encrypt(data);
    },
    chacha20(key, data, into) {
      assertLength(key, 32, 'ChaCha20 key');
      if (into) assertLength(into, data.length, 'ChaCha20 output');
      return chacha20(key, ZERO_NONCE, data, into);
    },
    blake2b512: (data) => blake2b(data, { dkLen: 64 }),
    x25519: webX25519(),
    ed25519: nobleEd25519(),
    aes256Gcm: {
      async seal(key, iv, plaintext, aad) {
        assertGcmParameters(key, iv);
        const sealed = await subtle().encrypt(
          gcmParams(iv, aad),
          await gcmKey(key, 'encrypt'),
          plaintext as BufferSource,
        );
        return new Uint8Array(sealed);
      },
      async open(key, iv, ciphertext, aad) {
        assertGcmParameters(key, iv);
        try {
          const opened = await subtle().decrypt(
            gcmParams(iv, aad),
            await gcmKey(key, 'decrypt'),
            ciphertext as BufferSource,
          );
          return new Uint8Array(opened);
        } catch (error) {
          throw authFailed(error);
        }
      },
    },
  };
}

import * as nodeCrypto from 'node:crypto';
import type { CryptoProvider } from '../provider.js';
import { assertGcmParameters, assertLength, authFailed, promiseOf } from '../checks.js';
import { keyObjectX25519 } from './x25519-keyobject.js';
import { keyObjectEd25519 } from './ed25519.js';
import { loadSodium, sodiumPrimitives } from './sodium.js';
import { pooledRandomBytes } from './random-pool.js';

/** Which engine computes X25519 (and, with sodium, ChaCha20 and BLAKE2b). */
export interface NodeCryptoOptions {
  /**
   * `keyobject`: node:crypto only, keys imported from JWK (never DER: 60x slower).
   * `sodium`: the optional `sodium-native` addon, which takes raw keys and so saves a key
   * import per operation (about 40% of a Sphinx hop). `auto` (default): sodium when installed.
   */
  readonly engine?: 'auto' | 'keyobject' | 'sodium';
}

const ZERO_IV = new Uint8Array(16);

function view(buffer: Buffer | ArrayBuffer): Uint8Array {
  return buffer instanceof ArrayBuffer
    ? new Uint8Array(buffer)
    : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/**
 * The Node provider: node:crypto for everything, sodium-native for X25519, ChaCha20 and
 * BLAKE2b when it is installed (or asked for).
 * @throws {CryptoError} `crypto.unsupported` when `engine: 'sodium'` and the addon is missing.
 * @example const crypto = createNodeCrypto(); crypto.sha256(bytes);
 */
export function createNodeCrypto(options: NodeCryptoOptions = {}): CryptoProvider {
  const engine = options.engine ?? 'auto';
  const sodium = engine === 'keyobject' ? undefined : loadSodium(engine === 'sodium');
  const fast = sodium ? sodiumPrimitives(sodium) : undefined;
  return {
    name: fast ? 'node:crypto+sodium' : 'node:crypto',
    randomBytes: pooledRandomBytes(),
    sha256: (data) => view(nodeCrypto.createHash('sha256').update(data).digest()),
    hmacSha256: (key, data) => view(nodeCrypto.createHmac('sha256', key).update(data).digest()),
    hkdfSha256: (ikm, salt, info, length) =>
      view(nodeCrypto.hkdfSync('sha256', ikm, salt, info, length)),
    aes128Ctr(key, iv, data) {
      assertLength(key, 16, 'AES-128 key');
      assertLength(iv, 16, 'AES-CTR iv');
      return view(nodeCrypto.createCipheriv('aes-128-ctr', key, iv).update(data));
    },
    chacha20:
      fast?.chacha20 ??
      ((key, data, into) => {
        assertLength(key, 32, 'ChaCha20 key');
        if (into) assertLength(into, data.length, 'ChaCha20 output');
        const out = view(nodeCrypto.createCipheriv('chacha20', key, ZERO_IV).update(data));
        if (!into) return out;
        into.set(out);
        return into;
      }),
    blake2b512:
      fast?.blake2b512 ??
      ((data) => view(nodeCrypto.createHash('blake2b512').update(data).digest())),
    x25519: fast?.x25519 ?? keyObjectX25519(),
    ed25519: keyObjectEd25519(),
    aes256Gcm: {
      seal: (key, iv, plaintext, aad) =>
        promiseOf(() => {
          assertGcmParameters(key, iv);
          const cipher = nodeCrypto.createCipheriv('aes-256-gcm', key, iv);
          cipher.setAAD(aad);
          const body = cipher.update(plaintext);
          const final = cipher.final();
          return view(Buffer.concat([body, final, cipher.getAuthTag()]));
        }),
      open: (key, iv, ciphertext, aad) =>
        promiseOf(() => {
          assertGcmParameters(key, iv);
          if (ciphertext.length < 16) throw authFailed();
          try {
            const decipher = nodeCrypto.createDecipheriv('aes-256-gcm', key, iv);
            decipher.setAAD(aad);
            decipher.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
            const body = decipher.update(ciphertext.subarray(0, ciphertext.length - 16));
            return view(Buffer.concat([body, decipher.final()]));
          } catch (error) {
            throw authFailed(error);
          }
        }),
    },
  };
}

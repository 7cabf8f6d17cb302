import { x25519 as nobleX25519 } from '@noble/curves/ed25519.js';
import type { X25519 } from '../provider.js';
import { assertLength, invalidPoint, promiseOf } from '../checks.js';

// PKCS#8 wrapper of a raw X25519 private key (RFC 8410): WebCrypto has no raw private import.
const PKCS8_PREFIX = Uint8Array.from([
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x6e, 0x04, 0x22, 0x04, 0x20,
]);

function nobleSharedSecret(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
  assertLength(privateKey, 32, 'X25519 private key');
  assertLength(publicKey, 32, 'X25519 public key');
  try {
    return nobleX25519.getSharedSecret(privateKey, publicKey);
  } catch (error) {
    // noble refuses the all-zero result of a low-order point, like OpenSSL and libsodium.
    throw invalidPoint(error);
  }
}

/**
 * X25519 for browsers: synchronous calls use @noble/curves (about 1 ms each: fine for a few
 * operations), asynchronous ones WebCrypto (native speed), falling back to noble where the
 * browser has no WebCrypto X25519.
 */
export function webX25519(): X25519 {
  const privateKeys = new WeakMap<Uint8Array, Promise<CryptoKey>>();
  let webCryptoWorks: Promise<boolean> | undefined;

  // Probed once with a fresh key pair, so that a bad point is never mistaken for no support.
  function hasWebX25519(): Promise<boolean> {
    webCryptoWorks ??= globalThis.crypto.subtle
      .generateKey({ name: 'X25519' }, false, ['deriveBits'])
      .then(
        () => true,
        () => false,
      );
    return webCryptoWorks;
  }

  function importPrivate(privateKey: Uint8Array): Promise<CryptoKey> {
    let key = privateKeys.get(privateKey);
    if (!key) {
      const pkcs8 = new Uint8Array(48);
      pkcs8.set(PKCS8_PREFIX);
      pkcs8.set(privateKey, 16);
      key = globalThis.crypto.subtle.importKey('pkcs8', pkcs8, { name: 'X25519' }, false, [
        'deriveBits',
      ]);
      privateKeys.set(privateKey, key);
    }
    return key;
  }

  async function webSharedSecret(
    privateKey: Uint8Array,
    publicKey: Uint8Array,
  ): Promise<Uint8Array> {
    const subtle = globalThis.crypto.subtle;
    const publicObject = await subtle.importKey(
      'raw',
      publicKey as BufferSource,
      { name: 'X25519' },
      false,
      [],
    );
    const bits = await subtle.deriveBits(
      { name: 'X25519', public: publicObject },
      await importPrivate(privateKey),
      256,
    );
    return new Uint8Array(bits);
  }

  return {
    publicKey(privateKey) {
      assertLength(privateKey, 32, 'X25519 private key');
      return nobleX25519.getPublicKey(privateKey);
    },
    sharedSecret: nobleSharedSecret,
    async sharedSecretAsync(privateKey, publicKey) {
      assertLength(privateKey, 32, 'X25519 private key');
      assertLength(publicKey, 32, 'X25519 public key');
      if (!(await hasWebX25519())) return promiseOf(() => nobleSharedSecret(privateKey, publicKey));
      try {
        return await webSharedSecret(privateKey, publicKey);
      } catch (error) {
        throw invalidPoint(error);
      }
    },
  };
}

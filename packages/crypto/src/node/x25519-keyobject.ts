import * as nodeCrypto from 'node:crypto';
import type { X25519 } from '../provider.js';
import { assertLength, invalidPoint, promiseOf } from '../checks.js';
import { equalBytes } from '../bytes.js';

const b64url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');
// JWK import requires an `x` member but OpenSSL recomputes it from `d`; any value will do.
const IGNORED_X = b64url(new Uint8Array(32));

/**
 * X25519 on node:crypto KeyObjects. Keys are imported from JWK (6-40 us) rather than DER
 * (100-500 us); private keys are cached per array object so a node's long-lived key is
 * imported once.
 */
export function keyObjectX25519(): X25519 {
  const privateKeys = new WeakMap<Uint8Array, nodeCrypto.KeyObject>();

  function privateKeyObject(privateKey: Uint8Array): nodeCrypto.KeyObject {
    let key = privateKeys.get(privateKey);
    if (!key) {
      assertLength(privateKey, 32, 'X25519 private key');
      key = nodeCrypto.createPrivateKey({
        key: { kty: 'OKP', crv: 'X25519', d: b64url(privateKey), x: IGNORED_X },
        format: 'jwk',
      });
      privateKeys.set(privateKey, key);
    }
    return key;
  }

  // A Sphinx hop uses the same alpha twice in a row (shared secret, then blinding): remember
  // the last public key imported, by array object, to import it once.
  let lastPublic: { bytes: Uint8Array; copy: Uint8Array; key: nodeCrypto.KeyObject } | undefined;

  function publicKeyObject(publicKey: Uint8Array): nodeCrypto.KeyObject {
    if (lastPublic?.bytes === publicKey && equalBytes(lastPublic.copy, publicKey))
      return lastPublic.key;
    assertLength(publicKey, 32, 'X25519 public key');
    const key = nodeCrypto.createPublicKey({
      key: { kty: 'OKP', crv: 'X25519', x: b64url(publicKey) },
      format: 'jwk',
    });
    lastPublic = { bytes: publicKey, copy: Uint8Array.from(publicKey), key };
    return key;
  }

  function sharedSecret(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
    const privateObject = privateKeyObject(privateKey);
    const publicObject = publicKeyObject(publicKey);
    let secret: Buffer;
    try {
      secret = nodeCrypto.diffieHellman({ privateKey: privateObject, publicKey: publicObject });
    } catch (error) {
      // OpenSSL refuses the all-zero result of a low-order point.
      throw invalidPoint(error);
    }
    return new Uint8Array(secret.buffer, secret.byteOffset, secret.byteLength);
  }

  return {
    publicKey(privateKey) {
      const jwk = nodeCrypto
        .createPublicKey(privateKeyObject(privateKey))
        .export({ format: 'jwk' });
      return new Uint8Array(Buffer.from(jwk.x ?? '', 'base64url'));
    },
    sharedSecret,
    sharedSecretAsync: (privateKey, publicKey) =>
      promiseOf(() => sharedSecret(privateKey, publicKey)),
  };
}

import * as nodeCrypto from 'node:crypto';
import type { Ed25519 } from '../provider.js';
import { assertLength } from '../checks.js';

const b64url = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64url');

/** Ed25519 on node:crypto KeyObjects imported from JWK; seeds cached per array object. */
export function keyObjectEd25519(): Ed25519 {
  const privateKeys = new WeakMap<Uint8Array, nodeCrypto.KeyObject>();
  function privateKey(seed: Uint8Array): nodeCrypto.KeyObject {
    let key = privateKeys.get(seed);
    if (!key) {
      assertLength(seed, 32, 'Ed25519 seed');
      // JWK import wants `x`; derive it once from the seed through a PKCS#8 import.
      const pkcs8 = Buffer.concat([Buffer.from('302e020100300506032b657004220420', 'hex'), seed]);
      key = nodeCrypto.createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
      privateKeys.set(seed, key);
    }
    return key;
  }
  return {
    publicKey(seed) {
      const jwk = nodeCrypto.createPublicKey(privateKey(seed)).export({ format: 'jwk' });
      return new Uint8Array(Buffer.from(jwk.x ?? '', 'base64url'));
    },
    sign: (seed, message) => new Uint8Array(nodeCrypto.sign(null, message, privateKey(seed))),
    verify(publicKey, message, signature) {
      if (publicKey.length !== 32 || signature.length !== 64) return false;
      try {
        const key = nodeCrypto.createPublicKey({
          key: { kty: 'OKP', crv: 'Ed25519', x: b64url(publicKey) },
          format: 'jwk',
        });
        return nodeCrypto.verify(null, message, key, signature);
      } catch {
        return false;
      }
    },
  };
}

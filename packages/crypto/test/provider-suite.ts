// The one compliance suite every CryptoProvider passes: published known-answer vectors,
// error behaviour, and byte-for-byte agreement with a reference provider.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CryptoProvider } from '../src/index.js';
import { CryptoError, decodeHex as hex, encodeHex, utf8 } from '../src/index.js';

const bytes = (min: number, max: number) => fc.uint8Array({ minLength: min, maxLength: max });
const key32 = fc.uint8Array({ minLength: 32, maxLength: 32 });

/** Runs the suite against `provider`; `reference` (another provider) must give the same bytes. */
export function runProviderSuite(provider: CryptoProvider, reference: CryptoProvider): void {
  describe(`CryptoProvider ${provider.name}`, () => {
    it('hashes with SHA-256 and BLAKE2b-512 (known answers)', () => {
      expect(encodeHex(provider.sha256(utf8('abc')))).toBe(
        'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
      );
      expect(encodeHex(provider.blake2b512(utf8('abc')))).toBe(
        'ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1' +
          '7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923',
      );
    });

    it('computes HMAC-SHA256 (RFC 4231 case 2) and HKDF-SHA256 (RFC 5869 case 1)', () => {
      expect(
        encodeHex(provider.hmacSha256(utf8('Jefe'), utf8('what do ya want for nothing?'))),
      ).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
      const okm = provider.hkdfSha256(
        new Uint8Array(22).fill(0x0b),
        hex('000102030405060708090a0b0c'),
        hex('f0f1f2f3f4f5f6f7f8f9'),
        42,
      );
      expect(encodeHex(okm)).toBe(
        '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
      );
    });

    it('runs AES-128-CTR (SP 800-38A F.5.1) and ChaCha20 (RFC 8439 A.1 #1)', () => {
      const ct = provider.aes128Ctr(
        hex('2b7e151628aed2a6abf7158809cf4f3c'),
        hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'),
        hex('6bc1bee22e409f96e93d7e117393172a'),
      );
      expect(encodeHex(ct)).toBe('874d6191b620e3261bef6864990db6ce');
      expect(encodeHex(provider.chacha20(new Uint8Array(32), new Uint8Array(64)))).toBe(
        '76b8e0ada0f13d90405d6ae55386bd28bdd219b8a08ded1aa836efcc8b770dc7' +
          'da41597c5157488d7724e03fb8d84a376a43b8f41518a11cc387b669b2ee6586',
      );
    });

    it('computes X25519 (RFC 7748 5.2), sync and async', async () => {
      const scalar = hex('a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4');
      const point = hex('e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c');
      const expected = 'c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552';
      expect(encodeHex(provider.x25519.sharedSecret(scalar, point))).toBe(expected);
      expect(encodeHex(await provider.x25519.sharedSecretAsync(scalar, point))).toBe(expected);
    });

    it('agrees on X25519 key agreement between two parties', async () => {
      const a = provider.randomBytes(32);
      const b = provider.randomBytes(32);
      const ab = provider.x25519.sharedSecret(a, provider.x25519.publicKey(b));
      const ba = await provider.x25519.sharedSecretAsync(b, provider.x25519.publicKey(a));
      expect(ab).toEqual(ba);
    });

    it('refuses low-order points with crypto.invalid_point, sync and async', async () => {
      const key = provider.randomBytes(32);
      const zero = new Uint8Array(32);
      const one = new Uint8Array(32);
      one[0] = 1;
      for (const point of [zero, one]) {
        expect(() => provider.x25519.sharedSecret(key, point)).toThrow(
          expect.objectContaining({ code: 'crypto.invalid_point' }),
        );
        await expect(provider.x25519.sharedSecretAsync(key, point)).rejects.toMatchObject({
          code: 'crypto.invalid_point',
        });
      }
    });

    it('refuses keys of the wrong length with crypto.invalid_key', () => {
      expect(() => provider.x25519.sharedSecret(new Uint8Array(31), new Uint8Array(32))).toThrow(
        CryptoError,
      );
      expect(() =>
        provider.aes128Ctr(new Uint8Array(15), new Uint8Array(16), new Uint8Array(1)),
      ).toThrow(expect.objectContaining({ code: 'crypto.invalid_key' }));
      expect(() => provider.chacha20(new Uint8Array(16), new Uint8Array(1))).toThrow(CryptoError);
      expect(() =>
        provider.chacha20(new Uint8Array(32), new Uint8Array(8), new Uint8Array(7)),
      ).toThrow(CryptoError);
    });

    it('seals and opens AES-256-GCM (NIST test case 14); tampering fails', async () => {
      const key = new Uint8Array(32);
      const iv = new Uint8Array(12);
      const sealed = await provider.aes256Gcm.seal(key, iv, new Uint8Array(16), new Uint8Array(0));
      expect(encodeHex(sealed)).toBe(
        'cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919',
      );
      expect(await provider.aes256Gcm.open(key, iv, sealed, new Uint8Array(0))).toEqual(
        new Uint8Array(16),
      );
      const tampered = Uint8Array.from(sealed);
      tampered[3]! ^= 1;
      await expect(
        provider.aes256Gcm.open(key, iv, tampered, new Uint8Array(0)),
      ).rejects.toMatchObject({
        code: 'crypto.auth_failed',
      });
      await expect(provider.aes256Gcm.open(key, iv, sealed, utf8('aad'))).rejects.toMatchObject({
        code: 'crypto.auth_failed',
      });
      await expect(
        provider.aes256Gcm.open(key, iv, sealed.subarray(0, 10), new Uint8Array(0)),
      ).rejects.toMatchObject({
        code: 'crypto.auth_failed',
      });
    });

    it('accepts the long IVs of legacy ciphertexts and refuses short ones', async () => {
      const key = provider.randomBytes(32);
      const iv = provider.randomBytes(16);
      const sealed = await provider.aes256Gcm.seal(key, iv, utf8('legacy'), new Uint8Array(0));
      expect(sealed).toEqual(
        await reference.aes256Gcm.seal(key, iv, utf8('legacy'), new Uint8Array(0)),
      );
      await expect(
        provider.aes256Gcm.seal(key, new Uint8Array(8), utf8('x'), new Uint8Array(0)),
      ).rejects.toMatchObject({
        code: 'crypto.invalid_key',
      });
    });

    it('produces the same bytes as the reference provider for random inputs', async () => {
      fc.assert(
        fc.property(bytes(0, 3000), bytes(0, 80), key32, (data, small, key) => {
          expect(provider.sha256(data)).toEqual(reference.sha256(data));
          expect(provider.blake2b512(data)).toEqual(reference.blake2b512(data));
          expect(provider.hmacSha256(small, data)).toEqual(reference.hmacSha256(small, data));
          expect(provider.hkdfSha256(data, small, small, 288)).toEqual(
            reference.hkdfSha256(data, small, small, 288),
          );
          expect(provider.aes128Ctr(key.subarray(0, 16), key.subarray(16), data)).toEqual(
            reference.aes128Ctr(key.subarray(0, 16), key.subarray(16), data),
          );
          const stream = reference.chacha20(key, data);
          expect(provider.chacha20(key, data)).toEqual(stream);
          const into = new Uint8Array(data.length);
          expect(provider.chacha20(key, data, into)).toBe(into);
          expect(into).toEqual(stream);
          const inPlace = data.slice();
          expect(provider.chacha20(key, inPlace, inPlace)).toEqual(stream);
        }),
        { numRuns: 60 },
      );
      await fc.assert(
        fc.asyncProperty(key32, key32, bytes(0, 500), bytes(0, 40), async (a, b, data, aad) => {
          const pub = reference.x25519.publicKey(b);
          expect(provider.x25519.publicKey(b)).toEqual(pub);
          const expected = reference.x25519.sharedSecret(a, pub);
          expect(provider.x25519.sharedSecret(a, pub)).toEqual(expected);
          expect(await provider.x25519.sharedSecretAsync(a, pub)).toEqual(expected);
          const iv = a.subarray(0, 12);
          const sealed = await provider.aes256Gcm.seal(b, iv, data, aad);
          expect(sealed).toEqual(await reference.aes256Gcm.seal(b, iv, data, aad));
          expect(await reference.aes256Gcm.open(b, iv, sealed, aad)).toEqual(data);
        }),
        { numRuns: 30 },
      );
    });

    it('signs with Ed25519 (RFC 8032 test 2) and verifies like the reference', () => {
      const seed = hex('4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb');
      const message = hex('72');
      const publicKey = provider.ed25519.publicKey(seed);
      expect(encodeHex(publicKey)).toBe(
        '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
      );
      const signature = provider.ed25519.sign(seed, message);
      expect(encodeHex(signature)).toBe(
        '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da' +
          '085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
      );
      expect(provider.ed25519.verify(publicKey, message, signature)).toBe(true);
      expect(reference.ed25519.verify(publicKey, message, signature)).toBe(true);
      const forged = Uint8Array.from(signature);
      forged[5]! ^= 1;
      expect(provider.ed25519.verify(publicKey, message, forged)).toBe(false);
      expect(provider.ed25519.verify(publicKey, hex('73'), signature)).toBe(false);
      expect(provider.ed25519.verify(new Uint8Array(31), message, signature)).toBe(false);
      expect(provider.ed25519.verify(new Uint8Array(32).fill(0xff), message, signature)).toBe(
        false,
      );
    });

    it('returns fresh random bytes of any length', () => {
      const big = provider.randomBytes(200_000);
      expect(big.length).toBe(200_000);
      expect(provider.randomBytes(32)).not.toEqual(provider.randomBytes(32));
      expect(big.subarray(100_000, 100_032)).not.toEqual(new Uint8Array(32));
    });
  });
}

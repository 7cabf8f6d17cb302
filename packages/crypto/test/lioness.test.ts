import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Lioness, LIONESS_KEY_LENGTH } from '../src/index.js';
import { createNodeCrypto } from '../src/node/index.js';
import { createBrowserCrypto } from '../src/browser/index.js';

const node = createNodeCrypto();
const browser = createBrowserCrypto();
const key = fc.uint8Array({ minLength: LIONESS_KEY_LENGTH, maxLength: LIONESS_KEY_LENGTH });
const block = fc.uint8Array({ minLength: 33, maxLength: 2100 });

describe('Lioness', () => {
  it('decrypts what it encrypts, with identical bytes on every provider', () => {
    fc.assert(
      fc.property(key, block, (k, plain) => {
        const a = Uint8Array.from(plain);
        const b = Uint8Array.from(plain);
        new Lioness(node, k).encryptInPlace(a);
        new Lioness(browser, k).encryptInPlace(b);
        expect(a).toEqual(b);
        expect(a).not.toEqual(plain);
        new Lioness(node, k).decryptInPlace(a);
        expect(a).toEqual(plain);
      }),
      { numRuns: 50 },
    );
  });

  it('garbles the whole block when one ciphertext bit flips (wide-block property)', () => {
    fc.assert(
      fc.property(key, fc.nat(2047 * 8), (k, bit) => {
        const plain = new Uint8Array(2048);
        const cipher = Uint8Array.from(plain);
        const lioness = new Lioness(node, k);
        lioness.encryptInPlace(cipher);
        cipher[bit >> 3]! ^= 1 << (bit & 7);
        lioness.decryptInPlace(cipher);
        // A zero prefix of 16 bytes survives a flip with probability 2^-128.
        expect(cipher.subarray(0, 16)).not.toEqual(new Uint8Array(16));
      }),
      { numRuns: 100 },
    );
  });

  it('refuses bad keys and short blocks', () => {
    expect(() => new Lioness(node, new Uint8Array(191))).toThrow(
      expect.objectContaining({ code: 'crypto.invalid_key' }),
    );
    expect(() =>
      new Lioness(node, new Uint8Array(192)).encryptInPlace(new Uint8Array(32)),
    ).toThrow();
  });
});

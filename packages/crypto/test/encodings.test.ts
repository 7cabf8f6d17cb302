import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decodeBase58,
  decodeBase64,
  decodeHex,
  encodeBase58,
  encodeBase64,
  encodeBase64Url,
  encodeHex,
} from '../src/index.js';

describe('base58', () => {
  it('matches the nym-client conformance vectors', () => {
    expect(encodeBase58(new Uint8Array(16).fill(8))).toBe('zXExeyvPEHUk9rjXTu78T');
    const identity = decodeBase58('CytBseW6yFXUMzz4SGAKdNLGR7q3sJLLYxyBGvutNEQV');
    expect(encodeHex(identity)).toBe(
      'b202f5983ab6ad7e78b5237d005ff4887689be9a2341179b05d382cf80f1dade',
    );
  });

  it('keeps leading zero bytes as leading 1s', () => {
    expect(encodeBase58(Uint8Array.from([0, 0, 1]))).toBe('112');
    expect(decodeBase58('112')).toEqual(Uint8Array.from([0, 0, 1]));
    expect(encodeBase58(new Uint8Array(0))).toBe('');
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (b) => {
        expect(decodeBase58(encodeBase58(b))).toEqual(b);
      }),
    );
  });

  it('rejects characters outside the alphabet', () => {
    for (const bad of ['0', 'O', 'I', 'l', 'ab+', ' a']) {
      expect(() => decodeBase58(bad)).toThrow(
        expect.objectContaining({ code: 'crypto.invalid_encoding' }),
      );
    }
  });
});

describe('base64 and base64url', () => {
  it('encodes RFC 4648 test vectors', () => {
    const cases = ['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'];
    const expected = ['', 'Zg==', 'Zm8=', 'Zm9v', 'Zm9vYg==', 'Zm9vYmE=', 'Zm9vYmFy'];
    cases.forEach((text, i) => {
      const bytes = new TextEncoder().encode(text);
      expect(encodeBase64(bytes)).toBe(expected[i]);
      expect(encodeBase64Url(bytes)).toBe(expected[i]!.replace(/=/g, ''));
      expect(decodeBase64(expected[i]!)).toEqual(bytes);
    });
    expect(encodeBase64Url(Uint8Array.from([0xfb, 0xff]))).toBe('-_8');
    expect(encodeBase64(Uint8Array.from([0xfb, 0xff]))).toBe('+/8=');
  });

  it('round-trips any bytes in both alphabets', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => {
        expect(decodeBase64(encodeBase64Url(b))).toEqual(b);
        expect(decodeBase64(encodeBase64(b))).toEqual(b);
      }),
    );
  });

  it('rejects bad characters, bad padding, bad lengths and non-canonical text', () => {
    for (const bad of ['Zg=', 'Z', 'Zm9v!', 'Zh==', '=Zg=', 'Zg==Zg==', 'Zm 9']) {
      expect(() => decodeBase64(bad), bad).toThrow(
        expect.objectContaining({ code: 'crypto.invalid_encoding' }),
      );
    }
  });
});

describe('hex', () => {
  it('round-trips and rejects junk', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        expect(decodeHex(encodeHex(b))).toEqual(b);
      }),
    );
    expect(() => decodeHex('abc')).toThrow();
    expect(() => decodeHex('zz')).toThrow();
  });
});

import fc from 'fast-check';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { createBrowserCrypto } from '@pastenym/crypto/browser';
import { encodeHex, type CryptoProvider } from '@pastenym/crypto';
import type { PasteContent, PasteOptions } from '../src/index.js';

/** Both providers: every crypto-dependent test runs on each. */
export const providers: readonly CryptoProvider[] = [createNodeCrypto(), createBrowserCrypto()];
export const nodeCrypto = providers[0]!;

/** Content with its attachments' bytes in hex, as the vector files write it. */
export function readableContent({ text, attachments }: PasteContent) {
  return {
    text,
    attachments: attachments.map((a) => ({
      name: a.name,
      type: a.type,
      dataHex: encodeHex(a.data),
    })),
  };
}

/** Request ids as the client makes them, and other base64url strings. */
export const base64UrlString = (min: number, max: number) =>
  fc.string({
    unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'),
    minLength: min,
    maxLength: max,
  });

export const requestIdArb = base64UrlString(8, 64);
export const pasteIdArb = base64UrlString(4, 64);
export const ownerTokenArb = base64UrlString(16, 128);

export const pasteOptionsArb: fc.Arbitrary<PasteOptions> = fc.record({
  expirySeconds: fc.constantFrom(0, 300, 3600, 86_400, 604_800),
  maxViews: fc.option(fc.integer({ min: 1, max: 10_000 }), { nil: null }),
  public: fc.boolean(),
});

export const contentArb: fc.Arbitrary<PasteContent> = fc.record({
  text: fc.string({ unit: 'binary', maxLength: 300 }),
  attachments: fc.array(
    fc.record({
      name: fc.string({ maxLength: 40 }),
      type: fc.constantFrom('text/plain', 'image/png', 'application/octet-stream', ''),
      data: fc.uint8Array({ maxLength: 400 }),
    }),
    { maxLength: 3 },
  ),
});

/** Bytes as a plain array, for readable equality failures. */
export function flipBit(bytes: Uint8Array, index: number, bit = 0): Uint8Array {
  const copy = bytes.slice();
  copy[index] = copy[index]! ^ (1 << bit);
  return copy;
}

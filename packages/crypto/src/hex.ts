import { CryptoError } from './errors.js';

/** Encodes bytes as lowercase hexadecimal. */
export function encodeHex(bytes: Uint8Array): string {
  let out = '';
  for (const byte of bytes) out += byte.toString(16).padStart(2, '0');
  return out;
}

/**
 * Decodes hexadecimal (either case).
 * @throws {CryptoError} `crypto.invalid_encoding` on odd length or a non-hex character.
 */
export function decodeHex(text: string): Uint8Array {
  if (text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) {
    throw new CryptoError('crypto.invalid_encoding', 'invalid hex');
  }
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return out;
}

import { CryptoError } from './errors.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const STANDARD = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < 64; i++) {
  DECODE[ALPHABET.charCodeAt(i)] = i;
  DECODE[STANDARD.charCodeAt(i)] = i;
}

function encodeWith(bytes: Uint8Array, alphabet: string, pad: boolean): string {
  let out = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]!;
    out += alphabet[n & 63]!;
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = bytes[i]! << 16;
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + (pad ? '==' : '');
  } else if (rest === 2) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8);
    out += alphabet[n >> 18]! + alphabet[(n >> 12) & 63]! + alphabet[(n >> 6) & 63]!;
    out += pad ? '=' : '';
  }
  return out;
}

/** Encodes bytes as unpadded base64url (RFC 4648 section 5), safe in URLs and fragments. */
export function encodeBase64Url(bytes: Uint8Array): string {
  return encodeWith(bytes, ALPHABET, false);
}

/** Encodes bytes as padded standard base64 (RFC 4648 section 4). */
export function encodeBase64(bytes: Uint8Array): string {
  return encodeWith(bytes, STANDARD, true);
}

/**
 * Decodes base64 in either alphabet, padded or not. Rejects characters outside the alphabets,
 * misplaced padding and impossible lengths, so that one text has one meaning.
 * @throws {CryptoError} `crypto.invalid_encoding`
 */
export function decodeBase64(text: string): Uint8Array {
  let end = text.length;
  if (end % 4 === 0 && end > 0 && text[end - 1] === '=') end -= text[end - 2] === '=' ? 2 : 1;
  if (end % 4 === 1) throw new CryptoError('crypto.invalid_encoding', 'invalid base64 length');
  const out = new Uint8Array(Math.floor((end * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? DECODE[code]! : -1;
    if (value < 0) throw new CryptoError('crypto.invalid_encoding', `invalid base64 at ${i}`);
    buffer = (buffer << 6) | value;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  // Leftover bits must be zero, or two texts would decode to the same bytes.
  if ((buffer & ((1 << bits) - 1)) !== 0) {
    throw new CryptoError('crypto.invalid_encoding', 'non-canonical base64');
  }
  return out;
}

/** Decodes base64url (or standard base64); alias of {@link decodeBase64} for readability. */
export const decodeBase64Url = decodeBase64;

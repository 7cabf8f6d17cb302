import { PasteProtocolError } from '../errors.js';

/** PBKDF2-HMAC-SHA256 of `password` and `salt` to `length` bytes; injectable for tests. */
export type Pbkdf2 = (
  password: Uint8Array,
  salt: Uint8Array,
  iterations: number,
  length: number,
) => Promise<Uint8Array>;

/**
 * Iterations for paste passwords: OWASP's 2023 figure for PBKDF2-HMAC-SHA256 (600,000), about
 * 0.2-0.5 s in browsers' native WebCrypto; a brute force must pay that per guess *and* already
 * hold the link key, because the password only ever mixes with it.
 */
export const DEFAULT_PASSWORD_ITERATIONS = 600_000;

/** Largest iteration count a bundle may ask for, so a hostile bundle cannot hang its reader. */
export const MAX_PASSWORD_ITERATIONS = 10_000_000;

/**
 * PBKDF2 on WebCrypto (`crypto.subtle`), native in Node and in browsers. Browsers expose it
 * only in secure contexts (https or localhost).
 * @throws {PasteProtocolError} `format.unsupported` when WebCrypto is unavailable.
 */
export const webCryptoPbkdf2: Pbkdf2 = async (password, salt, iterations, length) => {
  const subtle = (globalThis.crypto as typeof globalThis.crypto | undefined)?.subtle;
  if (!subtle) {
    throw new PasteProtocolError(
      'format.unsupported',
      'WebCrypto is unavailable here (pages need https or localhost)',
    );
  }
  const key = await subtle.importKey('raw', copy(password), 'PBKDF2', false, ['deriveBits']);
  const params = { name: 'PBKDF2', hash: 'SHA-256', salt: copy(salt), iterations };
  return new Uint8Array(await subtle.deriveBits(params, key, length * 8));
};

/** A copy backed by a plain ArrayBuffer, as WebCrypto's typings ask. */
function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

// Pastenym v2 pastes as v2 clients sealed them: what our clients write when a server speaks v2
// only, and what tests of other packages use. The legacy reader is checked against frozen
// vectors made without this code (test/vectors).
import { encodeBase64, utf8, type CryptoProvider } from '@pastenym/crypto';
import type { PasteContent } from '../format/content.js';
import { webCryptoPbkdf2, type Pbkdf2 } from '../format/kdf.js';
import type { SjclParams } from '../v2/enc-params.js';

/** SJCL's iteration count as v2 clients used it. */
const SJCL_ITERATIONS = 10_000;
const SALT_BYTES = 8;

const KEY_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
/** Length of the v2 link keys we make: the Go CLI's 32 characters of `[0-9a-z]` (165 bits). */
export const V2_KEY_LENGTH = 32;

/**
 * A fresh v2 link key as the Go CLI made them, 32 characters of `[0-9a-z]`, drawn without
 * modulo bias (bytes of 252 and above are redrawn).
 */
export function newV2Key(rng: (length: number) => Uint8Array): string {
  let key = '';
  while (key.length < V2_KEY_LENGTH) {
    for (const byte of rng(V2_KEY_LENGTH)) {
      if (byte < 252 && key.length < V2_KEY_LENGTH) key += KEY_ALPHABET[byte % 36];
    }
  }
  return key;
}

/** A sealed v2 paste: the `text` and `encParams` fields of a v2 `newText`. */
export interface SealedV2Paste {
  /** base64 of ciphertext || 128-bit tag. */
  readonly text: string;
  readonly encParams: SjclParams;
}

/** The plaintext body every v2 client encrypted (or sent as is, when public). */
export function v2Body(text: string): string {
  return JSON.stringify({ text, file: null });
}

/**
 * The v2 body of `content`: its text and at most one file, whose bytes go as base64 as the Go
 * CLI sent them (the web client's arrays of numbers are 8 times larger; readers take both).
 * @throws {RangeError} for more than one attachment (callers check first)
 */
export function v2BodyOf(content: PasteContent): string {
  if (content.attachments.length > 1) throw new RangeError('v2 holds one file at most');
  const file = content.attachments[0];
  return JSON.stringify({
    text: content.text,
    file: file ? { data: encodeBase64(file.data), filename: file.name, mimeType: file.type } : null,
  });
}

/**
 * Seals `plaintext` the way SJCL (the v2 web client) and the Go CLI did: PBKDF2-HMAC-SHA256 over
 * the key *string* with an 8-byte salt and 10,000 iterations, then AES-256-GCM with empty
 * associated data. `ivBytes` is 12 for both clients, 16 for SJCL's default.
 * @example const { text, encParams } = await sealV2Paste({ crypto }, key, v2Body('hi'));
 */
export async function sealV2Paste(
  deps: { crypto: CryptoProvider; pbkdf2?: Pbkdf2 },
  key: string,
  plaintext: string,
  ivBytes: 12 | 16 = 12,
): Promise<SealedV2Paste> {
  const salt = deps.crypto.randomBytes(SALT_BYTES);
  const iv = deps.crypto.randomBytes(ivBytes);
  const pbkdf2 = deps.pbkdf2 ?? webCryptoPbkdf2;
  const aesKey = await pbkdf2(utf8(key), salt, SJCL_ITERATIONS, 32);
  const sealed = await deps.crypto.aes256Gcm.seal(aesKey, iv, utf8(plaintext), new Uint8Array(0));
  return {
    text: encodeBase64(sealed),
    encParams: {
      iv: encodeBase64(iv),
      v: 1,
      iter: SJCL_ITERATIONS,
      ks: 256,
      ts: 128,
      mode: 'gcm',
      adata: '',
      cipher: 'aes',
      salt: encodeBase64(salt),
    },
  };
}

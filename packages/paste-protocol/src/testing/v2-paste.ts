// Pastenym v2 pastes as v2 clients sealed them, for tests that need one (servers relaying them,
// apps opening them). Nothing in the product writes v2 pastes; the legacy reader itself is
// checked against frozen vectors made without this code (test/vectors).
import { encodeBase64, utf8, type CryptoProvider } from '@pastenym/crypto';
import { webCryptoPbkdf2, type Pbkdf2 } from '../format/kdf.js';
import type { SjclParams } from '../v2/enc-params.js';

/** SJCL's iteration count as v2 clients used it. */
const SJCL_ITERATIONS = 10_000;
const SALT_BYTES = 8;

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

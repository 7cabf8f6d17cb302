import type { CryptoProvider } from '@pastenym/crypto';
import { fromUtf8, utf8 } from '@pastenym/crypto';
import { PasteProtocolError } from '../errors.js';
import type { PasteContent } from '../format/content.js';
import { type Pbkdf2, webCryptoPbkdf2 } from '../format/kdf.js';
import { tryDecodeBase64 } from '../internal/base64.js';
import type { SjclParams } from '../v2/enc-params.js';
import { parseV2Body } from './v2-body.js';

/** A stored v2 paste as far as reading it goes. */
export interface LegacyPaste {
  /** The v2 `text` field: base64 ciphertext, or the JSON body of a public paste. */
  readonly text: string;
  /** `null` for public pastes. */
  readonly encParams: SjclParams | null;
}

/**
 * Opens a Pastenym v2 paste: PBKDF2-HMAC-SHA256 over the key *string* as a password with the
 * SJCL salt and iteration count, then AES-256-GCM with the SJCL IV and empty associated data,
 * then the `{text, file}` body. Only the parameters v2 clients produced are supported (GCM,
 * 256-bit keys, 128-bit tags); v2 cannot tell a wrong key from a tampered paste.
 * @throws {PasteProtocolError} `legacy.unsupported` (other SJCL modes/sizes), `format.wrong_key`
 *   (no key given), `legacy.auth_failed` (wrong key or altered ciphertext), `legacy.malformed`.
 * @example await openLegacyPaste({ crypto }, { text, encParams }, '0f3c...')
 */
export async function openLegacyPaste(
  deps: { crypto: CryptoProvider; pbkdf2?: Pbkdf2 },
  paste: LegacyPaste,
  key: string | undefined,
): Promise<PasteContent> {
  const params = paste.encParams;
  const plaintext = params ? await decrypt(deps, paste.text, params, key) : paste.text;
  const content = parseV2Body(plaintext);
  if (!content) throw new PasteProtocolError('legacy.malformed', 'invalid v2 paste body');
  return content;
}

async function decrypt(
  deps: { crypto: CryptoProvider; pbkdf2?: Pbkdf2 },
  text: string,
  params: SjclParams,
  key: string | undefined,
): Promise<string> {
  if (params.mode !== 'gcm' || params.ks !== 256 || params.ts !== 128) {
    throw new PasteProtocolError(
      'legacy.unsupported',
      `SJCL ${params.mode}/${params.ks}/${params.ts} pastes cannot be read`,
    );
  }
  const iv = tryDecodeBase64(params.iv);
  const salt = tryDecodeBase64(params.salt);
  const ciphertext = tryDecodeBase64(text.trim());
  if (!iv || !salt || !ciphertext || ciphertext.length < 16) {
    throw new PasteProtocolError('legacy.malformed', 'invalid v2 ciphertext or parameters');
  }
  if (iv.length < 12) throw new PasteProtocolError('legacy.unsupported', 'IVs under 12 bytes');
  if (!key) throw new PasteProtocolError('format.wrong_key', 'this paste needs its key');
  const pbkdf2 = deps.pbkdf2 ?? webCryptoPbkdf2;
  const aesKey = await pbkdf2(utf8(key), salt, params.iter, 32);
  try {
    return fromUtf8(await deps.crypto.aes256Gcm.open(aesKey, iv, ciphertext, new Uint8Array(0)));
  } catch (error) {
    throw new PasteProtocolError('legacy.auth_failed', 'wrong key or altered paste', {
      cause: error,
    });
  }
}

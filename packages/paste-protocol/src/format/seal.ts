import type { CryptoProvider } from '@pastenym/crypto';
import { concatBytes, utf8 } from '@pastenym/crypto';
import type { PasteOptions } from '../v3/types.js';
import { deflateRaw } from './compress.js';
import { encodeContent, type PasteContent } from './content.js';
import { encodeHeader, CHECK_BYTES, IV_BYTES, SALT_BYTES } from './header.js';
import { DEFAULT_PASSWORD_ITERATIONS, type Pbkdf2, webCryptoPbkdf2 } from './kdf.js';
import { deriveBundleKeys, PASTE_KEY_BYTES } from './keys.js';
import { pad } from './padding.js';

/** What sealing and opening need from the platform. */
export interface FormatDeps {
  readonly crypto: CryptoProvider;
  /** Default: WebCrypto's PBKDF2. */
  readonly pbkdf2?: Pbkdf2;
}

/** How to seal a paste. */
export interface SealOptions extends PasteOptions {
  /** Optional password on top of the link key; never leaves this function. */
  readonly password?: string;
  /** PBKDF2 iterations for the password; default {@link DEFAULT_PASSWORD_ITERATIONS}. */
  readonly passwordIterations?: number;
}

/** A sealed paste: the bundle for the server, and the key for the link (`null` if public). */
export interface SealedPaste {
  readonly bundle: Uint8Array;
  readonly key: Uint8Array | null;
}

/** Compression method byte at the start of the padded plaintext. */
export const COMPRESSION_NONE = 0;
export const COMPRESSION_DEFLATE_RAW = 1;

/**
 * Seals content into a v3 bundle: serialise, compress (kept only when smaller), pad to a size
 * bucket, then AES-256-GCM under a key derived from a fresh random 32-byte link key (and the
 * password, if any), with the whole header as associated data. Public pastes are padded but not
 * encrypted, and only when `options.public` is set.
 * @throws {RangeError} when a public paste is given a password or the password is empty.
 * @example const { bundle, key } = await sealPaste({ crypto }, { text: 'hi', attachments: [] },
 *   { expirySeconds: 86_400, maxViews: 1, public: false })
 */
export async function sealPaste(
  deps: FormatDeps,
  content: PasteContent,
  options: SealOptions,
): Promise<SealedPaste> {
  if (options.password !== undefined && (options.public || options.password === '')) {
    throw new RangeError('a password needs a non-empty value and a private paste');
  }
  const serialised = encodeContent(content);
  const compressed = await deflateRaw(serialised);
  const body = pad(
    compressed.length < serialised.length
      ? concatBytes(Uint8Array.of(COMPRESSION_DEFLATE_RAW), compressed)
      : concatBytes(Uint8Array.of(COMPRESSION_NONE), serialised),
  );
  const { expirySeconds, maxViews } = options;
  const paste = { expirySeconds, maxViews, public: options.public };
  if (options.public) {
    const zero = (n: number) => new Uint8Array(n);
    const header = encodeHeader({
      options: paste,
      passwordProtected: false,
      salt: zero(SALT_BYTES),
      iterations: 0,
      keyCheck: zero(CHECK_BYTES),
      passwordCheck: zero(CHECK_BYTES),
      iv: zero(IV_BYTES),
    });
    return { bundle: concatBytes(header, body), key: null };
  }
  const { crypto } = deps;
  const key = crypto.randomBytes(PASTE_KEY_BYTES);
  const salt = crypto.randomBytes(SALT_BYTES);
  const iv = crypto.randomBytes(IV_BYTES);
  const password = options.password;
  const iterations =
    password === undefined ? 0 : (options.passwordIterations ?? DEFAULT_PASSWORD_ITERATIONS);
  const passwordKey =
    password === undefined
      ? null
      : await (deps.pbkdf2 ?? webCryptoPbkdf2)(
          utf8(password.normalize('NFC')),
          salt,
          iterations,
          32,
        );
  const keys = deriveBundleKeys(crypto, key, passwordKey, salt);
  const header = encodeHeader({
    options: paste,
    passwordProtected: passwordKey !== null,
    salt,
    iterations,
    keyCheck: keys.keyCheck,
    passwordCheck: keys.passwordCheck,
    iv,
  });
  const ciphertext = await crypto.aes256Gcm.seal(keys.contentKey, iv, body, header);
  return { bundle: concatBytes(header, ciphertext), key };
}

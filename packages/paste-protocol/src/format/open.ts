import { equalBytes, utf8 } from '@pastenym/crypto';
import { PasteProtocolError, type PasteProtocolErrorCode } from '../errors.js';
import type { PasteOptions } from '../v3/types.js';
import { inflateRaw } from './compress.js';
import { decodeContent, type PasteContent } from './content.js';
import { decodeHeader, HEADER_BYTES, TAG_BYTES, type BundleHeader } from './header.js';
import { webCryptoPbkdf2 } from './kdf.js';
import { decodePasteKey, deriveBundleKeys } from './keys.js';
import { unpad } from './padding.js';
import { COMPRESSION_DEFLATE_RAW, COMPRESSION_NONE, type FormatDeps } from './seal.js';

/** Default cap on the opened content (after decompression): 64 MiB. */
export const DEFAULT_MAX_CONTENT_BYTES = 64 * 1024 * 1024;

/** An opened paste and the safety options its creator chose (authenticated, unless public). */
export interface OpenedPaste {
  readonly content: PasteContent;
  readonly options: PasteOptions;
  readonly passwordProtected: boolean;
}

/** What a bundle says about itself before any key is involved (to ask for a password early). */
export function readBundleHeader(
  bundle: Uint8Array,
): { options: PasteOptions; passwordProtected: boolean } | undefined {
  const header = decodeHeader(bundle);
  if (typeof header !== 'object') return undefined;
  return { options: header.options, passwordProtected: header.passwordProtected };
}

/**
 * Opens a v3 bundle. Errors tell apart what can be told apart: a key that does not match the
 * key check (`format.wrong_key`), a missing password (`format.password_required`), a password
 * that does not match the password check (`format.wrong_password`), and a bundle whose
 * ciphertext or header was altered (`format.tampered`). Altering a check value itself reads as
 * a wrong key or password.
 * @throws {PasteProtocolError} the codes above, `format.malformed`, `format.unsupported`,
 *   `format.too_large` (content over `maxContentBytes`).
 * @example const { content } = await openPaste({ crypto }, bundle, linkKeyText)
 */
export async function openPaste(
  deps: FormatDeps,
  bundle: Uint8Array,
  key: Uint8Array | string | null,
  options: { password?: string; maxContentBytes?: number } = {},
): Promise<OpenedPaste> {
  const header = decodeHeader(bundle);
  if (header === 'unsupported') throw fail('format.unsupported', 'unknown bundle version');
  if (!header) throw fail('format.malformed', 'invalid bundle header');
  const maxContent = options.maxContentBytes ?? DEFAULT_MAX_CONTENT_BYTES;
  const body = header.options.public
    ? bundle.subarray(HEADER_BYTES)
    : await decrypt(deps, bundle, header, key, options.password);
  const inner = unpad(body);
  if (!inner || inner.length < 1) throw fail('format.malformed', 'invalid padding');
  const method = inner[0];
  const payload = inner.subarray(1);
  if (method === COMPRESSION_NONE && payload.length > maxContent) {
    throw fail('format.too_large', `content exceeds ${maxContent} bytes`);
  }
  const serialised =
    method === COMPRESSION_DEFLATE_RAW
      ? await inflateRaw(payload, maxContent)
      : method === COMPRESSION_NONE
        ? payload
        : undefined;
  const content = serialised && decodeContent(serialised);
  if (!content) throw fail('format.malformed', 'invalid paste content');
  return { content, options: header.options, passwordProtected: header.passwordProtected };
}

async function decrypt(
  deps: FormatDeps,
  bundle: Uint8Array,
  header: BundleHeader,
  key: Uint8Array | string | null,
  password: string | undefined,
): Promise<Uint8Array> {
  const linkKey = typeof key === 'string' ? decodePasteKey(key) : key;
  if (!linkKey) throw fail('format.wrong_key', 'a valid link key is needed to open this paste');
  if (bundle.length < HEADER_BYTES + TAG_BYTES) throw fail('format.malformed', 'bundle too short');
  const { crypto } = deps;
  // The key check is recomputed without the password, so a wrong key is reported before any
  // slow password derivation runs.
  const plain = deriveBundleKeys(crypto, linkKey, null, header.salt);
  if (!equalBytes(plain.keyCheck, header.keyCheck)) throw fail('format.wrong_key', 'wrong key');
  let keys = plain;
  if (header.passwordProtected) {
    if (password === undefined) throw fail('format.password_required', 'a password is needed');
    const pbkdf2 = deps.pbkdf2 ?? webCryptoPbkdf2;
    const pw = await pbkdf2(utf8(password.normalize('NFC')), header.salt, header.iterations, 32);
    keys = deriveBundleKeys(crypto, linkKey, pw, header.salt);
    if (!equalBytes(keys.passwordCheck, header.passwordCheck)) {
      throw fail('format.wrong_password', 'wrong password');
    }
  }
  try {
    const aad = bundle.subarray(0, HEADER_BYTES);
    return await crypto.aes256Gcm.open(
      keys.contentKey,
      header.iv,
      bundle.subarray(HEADER_BYTES),
      aad,
    );
  } catch (error) {
    throw fail('format.tampered', 'the paste was altered', error);
  }
}

function fail(code: PasteProtocolErrorCode, message: string, cause?: unknown): PasteProtocolError {
  return new PasteProtocolError(code, message, cause === undefined ? undefined : { cause });
}

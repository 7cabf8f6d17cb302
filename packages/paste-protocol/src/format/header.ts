import { readU32, writeU32 } from '../internal/bytes.js';
import type { PasteOptions } from '../v3/types.js';
import { MAX_PASSWORD_ITERATIONS } from './kdf.js';

/** Version byte of the bundle format. */
export const FORMAT_VERSION = 3;
export const SALT_BYTES = 16;
export const CHECK_BYTES = 16;
export const IV_BYTES = 12;
export const TAG_BYTES = 16;
/** The fixed header, all of it authenticated as associated data (see docs/protocol.md). */
export const HEADER_BYTES = 74;

const FLAG_PASSWORD = 1;
const FLAG_PUBLIC = 2;

/** The cleartext header of a bundle. */
export interface BundleHeader {
  readonly options: PasteOptions;
  readonly passwordProtected: boolean;
  readonly salt: Uint8Array;
  readonly iterations: number;
  readonly keyCheck: Uint8Array;
  readonly passwordCheck: Uint8Array;
  readonly iv: Uint8Array;
}

/**
 * `u8 version | u8 flags | u32 expiry | u32 max views (0 = unlimited) | salt[16] |
 * u32 iterations | key check[16] | password check[16] | iv[12]`. Unused fields are zero.
 */
export function encodeHeader(header: BundleHeader): Uint8Array {
  const out = new Uint8Array(HEADER_BYTES);
  out[0] = FORMAT_VERSION;
  out[1] =
    (header.passwordProtected ? FLAG_PASSWORD : 0) | (header.options.public ? FLAG_PUBLIC : 0);
  writeU32(out, 2, header.options.expirySeconds);
  writeU32(out, 6, header.options.maxViews ?? 0);
  out.set(header.salt, 10);
  writeU32(out, 26, header.iterations);
  out.set(header.keyCheck, 30);
  out.set(header.passwordCheck, 46);
  out.set(header.iv, 62);
  return out;
}

/**
 * Parses and checks the header: `'unsupported'` for another version, `undefined` for anything
 * inconsistent (unknown flags, public with a password, non-zero unused fields). Never throws.
 */
export function decodeHeader(bundle: Uint8Array): BundleHeader | 'unsupported' | undefined {
  if (bundle.length < 1) return undefined;
  if (bundle[0] !== FORMAT_VERSION) return 'unsupported';
  if (bundle.length < HEADER_BYTES) return undefined;
  const flags = bundle[1]!;
  const passwordProtected = (flags & FLAG_PASSWORD) !== 0;
  const isPublic = (flags & FLAG_PUBLIC) !== 0;
  if (flags & ~(FLAG_PASSWORD | FLAG_PUBLIC) || (isPublic && passwordProtected)) return undefined;
  const maxViews = readU32(bundle, 6);
  const header: BundleHeader = {
    options: { expirySeconds: readU32(bundle, 2), maxViews: maxViews || null, public: isPublic },
    passwordProtected,
    salt: bundle.slice(10, 26),
    iterations: readU32(bundle, 26),
    keyCheck: bundle.slice(30, 46),
    passwordCheck: bundle.slice(46, 62),
    iv: bundle.slice(62, 74),
  };
  const zeroWhenPublic = [header.salt, header.keyCheck, header.iv];
  if (isPublic && zeroWhenPublic.some((field) => field.some((b) => b !== 0))) return undefined;
  if (
    !passwordProtected &&
    (header.iterations !== 0 || header.passwordCheck.some((b) => b !== 0))
  ) {
    return undefined;
  }
  if (passwordProtected && (header.iterations < 1 || header.iterations > MAX_PASSWORD_ITERATIONS)) {
    return undefined;
  }
  return header;
}

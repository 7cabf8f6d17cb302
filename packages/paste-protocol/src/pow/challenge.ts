import type { CryptoProvider } from '@pastenym/crypto';
import { concatBytes, utf8 } from '@pastenym/crypto';
import { writeU32 } from '../internal/bytes.js';
import type { PasteOptions } from '../v3/types.js';

/** Domain separation: these hashes can never be mistaken for any other SHA-256 in the system. */
export const POW_DOMAIN: Uint8Array = utf8('pastenym/pow/v1\0');

/** What a proof of work is bound to: one request, one bundle, one set of options. */
export interface PowBinding {
  readonly requestId: string;
  /** SHA-256 of the bundle. */
  readonly bundleDigest: Uint8Array;
  readonly options: PasteOptions;
}

/**
 * The options as 9 fixed bytes: u32 expiry seconds | u32 max views (0 = unlimited) | u8 public.
 * Fixed-width binary so that no two option sets share an encoding.
 */
export function canonicalOptions(options: PasteOptions): Uint8Array {
  const out = new Uint8Array(9);
  writeU32(out, 0, options.expirySeconds);
  writeU32(out, 4, options.maxViews ?? 0);
  out[8] = options.public ? 1 : 0;
  return out;
}

/**
 * The 32-byte challenge: SHA-256(domain | u8 id length | id | bundle digest | options). Each
 * attempt then hashes only `challenge | nonce` (40 bytes, one SHA-256 block), which keeps
 * solving fast in pure JavaScript while binding the work to everything the request asks for.
 * @throws {RangeError} when the bundle digest is not 32 bytes or the id is longer than 255 bytes.
 * @example powChallenge(provider, { requestId, bundleDigest: provider.sha256(bundle), options })
 */
export function powChallenge(
  crypto: Pick<CryptoProvider, 'sha256'>,
  binding: PowBinding,
): Uint8Array {
  const id = utf8(binding.requestId);
  if (binding.bundleDigest.length !== 32) throw new RangeError('bundle digest must be 32 bytes');
  if (id.length > 255) throw new RangeError('request id too long');
  return crypto.sha256(
    concatBytes(
      POW_DOMAIN,
      Uint8Array.of(id.length),
      id,
      binding.bundleDigest,
      canonicalOptions(binding.options),
    ),
  );
}

/** How many leading zero bits `hash` has (256 for all zeros). */
export function leadingZeroBits(hash: Uint8Array): number {
  let bits = 0;
  for (const byte of hash) {
    if (byte === 0) {
      bits += 8;
      continue;
    }
    return bits + Math.clz32(byte) - 24;
  }
  return bits;
}

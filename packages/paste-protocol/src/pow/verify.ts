import type { CryptoProvider } from '@pastenym/crypto';
import { concatBytes } from '@pastenym/crypto';
import type { PowSolution } from '../v3/types.js';
import { leadingZeroBits, powChallenge, type PowBinding } from './challenge.js';
import { POW_NONCE_BYTES } from './solve.js';

/** The verdict of {@link verifyPow}: maps to no error, `pow.required` or `pow.invalid`. */
export type PowVerdict = 'valid' | 'insufficient' | 'invalid';

/**
 * Checks a proof of work in constant cost (two SHA-256 calls on small inputs; the bundle digest
 * is computed by the caller, who hashes the bundle anyway). `insufficient` when there is no
 * solution (while `requiredDifficulty` > 0) or it claims less than `requiredDifficulty`;
 * `invalid` when the hash has fewer leading zero bits than the solution claims.
 * @example verifyPow(provider, { requestId, bundleDigest, options }, request.pow, 16) === 'valid'
 */
export function verifyPow(
  crypto: Pick<CryptoProvider, 'sha256'>,
  binding: PowBinding,
  solution: PowSolution | null,
  requiredDifficulty: number,
): PowVerdict {
  if (!solution) return requiredDifficulty <= 0 ? 'valid' : 'insufficient';
  if (solution.difficulty < requiredDifficulty) return 'insufficient';
  if (solution.nonce.length !== POW_NONCE_BYTES) return 'invalid';
  const hash = crypto.sha256(concatBytes(powChallenge(crypto, binding), solution.nonce));
  return leadingZeroBits(hash) >= solution.difficulty ? 'valid' : 'invalid';
}

// v3 requests built the way a client builds them. No test runner is needed here, so the
// benchmarks build theirs with these too.
import { createNodeCrypto } from '@pastenym/crypto/node';
import type { PasteOptions, Request } from '@pastenym/paste-protocol';
import {
  createDifficulty,
  DEFAULT_POW_PRICE,
  newRequestId,
  powChallenge,
  solvePow,
} from '@pastenym/paste-protocol';

export const crypto = createNodeCrypto();
/** Low enough that solving is instant, high enough that a random nonce rarely passes. */
export const TEST_DIFFICULTY = 8;

/**
 * A create request with a solved proof of work: by default the test's base difficulty plus the
 * default price of the bundle's size and lifetime.
 */
export function createRequest(
  bundle: Uint8Array,
  options: Partial<PasteOptions> = {},
  difficulty?: number,
): Extract<Request, { op: 'create' }> {
  const id = requestId();
  const pasteOptions = { expirySeconds: 86_400, maxViews: null, public: false, ...options };
  difficulty ??= createDifficulty(
    { difficulty: TEST_DIFFICULTY, price: DEFAULT_POW_PRICE },
    bundle.length,
    pasteOptions.expirySeconds,
  );
  const challenge = powChallenge(crypto, {
    requestId: id,
    bundleDigest: crypto.sha256(bundle),
    options: pasteOptions,
  });
  const nonce = solvePow(crypto, challenge, difficulty);
  return { op: 'create', id, options: pasteOptions, pow: { difficulty, nonce }, bundle };
}

/** A fresh request id. */
export function requestId(): string {
  return newRequestId((n) => crypto.randomBytes(n));
}

// Requests for the benchmark, built (and their proofs of work solved) before any timing.
import type { CryptoProvider } from '@pastenym/crypto';
import {
  decodeReply,
  encodeRequest,
  newRequestId,
  powChallenge,
  solvePow,
} from '@pastenym/paste-protocol';

/** An encoded create request, and how to read the paste id from its reply. */
export interface BenchCreate {
  readonly bytes: Uint8Array;
  readId(reply: Uint8Array | null): string;
}

/** `count` distinct create requests with random bundles and solved proofs of work. */
export function buildCreates(
  crypto: CryptoProvider,
  count: number,
  bundleBytes: number,
  difficulty: number,
): BenchCreate[] {
  return Array.from({ length: count }, () => {
    const id = newRequestId((n) => crypto.randomBytes(n));
    const bundle = crypto.randomBytes(bundleBytes);
    const options = { expirySeconds: 86_400, maxViews: null, public: false };
    const challenge = powChallenge(crypto, {
      requestId: id,
      bundleDigest: crypto.sha256(bundle),
      options,
    });
    const pow = { difficulty, nonce: solvePow(crypto, challenge, difficulty) };
    return {
      bytes: encodeRequest({ op: 'create', id, options, pow, bundle }),
      readId(reply) {
        const decoded = reply === null ? undefined : decodeReply(reply);
        if (!decoded?.ok || decoded.reply.op !== 'created') throw new Error('create failed');
        return decoded.reply.pasteId;
      },
    };
  });
}

/** An encoded get request for `pasteId`. */
export function encodedGet(crypto: CryptoProvider, pasteId: string): Uint8Array {
  return encodeRequest({ op: 'get', id: newRequestId((n) => crypto.randomBytes(n)), pasteId });
}

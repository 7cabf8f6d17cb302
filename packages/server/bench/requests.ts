// Requests for the benchmark, built (and their proofs of work solved) before any timing.
import { decodeReply, encodeRequest } from '@pastenym/paste-protocol';
import { createRequest, crypto, requestId } from '../test/helpers/requests.js';

/** An encoded create request, and how to read the paste id from its reply. */
export interface BenchCreate {
  readonly bytes: Uint8Array;
  readId(reply: Uint8Array | null): string;
}

/** `count` distinct create requests with random bundles and solved proofs of work. */
export function buildCreates(
  count: number,
  bundleBytes: number,
  difficulty: number,
): BenchCreate[] {
  return Array.from({ length: count }, () => {
    const request = createRequest(crypto.randomBytes(bundleBytes), {}, difficulty);
    return {
      bytes: encodeRequest(request),
      readId(reply) {
        const decoded = reply === null ? undefined : decodeReply(reply);
        if (!decoded?.ok || decoded.reply.op !== 'created') throw new Error('create failed');
        return decoded.reply.pasteId;
      },
    };
  });
}

/** An encoded get request for `pasteId`. */
export function encodedGet(pasteId: string): Uint8Array {
  return encodeRequest({ op: 'get', id: requestId(), pasteId });
}

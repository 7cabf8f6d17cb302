import type { CryptoProvider } from '@pastenym/crypto';
import { processPacket, type ProcessResult } from '@pastenym/sphinx';

/**
 * Does the Sphinx work of one node, in this thread or in workers. Replay checking is not its
 * job: results carry the replay tag and the node checks its one filter, so a replay is caught
 * whichever thread processed the original.
 */
export interface PacketProcessor {
  /** Processes a packet; `done` is called exactly once, possibly later. */
  process(packet: Uint8Array, done: (result: ProcessResult) => void): void;
  close(): Promise<void>;
}

/**
 * Processes packets synchronously in the calling thread.
 * @example createSyncProcessor(crypto, keys.sphinxPrivateKey).process(packet, onResult);
 */
export function createSyncProcessor(
  crypto: CryptoProvider,
  sphinxPrivateKey: Uint8Array,
): PacketProcessor {
  return {
    process(packet, done) {
      done(processPacket(crypto, sphinxPrivateKey, packet));
    },
    close: () => Promise.resolve(),
  };
}

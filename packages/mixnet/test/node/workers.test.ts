import { describe, expect, it } from 'vitest';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { createPacket, PACKET_LENGTH, type ProcessResult } from '@pastenym/sphinx';
import { createSyncProcessor, type PacketProcessor } from '../../src/node/packet-processor.js';
import { createWorkerProcessor } from '../../src/node/packet-workers.js';
import { built } from './helpers/built.js';

const crypto = createNodeCrypto();

function run(processor: PacketProcessor, packets: readonly Uint8Array[]): Promise<ProcessResult[]> {
  return Promise.all(
    packets.map((packet) => new Promise<ProcessResult>((done) => processor.process(packet, done))),
  );
}

describe.skipIf(!built)('worker-thread packet processing', () => {
  it('gives the same results as processing in the event loop thread', async () => {
    const key = crypto.randomBytes(32);
    const hop = (privateKey: Uint8Array) => ({
      address: crypto.randomBytes(32),
      publicKey: crypto.x25519.publicKey(privateKey),
    });
    const route = [hop(key), hop(crypto.randomBytes(32))];
    const ctx = { crypto, rng: (n: number) => crypto.randomBytes(n) };
    const packets = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        createPacket(ctx, route, [i, 0], { address: crypto.randomBytes(32) }, Uint8Array.of(i)),
      ),
    );
    packets.push(crypto.randomBytes(PACKET_LENGTH), new Uint8Array(10));
    const workers = await createWorkerProcessor({ threads: 2, sphinxPrivateKey: key });
    try {
      const expected = await run(createSyncProcessor(crypto, key), packets);
      expect(await run(workers, packets)).toEqual(expected);
      expect(expected.filter((result) => result.kind === 'forward')).toHaveLength(100);
    } finally {
      await workers.close();
    }
  });
});

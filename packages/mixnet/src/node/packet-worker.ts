// Worker thread entry: Sphinx processing for one node, in batches. See packet-workers.ts.
import { parentPort, workerData } from 'node:worker_threads';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { PACKET_LENGTH, processPacket } from '@pastenym/sphinx';
import type { WorkerBatch, WorkerResults } from './packet-workers.js';

const crypto = createNodeCrypto();
const { sphinxPrivateKey } = workerData as { sphinxPrivateKey: Uint8Array };
// One long-lived key array: providers cache per-key state by array identity.
const key = Uint8Array.from(sphinxPrivateKey);

parentPort?.on('message', ({ ids, packets }: WorkerBatch) => {
  const results = ids.map((_, i) =>
    processPacket(crypto, key, packets.subarray(i * PACKET_LENGTH, (i + 1) * PACKET_LENGTH)),
  );
  const reply: WorkerResults = { ids, results };
  parentPort?.postMessage(reply);
});

// Loaded: ready for batches.
parentPort?.postMessage('ready');

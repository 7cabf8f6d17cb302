import type { Directory } from './directory.js';
import type { NodeHandle } from './node-handle.js';
import { waitUntil } from './wait.js';

/**
 * Waits until the directory lists exactly the running nodes, then until each of them routes
 * with the directory's current topology (asking laggards to refresh rather than waiting for
 * their next heartbeat).
 * @throws {MixnetError} `mixnet.node_failed` on timeout.
 */
export async function waitForTopology(
  directory: Directory,
  nodes: readonly NodeHandle[],
  timeoutMs: number,
): Promise<void> {
  const running = () => nodes.filter((node) => node.running);
  await waitUntil(
    () => {
      const { mixes, gateways } = directory.signedTopology().topology;
      const listed = new Set([...mixes, ...gateways].map((node) => node.address));
      const live = running();
      return listed.size === live.length && live.every((node) => listed.has(node.address));
    },
    'every running node to be in the topology',
    timeoutMs,
  );
  await waitUntil(
    async () => {
      const epoch = directory.signedTopology().topology.epoch;
      const behind = [];
      for (const node of running()) {
        if ((await node.status()).topologyEpoch !== epoch) behind.push(node);
      }
      // Nodes refresh on their heartbeat; ask the laggards to refresh now.
      await Promise.all(behind.map((node) => node.refreshTopology()));
      return behind.length === 0;
    },
    'every node to route with the current topology',
    timeoutMs,
    50,
  );
}

import type { Transport } from '../client/transport.js';

/**
 * Two transports wired to each other in memory, for tests. Delivery is
 * asynchronous (a microtask later) and copies the bytes, like a real network would.
 * @example const [clientSide, serverSide] = createMemoryTransportPair()
 */
export function createMemoryTransportPair(): [Transport, Transport] {
  const listeners: [Set<(bytes: Uint8Array) => void>, Set<(bytes: Uint8Array) => void>] = [
    new Set(),
    new Set(),
  ];
  const side = (mine: 0 | 1): Transport => ({
    send(bytes) {
      const copy = bytes.slice();
      queueMicrotask(() => {
        for (const listener of listeners[mine === 0 ? 1 : 0]) listener(copy);
      });
      return Promise.resolve();
    },
    onMessage(listener) {
      listeners[mine].add(listener);
      return () => listeners[mine].delete(listener);
    },
  });
  return [side(0), side(1)];
}

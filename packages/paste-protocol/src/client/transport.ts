/**
 * How the client reaches a server: one message out, messages in. Implementations wrap the
 * nym-client websocket (`sendAnonymous` + `received`), the local mixnet client, or the browser
 * SDK (`rawSend` + raw-message events). Messages are whole: framing and fragmentation are the
 * transport's business.
 */
export interface Transport {
  /** Sends one message; resolves once the transport has taken it. */
  send(bytes: Uint8Array): Promise<void>;
  /** Subscribes to incoming messages; returns the unsubscribe function. */
  onMessage(listener: (bytes: Uint8Array) => void): () => void;
}

/**
 * Two transports wired to each other in memory, for tests and in-process use. Delivery is
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

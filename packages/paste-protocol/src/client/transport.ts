/** How far a message has got, in mixnet fragments: `done` of `total`. */
export interface TransferProgress {
  readonly done: number;
  readonly total: number;
}

/** Per-message controls a transport may honour. */
export interface TransportSendOptions {
  /**
   * Reply blocks to attach, for transports over an anonymous sender: as many as the reply
   * needs to start flowing (see `REPLY_BLOCKS`); the replier asks for more by itself.
   */
  readonly replyBlocks?: number;
  /** Told as the message's fragments are acknowledged, when the transport can tell. */
  readonly onProgress?: (progress: TransferProgress) => void;
}

/**
 * How the client reaches a server: one message out, messages in. {@link anonymousTransport}
 * builds one over any mixnet client that can send anonymously (the embedded client, a
 * nym-client websocket, the browser worker or the Nym SDK). Messages are whole: framing and
 * fragmentation are the transport's business.
 */
export interface Transport {
  /** Sends one message; resolves once the transport has taken it (or delivered it). */
  send(bytes: Uint8Array, options?: TransportSendOptions): Promise<void>;
  /** Subscribes to incoming messages; returns the unsubscribe function. */
  onMessage(listener: (bytes: Uint8Array) => void): () => void;
  /**
   * Subscribes to incoming messages still being reassembled (fragments arrived of total), when
   * the transport sees fragments; returns the unsubscribe function.
   */
  onReceiving?(listener: (progress: TransferProgress) => void): () => void;
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

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

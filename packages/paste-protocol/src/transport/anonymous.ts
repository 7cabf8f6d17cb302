import type { TransferProgress, Transport, TransportSendOptions } from '../client/transport.js';
import { REPLY_BLOCKS } from './reply-blocks.js';

/** A message out of the mixnet: replies come untagged; a sender tag marks a stranger writing. */
export interface AnonymousMessage {
  readonly data: Uint8Array;
  readonly senderTag: Uint8Array | null;
}

/**
 * The part of a mixnet client a paste transport needs. The embedded `MixnetClient` is one as it
 * is; a nym-client websocket, the browser's mixnet worker and the Nym SDK each get a thin
 * adapter. The compliance suite in `@pastenym/paste-protocol/testing` checks every one.
 */
export interface AnonymousSender {
  /**
   * Sends `data` to `recipient` with `replyBlocks` reply blocks and our sender tag, never our
   * address; resolves once the client has delivered (or taken) the message.
   */
  sendAnonymous(
    recipient: string,
    data: Uint8Array,
    replyBlocks: number,
    options?: { readonly onProgress?: (progress: { acked: number; total: number }) => void },
  ): Promise<void>;
  onMessage(listener: (message: AnonymousMessage) => void): () => void;
  /** Messages being reassembled, when the client sees fragments. */
  onReceiving?(listener: (progress: { received: number; total: number }) => void): () => void;
}

/**
 * The paste transport over an anonymous sender: each request goes out with the reply blocks
 * its reply needs, progress comes from the client's own per-message count, and only untagged
 * messages (the replies) are passed on.
 * @example new PasteClient({ transport: anonymousTransport(mixnetClient, serverAddress), crypto })
 */
export function anonymousTransport(sender: AnonymousSender, recipient: string): Transport {
  const transport: Transport = {
    send(bytes, options: TransportSendOptions = {}) {
      const { onProgress } = options;
      return sender.sendAnonymous(
        recipient,
        bytes,
        options.replyBlocks ?? REPLY_BLOCKS.small,
        onProgress ? { onProgress: ({ acked, total }) => onProgress({ done: acked, total }) } : {},
      );
    },
    onMessage(listener) {
      return sender.onMessage(({ data, senderTag }) => {
        if (senderTag === null) listener(data);
      });
    },
  };
  const receiving = sender.onReceiving?.bind(sender);
  if (!receiving) return transport;
  return {
    ...transport,
    onReceiving: (listener: (progress: TransferProgress) => void) =>
      receiving(({ received, total }) => listener({ done: received, total })),
  };
}

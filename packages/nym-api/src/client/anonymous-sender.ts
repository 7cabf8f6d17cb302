import type { Recipient } from '../address/recipient.js';
import type { ReceivedMessage } from './events.js';

/** The part of a {@link NymApiClient} an anonymous sender wraps. */
export interface AnonymousCapable {
  sendAnonymous(
    recipient: Recipient | string,
    message: Uint8Array,
    options: { replySurbs: number },
  ): Promise<void>;
  onMessage(listener: (received: ReceivedMessage) => void): () => void;
}

/**
 * A nym-client connection in the shape every mixnet client of this project shares (the one
 * `anonymousTransport` of `@pastenym/paste-protocol` runs over): `sendAnonymous` with a count of
 * reply blocks, and messages as `{ data, senderTag }`. The nym-client reports nothing per
 * packet, so there is no progress: a send resolves once the nym-client has the message.
 * @example anonymousTransport(asAnonymousSender(client), serverAddress)
 */
export function asAnonymousSender(client: AnonymousCapable): {
  sendAnonymous(recipient: string, data: Uint8Array, replyBlocks: number): Promise<void>;
  onMessage(
    listener: (message: { data: Uint8Array; senderTag: Uint8Array | null }) => void,
  ): () => void;
} {
  return {
    sendAnonymous: (recipient, data, replyBlocks) =>
      client.sendAnonymous(recipient, data, { replySurbs: replyBlocks }),
    onMessage: (listener) =>
      client.onMessage(({ message, senderTag }) => listener({ data: message, senderTag })),
  };
}

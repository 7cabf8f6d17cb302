import type { Recipient } from '@pastenym/nym-api';
import type { CliTransport } from './transport.js';

/** The part of nym-api's `NymApiClient` the transport uses. */
export interface NymApiClientLike {
  sendAnonymous(
    recipient: Recipient | string,
    message: Uint8Array,
    options: { replySurbs: number },
  ): Promise<void>;
  onMessage(
    listener: (received: { message: Uint8Array; senderTag: Uint8Array | null }) => void,
  ): () => void;
  close(): Promise<void>;
}

/**
 * A transport over a nym-client websocket (the real nym-client, or this project's stand-in),
 * in binary mode: the v3 protocol is binary and text mode would mangle it. Requests go out
 * with `sendAnonymous` and reply blocks; the nym-client does the mixnet work, so progress is
 * only known per message.
 */
export function nymApiTransport(
  client: NymApiClientLike,
  server: Recipient,
  replySurbs: number,
): CliTransport {
  let sending: { done: number; total: number } | null = null;
  let received = 0;
  return {
    async send(bytes) {
      sending = { done: 0, total: bytes.length };
      await client.sendAnonymous(server, bytes, { replySurbs });
      sending = { done: bytes.length, total: bytes.length };
    },
    onMessage(listener) {
      return client.onMessage(({ message, senderTag }) => {
        if (senderTag !== null) return; // not a reply: someone else writing to us
        received += message.length;
        listener(message);
      });
    },
    traffic: () => ({ sending, received }),
    async close() {
      await client.close().catch(() => undefined);
    },
  };
}

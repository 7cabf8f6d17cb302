import { FRAGMENT_DATA_LENGTH } from '@pastenym/mixnet';
import type { CliTransport } from './transport.js';

/** The part of `MixnetClient` the transport uses. */
export interface MixnetClientLike {
  sendAnonymous(recipient: string, data: Uint8Array, replySurbs: number): Promise<void>;
  onMessage(
    listener: (message: {
      readonly data: Uint8Array;
      readonly senderTag: Uint8Array | null;
    }) => void,
  ): () => void;
  readonly stats: { readonly acked: number; readonly pending: number };
  close(): void;
}

/** Options of {@link mixnetTransport}. */
export interface MixnetTransportOptions {
  readonly client: MixnetClientLike;
  /** The paste server's address, `identity.encryption@gateway`. */
  readonly server: string;
  readonly replySurbs: number;
  /** Packets the gateway delivered to us so far (counted on the websocket). */
  readonly packetsIn: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** How long `close` waits for queued packets (our acks of the reply) to leave; default 2 s. */
  readonly drainMs?: number;
}

/**
 * A transport over an embedded mixnet client: each request goes out with `sendAnonymous`
 * (reply blocks and our sender tag, never our address), and replies come back through the
 * blocks. Sending progress counts acknowledged packets; receiving counts delivered ones.
 */
export function mixnetTransport(options: MixnetTransportOptions): CliTransport {
  const { client } = options;
  let sending: { total: number; packets: number; ackedBefore: number; finished: boolean } | null =
    null;
  return {
    async send(bytes) {
      const packets = Math.max(1, Math.ceil(bytes.length / FRAGMENT_DATA_LENGTH));
      sending = { total: bytes.length, packets, ackedBefore: client.stats.acked, finished: false };
      const current = sending;
      await client.sendAnonymous(options.server, bytes, options.replySurbs);
      current.finished = true;
    },
    onMessage(listener) {
      // Replies come without a sender tag; tagged messages are strangers writing to us.
      return client.onMessage(({ data, senderTag }) => {
        if (senderTag === null) listener(data);
      });
    },
    traffic() {
      const received = options.packetsIn() * FRAGMENT_DATA_LENGTH;
      if (!sending) return { sending: null, received };
      const acked = Math.min(sending.packets, client.stats.acked - sending.ackedBefore);
      const done = sending.finished
        ? sending.total
        : Math.floor((acked / sending.packets) * sending.total);
      return { sending: { done, total: sending.total }, received };
    },
    async close() {
      const deadline = options.drainMs ?? 2000;
      for (let waited = 0; client.stats.pending > 0 && waited < deadline; waited += 50) {
        await options.sleep(50);
      }
      client.close();
    },
  };
}

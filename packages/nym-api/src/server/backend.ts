import type { Recipient } from '../address/recipient.js';

/**
 * Called with each message the backend receives from the mixnet: its bytes, and the sender
 * tag when it was sent with `sendAnonymous` (null otherwise, and for replies).
 */
export type ReceivedListener = (message: Uint8Array, senderTag: Uint8Array | null) => void;

/**
 * What the API server delegates to: a mixnet client. The local stand-in daemon implements it
 * over this project's mixnet; {@link LoopbackNetwork} implements it in memory.
 *
 * `connectionId` is the lane of the real client: null for the general lane. Methods may return
 * a promise; the server handles one request at a time, in order, as the real client does.
 */
export interface ApiBackend {
  /** This client's own address. */
  selfAddress(): Recipient;
  /** Sends bytes to a recipient, without any way to reply. */
  send(
    recipient: Recipient,
    message: Uint8Array,
    connectionId: bigint | null,
  ): void | Promise<void>;
  /** Sends bytes with `replySurbs` reply SURBs and this client's sender tag for `recipient`. */
  sendAnonymous(
    recipient: Recipient,
    message: Uint8Array,
    replySurbs: number,
    connectionId: bigint | null,
  ): void | Promise<void>;
  /** Replies to whoever sent us messages under `senderTag`, without learning their address. */
  reply(
    senderTag: Uint8Array,
    message: Uint8Array,
    connectionId: bigint | null,
  ): void | Promise<void>;
  /** Registers the listener of received messages; returns its removal. */
  onReceived(listener: ReceivedListener): () => void;
  /** Packets waiting to go out on a lane (0 when not implemented). */
  laneQueueLength?(connectionId: bigint): number;
  /** The application says a lane's connection is closed. */
  closeConnection?(connectionId: bigint): void;
}

import type { Recipient } from '../address/recipient.js';
import type { NymApiError } from '../errors.js';

/** A message from the mixnet: its bytes, and the sender tag to `reply` to (anonymous sends only). */
export interface ReceivedMessage {
  message: Uint8Array;
  senderTag: Uint8Array | null;
}

/** What the client reports to subscribers. */
export type NymApiClientEvent =
  | { type: 'connected'; address: Recipient }
  | { type: 'disconnected'; cause?: Error }
  | { type: 'reconnecting'; attempt: number; delayMs: number }
  | ({ type: 'received' } & ReceivedMessage)
  /** An error response nobody waited for, or a frame that could not be decoded. */
  | { type: 'error'; error: NymApiError }
  | { type: 'closed'; error?: NymApiError };

/** Where the client stands: `open` means frames can be written now. */
export type NymApiClientState = 'connecting' | 'open' | 'waiting' | 'closed';

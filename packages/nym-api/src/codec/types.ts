import type { Recipient } from '../address/recipient.js';
import type { ErrorKind } from './error-kind.js';

/**
 * A websocket data frame. The nym-client answers in the frame type of the last request, so
 * the type of a frame is part of the protocol, not a detail of the transport.
 */
export type Frame = { type: 'text'; text: string } | { type: 'binary'; bytes: Uint8Array };

/** Frame type of the API: binary frames carry the tagged binary format, text frames JSON. */
export type FrameMode = Frame['type'];

/**
 * A request from an application to its nym-client. `connectionId` is a u64 or null: binary
 * frames write null as 0 (and read 0 as null); text frames write null as JSON `null`, and an
 * explicit `0` in text stays `0n` (the real client then answers it, as it does any id).
 */
export type ClientRequest =
  | { type: 'send'; recipient: Recipient; message: Uint8Array; connectionId: bigint | null }
  | {
      type: 'sendAnonymous';
      recipient: Recipient;
      message: Uint8Array;
      replySurbs: number;
      connectionId: bigint | null;
    }
  | { type: 'reply'; senderTag: Uint8Array; message: Uint8Array; connectionId: bigint | null }
  | { type: 'selfAddress' }
  | { type: 'closedConnection'; connectionId: bigint }
  | { type: 'getLaneQueueLength'; connectionId: bigint };

/** An error response: the kind and the detail after the kind's text. */
export type ErrorResponse = { type: 'error'; kind: ErrorKind; message: string };

/** A response (or a pushed message) from a nym-client to its application. */
export type ServerResponse =
  | { type: 'received'; message: Uint8Array; senderTag: Uint8Array | null }
  | { type: 'selfAddress'; address: Recipient }
  | { type: 'laneQueueLength'; lane: bigint; queueLength: number }
  | ErrorResponse;

/** Outcome of decoding: the value, or the error response to send back (never an exception). */
export type Decoded<T> = { ok: true; value: T } | { ok: false; error: ErrorResponse };

/** Builds an error response. */
export function errorResponse(kind: ErrorKind, message: string): ErrorResponse {
  return { type: 'error', kind, message };
}

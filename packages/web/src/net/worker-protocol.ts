/**
 * The messages between the page and the mixnet worker. Bytes travel as transferred
 * ArrayBuffers (no copies of large pastes); nothing here is logged.
 */

/** What the worker needs to join the local mixnet. */
export interface LocalStartOptions {
  readonly directoryKey: string;
  readonly gateway?: string;
  /** The signed topology from the page's configuration. */
  readonly topology?: unknown;
  /** Same-origin config.json to re-read the topology from (refresh). */
  readonly configUrl?: string;
  /** A directory to fetch the topology from instead. */
  readonly directoryUrl?: string;
}

export type ToWorker =
  | { readonly type: 'start'; readonly options: LocalStartOptions }
  | {
      readonly type: 'send';
      readonly id: number;
      readonly recipient: string;
      readonly data: ArrayBuffer;
      readonly replyBlocks: number;
    }
  | { readonly type: 'stop' };

export type FromWorker =
  | {
      readonly type: 'state';
      readonly state: 'connecting' | 'connected' | 'disconnected';
      readonly address?: string;
    }
  | { readonly type: 'failed'; readonly code: string; readonly message: string }
  | { readonly type: 'sent'; readonly id: number }
  | {
      readonly type: 'send_failed';
      readonly id: number;
      readonly code: string;
      readonly message: string;
    }
  /** A send's fragments acknowledged so far (for messages of several fragments). */
  | {
      readonly type: 'progress';
      readonly id: number;
      readonly acked: number;
      readonly total: number;
    }
  /** An incoming message's fragments arrived so far, while it is reassembled. */
  | { readonly type: 'receiving'; readonly received: number; readonly total: number }
  /** A whole message; `senderTag` is set when someone wrote to us (not a reply). */
  | {
      readonly type: 'message';
      readonly data: ArrayBuffer;
      readonly senderTag: ArrayBuffer | null;
    };

const TO_WORKER = new Set(['start', 'send', 'stop']);
const FROM_WORKER = new Set([
  'state',
  'failed',
  'sent',
  'send_failed',
  'progress',
  'receiving',
  'message',
]);

function typed(value: unknown, types: Set<string>): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    types.has((value as { type: string }).type)
  );
}

/** True for a message the worker understands (anything else is ignored). */
export function isToWorker(value: unknown): value is ToWorker {
  if (!typed(value, TO_WORKER)) return false;
  const message = value as ToWorker;
  return message.type !== 'send' || message.data instanceof ArrayBuffer;
}

/** True for a message the page understands from the worker. */
export function isFromWorker(value: unknown): value is FromWorker {
  if (!typed(value, FROM_WORKER)) return false;
  const message = value as FromWorker;
  return (
    message.type !== 'message' ||
    (message.data instanceof ArrayBuffer &&
      (message.senderTag === null || message.senderTag instanceof ArrayBuffer))
  );
}

/** A copy of `bytes` as its own ArrayBuffer, ready to transfer. */
export function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  if (
    bytes.byteOffset === 0 &&
    bytes.byteLength === bytes.buffer.byteLength &&
    bytes.buffer instanceof ArrayBuffer
  ) {
    return bytes.buffer;
  }
  return bytes.slice().buffer;
}

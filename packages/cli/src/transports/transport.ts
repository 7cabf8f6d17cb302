import type { Transport } from '@pastenym/paste-protocol';

/** What a transport can tell about bytes in flight, for the progress bar. */
export interface TrafficSnapshot {
  /** The message being sent: bytes delivered so far (an estimate) of its size; null if idle. */
  readonly sending: { readonly done: number; readonly total: number } | null;
  /** Reply bytes received so far, including messages still being reassembled (an estimate). */
  readonly received: number;
}

/**
 * A paste-protocol {@link Transport} the command can watch and close: over the embedded mixnet
 * client (network `local`) or a nym-client websocket. Only the composition root picks one.
 */
export interface CliTransport extends Transport {
  traffic(): TrafficSnapshot;
  /** Lets in-flight acknowledgements go out, then disconnects. Never rejects. */
  close(): Promise<void>;
}

/**
 * Reply blocks sent with each request: a ping, create or delete reply fits in one packet;
 * a paste can be megabytes, and the replier asks for more blocks as it runs low, so `get`
 * starts with a larger stock to keep the reply flowing while the top-up travels.
 */
export const REPLY_SURBS = { small: 20, get: 100 } as const;

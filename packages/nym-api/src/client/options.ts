import type { FrameMode } from '../codec/types.js';
import { DEFAULT_BACKOFF, type BackoffOptions, type Clock } from '@pastenym/runtime';
import type { OpenSocket } from './socket.js';

/** Options of {@link NymApiClient}. */
export interface NymApiClientOptions {
  /** The nym-client websocket, e.g. `ws://127.0.0.1:1977`. */
  url: string;
  /** Opens websockets (Node: `@pastenym/nym-api/node` supplies it). */
  openSocket: OpenSocket;
  /** Time for reconnect delays and request timeouts. */
  clock: Clock;
  /** A number in [0, 1) for reconnect jitter. */
  random: () => number;
  /** Frame type of requests. Default `binary`; `text` carries only UTF-8 messages. */
  mode?: FrameMode;
  /** Reconnect policy, or false to give up at the first disconnection. */
  reconnect?: Partial<BackoffOptions> | false;
  /** How long `selfAddress` and `laneQueueLength` wait for their answer. Default 30 s. */
  requestTimeoutMs?: number;
  /** Requests kept while disconnected (0: reject them at once). Default 1000. */
  maxQueuedRequests?: number;
  /** Received messages kept while nobody listens. Default 10 000. */
  maxBufferedMessages?: number;
}

/** Options with defaults filled in; `reconnect.maxAttempts` is 0 when reconnecting is off. */
export type ResolvedClientOptions = Required<Omit<NymApiClientOptions, 'reconnect'>> & {
  reconnect: BackoffOptions;
};

/** Fills in defaults. */
export function resolveClientOptions(options: NymApiClientOptions): ResolvedClientOptions {
  return {
    ...options,
    mode: options.mode ?? 'binary',
    reconnect:
      options.reconnect === false
        ? { ...DEFAULT_BACKOFF, maxAttempts: 0 }
        : { ...DEFAULT_BACKOFF, ...options.reconnect },
    requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    maxQueuedRequests: options.maxQueuedRequests ?? 1000,
    maxBufferedMessages: options.maxBufferedMessages ?? 10_000,
  };
}

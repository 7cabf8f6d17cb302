import type { StorageErrorCode } from '../storage/index.js';

/**
 * What the service reports about each request, for counters and logs: the protocol, the
 * operation and the outcome, never an id, a key, a tag or a payload.
 */
export interface ServiceEvent {
  readonly protocol: 'v3' | 'v2' | 'other';
  /** `ping`, `create`, `get`, `delete`, `newText`, `getText`, or `unknown` (undecodable). */
  readonly op: string;
  /**
   * `ok`, a v3 wire error code (`pow.required`, `paste.not_found`, `server.full`, ...), or for
   * v2: `refused`, `not_found`, `rate_limited`, `server.full`, `server.busy`, `server.internal`,
   * `ignored`.
   */
  readonly outcome: string;
  /** Set when a storage failure caused the outcome. */
  readonly storageError?: StorageErrorCode | 'unknown';
}

/** Receives {@link ServiceEvent}s; must not throw. */
export type ServiceEventListener = (event: ServiceEvent) => void;

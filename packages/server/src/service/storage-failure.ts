import { StorageError, type StorageErrorCode } from '../storage/index.js';

/** A storage failure as the wire sees it. */
export interface StorageFailure {
  /** `server.busy` when retrying later may help, else `server.internal`. */
  readonly code: 'server.busy' | 'server.internal';
  readonly storageError: StorageErrorCode | 'unknown';
}

/** Seconds a client is asked to wait after `server.busy`. */
export const BUSY_RETRY_AFTER_SECONDS = 5;

/**
 * Classifies what a store threw. Unreachable, busy or closed (a restart) is `server.busy`; a
 * corrupt row, a contract violation or anything unexpected is `server.internal`. The message of
 * the error is never passed on.
 */
export function storageFailure(error: unknown): StorageFailure {
  if (!(error instanceof StorageError)) return { code: 'server.internal', storageError: 'unknown' };
  const busy = error.code === 'storage.unavailable' || error.code === 'storage.closed';
  return { code: busy ? 'server.busy' : 'server.internal', storageError: error.code };
}

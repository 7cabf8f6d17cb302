import type { Reply, WireErrorCode } from '@pastenym/paste-protocol';
import { WIRE_ERROR_MESSAGES } from '@pastenym/paste-protocol';
import { BUSY_RETRY_AFTER_SECONDS, type StorageFailure } from './storage-failure.js';

/** A v3 error reply with the code's default message unless one is given. */
export function errorReply(
  id: string | null,
  code: WireErrorCode,
  extra: { message?: string; difficulty?: number; retryAfter?: number } = {},
): Extract<Reply, { op: 'error' }> {
  const { message, ...rest } = extra;
  return { op: 'error', id, code, message: message ?? WIRE_ERROR_MESSAGES[code], ...rest };
}

/** The reply to a request that a storage failure stopped. */
export function storageFailureReply(id: string, failure: StorageFailure): Reply {
  return failure.code === 'server.busy'
    ? errorReply(id, 'server.busy', { retryAfter: BUSY_RETRY_AFTER_SECONDS })
    : errorReply(id, 'server.internal');
}

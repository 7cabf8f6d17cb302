import { isPasteProtocolError } from '@pastenym/paste-protocol';
import { isWebError } from '../errors.js';

/** What can go wrong, in the terms a reader needs (each has a title and detail in the catalogs). */
export const FAILURE_KINDS = [
  'not_found',
  'wrong_key',
  'password_required',
  'wrong_password',
  'damaged',
  'too_large',
  'offline',
  'busy',
  'invalid_options',
  'aborted',
  'error',
] as const;

export type FailureKind = (typeof FAILURE_KINDS)[number];

/**
 * Sorts an error into a {@link FailureKind}. The server answers `paste.not_found` for missing,
 * expired, burned and deleted pastes alike (by design), so those are one kind here too.
 * @example failureKind(new PasteProtocolError('paste.not_found', '...')) // 'not_found'
 */
export function failureKind(error: unknown): FailureKind {
  if (isWebError(error)) return 'offline';
  if (!isPasteProtocolError(error)) return 'error';
  switch (error.code) {
    case 'paste.not_found':
      return 'not_found';
    case 'format.wrong_key':
    case 'legacy.auth_failed':
      return 'wrong_key';
    case 'format.password_required':
      return 'password_required';
    case 'format.wrong_password':
      return 'wrong_password';
    case 'format.tampered':
    case 'format.malformed':
    case 'format.unsupported':
    case 'legacy.malformed':
    case 'legacy.unsupported':
    case 'client.bad_reply':
      return 'damaged';
    case 'format.too_large':
    case 'client.too_large':
    case 'request.too_large':
      return 'too_large';
    case 'client.timeout':
    case 'client.transport':
      return 'offline';
    case 'server.busy':
      return 'busy';
    case 'request.invalid_options':
      return 'invalid_options';
    case 'client.aborted':
    case 'pow.aborted':
      return 'aborted';
    default:
      return 'error';
  }
}

import { isPasteProtocolError } from '@pastenym/paste-protocol';
import { isWebError } from '../errors.js';

/** What went wrong, in the terms a reader needs. */
export type FailureKind =
  | 'not_found'
  | 'wrong_key'
  | 'password_required'
  | 'wrong_password'
  | 'damaged'
  | 'too_large'
  | 'offline'
  | 'busy'
  | 'invalid_options'
  | 'aborted'
  | 'error';

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

/** A heading and an explanation for each failure, as shown to people. */
export const FAILURE_TEXT: Readonly<Record<FailureKind, { title: string; detail: string }>> = {
  not_found: {
    title: 'Paste not found',
    detail:
      'This paste does not exist, has expired or was burned after reading. The server does not tell these apart, so nobody holding the link learns what happened to it.',
  },
  wrong_key: {
    title: 'Wrong key',
    detail: 'The key in this link does not open this paste. Check that the link was copied whole.',
  },
  password_required: { title: 'Password needed', detail: 'This paste is protected by a password.' },
  wrong_password: {
    title: 'Wrong password',
    detail: 'That password does not open this paste. Try again.',
  },
  damaged: {
    title: 'The paste cannot be opened',
    detail: 'Its contents were altered or are not in a format this page reads. Nothing was shown.',
  },
  too_large: {
    title: 'Too large',
    detail: 'The paste is larger than this server or this page accepts.',
  },
  offline: {
    title: 'No answer through the mixnet',
    detail:
      'The request or its reply did not make it through the mixnet in time. Check the connection status above and try again.',
  },
  busy: {
    title: 'The server is busy',
    detail: 'The paste server asked to try again in a little while.',
  },
  invalid_options: {
    title: 'Options not offered',
    detail:
      'The server does not offer these options any more. Reload the page to see what it offers.',
  },
  aborted: { title: 'Cancelled', detail: 'The request was cancelled.' },
  error: { title: 'Something went wrong', detail: 'An unexpected error occurred. Try again.' },
};

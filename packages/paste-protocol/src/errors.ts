import type { WireErrorCode } from './v3/error-codes.js';

/** Stable codes of the errors this package throws (and of server errors the client raises). */
export type PasteProtocolErrorCode =
  // Paste format (sealing and opening bundles).
  | 'format.wrong_key'
  | 'format.wrong_password'
  | 'format.password_required'
  | 'format.tampered'
  | 'format.malformed'
  | 'format.too_large'
  | 'format.unsupported'
  // Links.
  | 'link.invalid'
  // Reading Pastenym v2 pastes.
  | 'legacy.unsupported'
  | 'legacy.malformed'
  | 'legacy.auth_failed'
  // Talking to servers that speak v2 only.
  | 'legacy.needs_v3'
  | 'legacy.server_error'
  | 'client.v2_unsupported'
  // Proof of work.
  | 'pow.aborted'
  | 'pow.exhausted'
  // Client library.
  | 'client.timeout'
  | 'client.aborted'
  | 'client.transport'
  | 'client.bad_reply'
  | 'client.too_large'
  | 'client.options_mismatch'
  // Errors the server replied with, by their wire code.
  | WireErrorCode;

/** The one error type of `@pastenym/paste-protocol`; `code` is stable, `message` is for people. */
export class PasteProtocolError extends Error {
  override readonly name = 'PasteProtocolError';
  constructor(
    readonly code: PasteProtocolErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True when `error` is a {@link PasteProtocolError}, optionally with the given code. */
export function isPasteProtocolError(
  error: unknown,
  code?: PasteProtocolErrorCode,
): error is PasteProtocolError {
  return error instanceof PasteProtocolError && (code === undefined || error.code === code);
}

/**
 * Stable error codes of v3 `error` replies. `paste.not_found` deliberately covers every way a
 * paste can be unavailable (never existed, expired, burned, deleted, wrong owner token): telling
 * them apart would confirm that an id once existed and hint at its history to anyone who
 * guesses or intercepts an id, without helping the legitimate reader.
 */
export const WIRE_ERROR_CODES = [
  'request.malformed',
  'request.too_large',
  'request.unsupported_version',
  'request.unsupported_operation',
  'request.invalid_options',
  'pow.required',
  'pow.invalid',
  'paste.not_found',
  'server.busy',
  'server.full',
  'server.internal',
] as const;

/** One of {@link WIRE_ERROR_CODES}. */
export type WireErrorCode = (typeof WIRE_ERROR_CODES)[number];

/** A default human message per code, for servers that have nothing more specific to say. */
export const WIRE_ERROR_MESSAGES: Readonly<Record<WireErrorCode, string>> = {
  'request.malformed': 'the request could not be parsed',
  'request.too_large': 'the request is larger than this server accepts',
  'request.unsupported_version': 'this protocol version is not supported',
  'request.unsupported_operation': 'this operation is not supported',
  'request.invalid_options': 'the paste options are outside what this server offers',
  'pow.required': 'a proof of work of the current difficulty is required',
  'pow.invalid': 'the proof of work does not verify',
  'paste.not_found': 'no such paste (it may never have existed, have expired or been burned)',
  'server.busy': 'the server is busy; try again later',
  'server.full': 'the server has no room for this paste; a smaller or shorter-lived one may fit',
  'server.internal': 'the server failed to handle the request',
};

/** True when `code` is a known wire error code. */
export function isWireErrorCode(code: string): code is WireErrorCode {
  return (WIRE_ERROR_CODES as readonly string[]).includes(code);
}

/** What a decoder reports when it refuses bytes: a wire code, a message and, if known, the id. */
export interface DecodeFailure {
  readonly code: WireErrorCode;
  readonly message: string;
  /** The request id, when the header was readable enough to find it (so the server can reply). */
  readonly requestId?: string;
}

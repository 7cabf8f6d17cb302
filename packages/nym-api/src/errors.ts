import type { ErrorKind } from './codec/error-kind.js';

/** Stable codes of the errors this package throws or hands out. */
export type NymApiErrorCode =
  // Addresses and sender tags given by the application.
  | 'nym_api.invalid_address'
  | 'nym_api.invalid_sender_tag'
  // A payload that the chosen frame mode cannot carry (text mode needs UTF-8).
  | 'nym_api.invalid_message'
  // A request with a number out of its wire range (u32 SURB count, u64 connection id).
  | 'nym_api.invalid_request'
  // The nym-client answered with an error response (`kind` says which).
  | 'nym_api.remote_error'
  // The nym-client sent a frame this package could not decode.
  | 'nym_api.malformed_response'
  // App client lifecycle.
  | 'nym_api.not_connected'
  | 'nym_api.disconnected'
  | 'nym_api.queue_full'
  | 'nym_api.timeout'
  | 'nym_api.closed'
  // Server side.
  | 'nym_api.listen_failed'
  // Metrics: a metric or label name the Prometheus text format cannot carry.
  | 'nym_api.invalid_metric';

/** The one error type of `@pastenym/nym-api`; `code` is stable, `message` is for people. */
export class NymApiError extends Error {
  override readonly name = 'NymApiError';
  /** For `nym_api.remote_error`: the error kind the nym-client reported. */
  readonly kind: ErrorKind | undefined;
  constructor(
    readonly code: NymApiErrorCode,
    message: string,
    options?: { cause?: unknown; kind?: ErrorKind },
  ) {
    super(message, options);
    this.kind = options?.kind;
  }
}

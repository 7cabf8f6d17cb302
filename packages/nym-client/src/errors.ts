export type NymClientErrorCode =
  | 'nym_client.bad_id'
  | 'nym_client.already_initialised'
  | 'nym_client.not_initialised'
  | 'nym_client.bad_store'
  | 'nym_client.no_network'
  | 'nym_client.usage';

/** Errors of the local nym-client stand-in; `code` is stable. */
export class NymClientError extends Error {
  override readonly name = 'NymClientError';
  constructor(
    readonly code: NymClientErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

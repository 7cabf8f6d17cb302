/** Stable codes of the errors this package throws. */
export type CryptoErrorCode =
  | 'crypto.invalid_key'
  | 'crypto.invalid_point'
  | 'crypto.auth_failed'
  | 'crypto.invalid_encoding'
  | 'crypto.unsupported';

/** The one error type of `@pastenym/crypto`; `code` is stable, `message` is for people. */
export class CryptoError extends Error {
  override readonly name = 'CryptoError';
  constructor(
    readonly code: CryptoErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

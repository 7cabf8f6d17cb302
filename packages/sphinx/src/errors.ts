/** Stable codes of the errors packet *creation* throws (processing never throws). */
export type SphinxErrorCode =
  | 'sphinx.invalid_route'
  | 'sphinx.payload_too_large'
  | 'sphinx.invalid_surb'
  | 'sphinx.reply_integrity';

/** Raised for caller mistakes when building packets, and when a reply fails to open. */
export class SphinxError extends Error {
  override readonly name = 'SphinxError';
  constructor(
    readonly code: SphinxErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Stable codes of the errors the web app raises. */
export type WebErrorCode =
  | 'web.bad_config'
  | 'web.not_configured'
  | 'web.insecure_context'
  | 'web.network_unavailable'
  | 'web.not_connected'
  | 'web.send_failed';

/** The one error type of `web`; `code` is stable, `message` is for people. */
export class WebError extends Error {
  override readonly name = 'WebError';
  constructor(
    readonly code: WebErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True when `error` is a {@link WebError}, optionally with the given code. */
export function isWebError(error: unknown, code?: WebErrorCode): error is WebError {
  return error instanceof WebError && (code === undefined || error.code === code);
}

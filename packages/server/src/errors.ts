/** Stable codes of the errors the server package throws (the storage layer has its own). */
export type ServerErrorCode =
  /** A configuration value, flag or environment variable is invalid or unknown. */
  | 'server.invalid_config'
  /** A programming contract was broken: options out of range, a closed component reused. */
  | 'server.invalid_argument'
  /** Startup failed: the store could not be opened or the nym-client never answered. */
  | 'server.start_failed'
  /** `import-v2` refused a database it does not understand (nothing was imported). */
  | 'server.import_refused';

/**
 * The one error type of `@pastenym/server` outside storage; `code` is stable, `message` is for
 * operators and never holds ids, keys, sender tags or payloads.
 */
export class ServerError extends Error {
  override readonly name = 'ServerError';
  constructor(
    readonly code: ServerErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

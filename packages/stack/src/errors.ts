export type StackErrorCode =
  | 'stack.port_in_use'
  | 'stack.web_not_built'
  | 'stack.other_mixnet'
  /** The chaos suite's paste server process did not start. */
  | 'stack.server_failed';

/** Errors of the one-command stack; each says what to do. */
export class StackError extends Error {
  override readonly name = 'StackError';
  constructor(
    readonly code: StackErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export type StackErrorCode =
  /** An unknown option or a bad value on the command line of `npm start`. */
  | 'stack.usage'
  | 'stack.port_in_use'
  | 'stack.web_not_built'
  | 'stack.other_mixnet'
  /** The chaos suite's paste server process did not start. */
  | 'stack.server_failed'
  /** The heavy scenario: a v2 request got no answer in time (v2 replies carry no request id). */
  | 'stack.no_reply'
  /** The heavy scenario: the server answered a v2 request with one of v2's error strings. */
  | 'stack.refused'
  /** `npm run bench:e2e`: the stack did not start, or a benchmark operation failed. */
  | 'stack.bench_failed';

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

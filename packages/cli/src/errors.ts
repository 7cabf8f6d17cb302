/** Stable codes of the errors the command itself raises (library errors keep their own codes). */
export type CliErrorCode =
  /** Bad command line: unknown option, missing argument, value out of range. */
  | 'cli.usage'
  /** No paste server address: no `--server`, no `PASTENYM_SERVER`, no `server.json`. */
  | 'cli.no_server'
  /** A password is needed but there is no terminal to ask on and none was supplied. */
  | 'cli.no_password'
  /** The local mixnet's state file is missing or names no directory. */
  | 'cli.no_network'
  /** The mixnet, its gateway or the nym-client websocket cannot be reached. */
  | 'cli.network'
  /** The server did not answer in time. */
  | 'cli.offline'
  /** Input over what a paste can carry. */
  | 'cli.too_large'
  /** A file to read is missing or unreadable. */
  | 'cli.unreadable'
  /** A file to write already exists (and `--force` was not given). */
  | 'cli.file_exists'
  /** Writing a file or directory failed. */
  | 'cli.unwritable'
  /** Ctrl-C at a prompt. */
  | 'cli.interrupted';

/** The one error type of `@pastenym/cli`; `code` is stable, `message` is for people. */
export class CliError extends Error {
  override readonly name = 'CliError';
  constructor(
    readonly code: CliErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Shorthand for the most common error: a bad command line. */
export function usageError(message: string): CliError {
  return new CliError('cli.usage', message);
}

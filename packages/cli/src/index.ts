/**
 * @pastenym/cli: the `pastenym` command (create, get, delete, ping) as a function, so that
 * tests and the one-command local stack can run it in process. A Node program: it reads files
 * and terminals and opens websockets.
 */
export { runCli, type RunOptions } from './run.js';
export { processIo } from './node/process-io.js';
export type { CliIo, CliInput, CliOutput } from './io.js';
export {
  EXIT,
  describeFailure,
  formatFailure,
  type ExitCode,
  type FailureReport,
} from './exit-codes.js';
export { CliError, type CliErrorCode } from './errors.js';
export { parseCommandLine, type Invocation } from './args/command-line.js';
export { OPTIONS, COMMANDS, type CommandName, type OptionValues } from './args/options.js';
export type { OptionSpec } from '@pastenym/runtime';
export { helpText } from './args/help.js';
export { parseExpiry, chooseExpiry, formatDuration } from './args/expiry.js';
export { pasteContent, splitContent, BODY_ATTACHMENT_NAME } from './content/paste-body.js';
export { SERVER_FILE, MIXNET_STATE_FILE } from './node/discovery.js';
export type { CliTransport } from './transports/transport.js';

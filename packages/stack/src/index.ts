/** @pastenym/stack: the one-command local deployment behind `npm start`. */
export { startStack, type Stack, type StackOptions } from './stack.js';
export { runStackCli, HELP } from './cli.js';
export { StackError, type StackErrorCode } from './errors.js';

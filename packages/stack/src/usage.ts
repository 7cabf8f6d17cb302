import {
  readCommandLine,
  resolveOptions,
  type OptionTable,
  type OptionValues,
  type UsageProblem,
} from '@pastenym/runtime';
import { StackError } from './errors.js';

const fail = (problem: UsageProblem) => new StackError('stack.usage', problem.message);

/**
 * Reads the options of a command that takes no arguments (flags over defaults).
 * @throws {StackError} `stack.usage` for an unknown option, a bad value or an argument
 */
export function readOptions<Table extends OptionTable>(
  table: Table,
  argv: readonly string[],
  command: string,
): OptionValues<Table> {
  const line = readCommandLine(table, argv, { fail });
  if (line.positionals.length > 0) {
    throw new StackError(
      'stack.usage',
      `${command} takes no arguments, got ${line.positionals[0]}`,
    );
  }
  return resolveOptions(table, line, {}, { fail });
}

import { readCommandLine, resolveOptions, type UsageProblem } from '@pastenym/runtime';
import { usageError } from '../errors.js';
import { COMMANDS, OPTIONS, type CommandName, type OptionValues } from './options.js';

/** What the command line asks for. */
export type Invocation =
  | { readonly command: 'help'; readonly topic?: CommandName }
  | { readonly command: 'create'; readonly text?: string; readonly options: OptionValues }
  | { readonly command: 'get'; readonly target: string; readonly options: OptionValues }
  | {
      readonly command: 'delete';
      readonly target: string;
      readonly token: string;
      readonly options: OptionValues;
    }
  | { readonly command: 'ping'; readonly options: OptionValues };

// Paste ids are base64url, so one in 64 starts with "-": an unknown option shaped like an id
// (20 or more id characters, then the end or `&key=...`) is an id, not a typo. Flags are far
// shorter, so a mistyped one is still refused.
const PASTE_ID_SHAPE = /^-[\w-]{19,}(?:&|$)/;
// The original backend's ids are 8 characters. Taken as ids only by get and delete, whose
// argument is a link or id: create's is text, where a mistyped flag must not become a paste.
const ORIGINAL_ID_SHAPE = /^-[\w-]{7}$/;

const isCommand = (name: string | undefined): name is CommandName =>
  (COMMANDS as readonly string[]).includes(name ?? '');

const fail = ({ kind, message }: UsageProblem) =>
  usageError(kind === 'unknown_option' ? `${message} (see pastenym --help)` : message);

/**
 * Parses the command line: the command, its arguments, and every option from flags, then
 * environment variables, then defaults. Options of another command are refused.
 * @throws {CliError} `cli.usage` naming what is wrong.
 * @example parseCommandLine(['create', 'hi', '--burn'], {}) // { command: 'create', text: 'hi', ... }
 */
export function parseCommandLine(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): Invocation {
  const line = readCommandLine(OPTIONS, argv, {
    fail,
    repeated: 'refuse',
    isPositional: (arg) =>
      PASTE_ID_SHAPE.test(arg) || (takesIds(argv) && ORIGINAL_ID_SHAPE.test(arg)),
  });
  const [name, ...args] = line.positionals;
  if (name === 'help' || name === undefined) {
    if (name === undefined && !line.given.has('help'))
      throw usageError('no command (see pastenym --help)');
    return isCommand(args[0]) ? { command: 'help', topic: args[0] } : { command: 'help' };
  }
  if (!isCommand(name)) throw usageError(`unknown command "${name}" (see pastenym --help)`);
  if (line.given.has('help')) return { command: 'help', topic: name };
  return withArguments(name, args, resolveOptions(OPTIONS, line, env, { fail, command: name }));
}

function withArguments(command: CommandName, args: string[], options: OptionValues): Invocation {
  const count = (min: number, max: number, what: string) => {
    if (args.length < min || args.length > max) {
      const hint = command === 'create' ? ' (quote text that has spaces)' : '';
      throw usageError(`${command} takes ${what}, got ${args.length} argument(s)${hint}`);
    }
  };
  switch (command) {
    case 'create': {
      count(0, 1, 'at most one TEXT');
      if (options.public && (options.password || options.passwordFile !== undefined)) {
        throw usageError('a public paste cannot have a password');
      }
      const [text] = args;
      return text === undefined ? { command, options } : { command, text, options };
    }
    case 'get':
      count(1, 1, 'one LINK or ID');
      return { command, target: args[0]!, options };
    case 'delete': {
      count(1, 1, 'one LINK or ID');
      if (options.token === undefined)
        throw usageError('delete needs --token TOKEN (printed by create)');
      return { command, target: args[0]!, token: options.token, options };
    }
    case 'ping':
      count(0, 0, 'no arguments');
      return { command, options };
  }
}

/** True when the command named first is one whose argument is a link or id. */
function takesIds(argv: readonly string[]): boolean {
  const name = argv.find(isCommand);
  return name === 'get' || name === 'delete';
}

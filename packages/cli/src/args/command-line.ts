import { usageError } from '../errors.js';
import {
  appliesTo,
  COMMANDS,
  OPTIONS,
  type CommandName,
  type OptionName,
  type OptionSpec,
  type OptionValues,
} from './options.js';
import { tokenize } from './tokenize.js';

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

const isCommand = (name: string | undefined): name is CommandName =>
  (COMMANDS as readonly string[]).includes(name ?? '');

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
  const specs = Object.values(OPTIONS) as OptionSpec[];
  const { positionals, values } = tokenize(argv, specs);
  const [name, ...args] = positionals;
  if (name === 'help' || name === undefined) {
    if (name === undefined && !values.has('help'))
      throw usageError('no command (see pastenym --help)');
    return isCommand(args[0]) ? { command: 'help', topic: args[0] } : { command: 'help' };
  }
  if (!isCommand(name)) throw usageError(`unknown command "${name}" (see pastenym --help)`);
  if (values.has('help')) return { command: 'help', topic: name };
  for (const spec of specs) {
    if (values.has(spec.flag) && !appliesTo(spec, name)) {
      throw usageError(`--${spec.flag} is not an option of ${name}`);
    }
  }
  const options = resolveValues(values, env);
  return withArguments(name, args, options);
}

function resolveValues(
  values: Map<string, string | boolean | string[]>,
  env: Readonly<Record<string, string | undefined>>,
): OptionValues {
  const resolved: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(OPTIONS) as [OptionName, OptionSpec][]) {
    let raw: unknown = values.get(spec.flag);
    if (raw === undefined && spec.env !== undefined && env[spec.env] !== '') raw = env[spec.env];
    raw ??= spec.type === 'boolean' ? false : spec.type === 'list' ? [] : spec.fallback;
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      const source = values.has(spec.flag) ? `--${spec.flag}` : (spec.env ?? `--${spec.flag}`);
      throw usageError(`bad ${source}: ${parsed.error.issues[0]?.message ?? 'invalid value'}`);
    }
    resolved[key] = parsed.data;
  }
  return resolved as OptionValues;
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

import { z } from 'zod';

/** One command-line option; {@link option} declares one from its spelling in help. */
export interface OptionSpec {
  /** `--flag` without the dashes, and `-f` without the dash. */
  readonly flag: string;
  readonly short?: string;
  /** `string` takes a value, `list` one each time it is repeated, `boolean` none. */
  readonly type: 'string' | 'boolean' | 'list';
  /** One line of help; `value` names the value there (e.g. `N` or `URL`). */
  readonly doc: string;
  readonly value?: string;
  /** The environment variable read when the flag is absent, then the default (as text). */
  readonly env?: string;
  readonly default?: string;
  /** The subcommands it belongs to. */
  readonly commands: 'all' | readonly string[];
  /** Parses the text, `true`/`false`, or texts of a list: flag, else variable, else default. */
  readonly schema: z.ZodType;
}

/** The options of one command, by the name their values are returned under. */
export type OptionTable = Readonly<Record<string, OptionSpec>>;

/** The parsed value of every option of a table. */
export type OptionValues<Table extends OptionTable> = {
  -readonly [K in keyof Table]: z.output<Table[K]['schema']>;
};

/** What is wrong with a command line; the command makes its own error of it. */
export interface UsageProblem {
  readonly kind:
    | 'unknown_option'
    | 'missing_value'
    | 'unexpected_value'
    | 'repeated'
    | 'wrong_command'
    | 'bad_value';
  /** One line naming the option at fault, never its value (it may be a secret). */
  readonly message: string;
  /** The option as written (`--flag`, `-f`); for a bad value, where the first came from. */
  readonly option: string;
  /** Every refused value: the option's key, where it came from, and the schema's message. */
  readonly issues: readonly { key: string; source: string; message: string }[];
}

/** True when the option belongs to the subcommand (every option does without one). */
export function appliesTo(spec: OptionSpec, command: string | undefined): boolean {
  return spec.commands === 'all' || command === undefined || spec.commands.includes(command);
}

const SPELLING = /^(?:-(\w), )?--([\w-]+)(?: (\S+?)(\.\.\.)?)?$/;

/**
 * Declares an option by its spelling in help: `--flag` (a boolean), `-f, --flag VALUE`, or
 * `--flag VALUE...` (a list: repeat the flag). It belongs to every subcommand unless told.
 * @example option('-o, --out DIR', z.string(), { doc: 'where files go', default: '.' })
 */
export function option<Schema extends z.ZodType>(
  spelling: string,
  schema: Schema,
  details: Pick<OptionSpec, 'doc' | 'env' | 'default'> & Partial<Pick<OptionSpec, 'commands'>>,
): OptionSpec & { readonly schema: Schema } {
  const [, short, flag, value, repeated] = SPELLING.exec(spelling) ?? [];
  if (flag === undefined) throw new Error(`"${spelling}" is not spelled -f, --flag VALUE...`);
  const type = value === undefined ? 'boolean' : repeated ? 'list' : 'string';
  return { flag, short, type, value, schema, commands: 'all', ...details };
}

/** A TCP port given on a command line or in a variable; 0 lets the system pick a free one. */
export const portNumber = z.coerce.number().int().min(0).max(65535);

/** A websocket URL given on a command line or in a variable (a nym-client's, say). */
export const websocketUrl = z.string().regex(/^wss?:\/\/\S+$/, 'a ws:// or wss:// URL');

import {
  appliesTo,
  type OptionSpec,
  type OptionTable,
  type OptionValues,
  type UsageProblem,
} from './declare.js';

/** The arguments, split: positionals in order, and the raw value of each option given. */
export interface CommandLine<Table extends OptionTable> {
  readonly positionals: readonly string[];
  readonly given: ReadonlyMap<keyof Table & string, string | true | string[]>;
}

export interface ParseSettings {
  /** Builds the command's own error (class, code) of a problem; the parser throws it. */
  readonly fail: (problem: UsageProblem) => Error;
  /** A string option given twice: the `last` value wins (default), or it is refused. */
  readonly repeated?: 'last' | 'refuse';
  /** Takes an unknown argument that starts with "-" as a positional (e.g. an id shaped so). */
  readonly isPositional?: (arg: string) => boolean;
  /** The subcommand: options given that belong to another are refused. */
  readonly command?: string;
}

function problem(kind: UsageProblem['kind'], option: string, message: string): UsageProblem {
  return { kind, option, message, issues: [] };
}

/**
 * Splits argv into positionals and option values: `--flag value`, `--flag=value`, `-f value`,
 * boolean `--flag`, repeated list options, and `--` to end options. A lone `-` is a positional
 * (stdin). Options may come before or after positionals.
 * @throws the command's error for unknown options, missing values, values on booleans, and
 *   (with `repeated: 'refuse'`) a string option given twice
 * @example readCommandLine(table, ['get', 'ID', '--out=dir'], { fail }).given.get('out') // 'dir'
 */
export function readCommandLine<Table extends OptionTable>(
  table: Table,
  argv: readonly string[],
  { fail, repeated = 'last', isPositional }: ParseSettings,
): CommandLine<Table> {
  const entries = Object.entries(table) as [keyof Table & string, OptionSpec][];
  const positionals: string[] = [];
  const given = new Map<keyof Table & string, string | true | string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    const long = arg.startsWith('--');
    const equals = long ? arg.indexOf('=') : -1;
    const name = long ? arg.slice(2, equals < 0 ? undefined : equals) : arg.slice(1);
    const entry = entries.find(([, spec]) => (long ? spec.flag : spec.short) === name);
    if (arg === '-' || !arg.startsWith('-') || (!entry && isPositional?.(arg))) {
      positionals.push(arg);
      continue;
    }
    const written = long ? `--${name}` : arg;
    if (!entry) throw fail(problem('unknown_option', written, `unknown option ${written}`));
    const [key, spec] = entry;
    const flag = `--${spec.flag}`;
    const inline = equals < 0 ? undefined : arg.slice(equals + 1);
    if (spec.type === 'boolean') {
      if (inline !== undefined)
        throw fail(problem('unexpected_value', flag, `${flag} takes no value`));
      given.set(key, true);
      continue;
    }
    const value = inline ?? argv[++i];
    const need = `${flag} needs a value (${spec.value ?? 'VALUE'})`;
    if (value === undefined) throw fail(problem('missing_value', flag, need));
    const before = given.get(key);
    if (spec.type === 'list') given.set(key, [...(Array.isArray(before) ? before : []), value]);
    else if (before === undefined || repeated === 'last') given.set(key, value);
    else throw fail(problem('repeated', flag, `${flag} given twice`));
  }
  return { positionals, given };
}

/** A variable's or default's text as the flag would give it. */
function fromText(spec: OptionSpec, text: string | undefined): unknown {
  if (spec.type === 'boolean') return text === 'true' || text === '1';
  if (spec.type === 'list') return text === undefined ? [] : [text];
  return text;
}

/**
 * Every option's value: the flag's, else the environment variable's (empty counts as unset),
 * else the default, parsed by its schema.
 * @throws the command's error for an option of another subcommand, or values the schemas
 *   refuse (all of them, each named by the flag or variable it came from)
 */
export function resolveOptions<Table extends OptionTable>(
  table: Table,
  line: CommandLine<Table>,
  env: Readonly<Record<string, string | undefined>>,
  { fail, command }: ParseSettings,
): OptionValues<Table> {
  for (const key of line.given.keys()) {
    const flag = `--${table[key]!.flag}`;
    if (!appliesTo(table[key]!, command))
      throw fail(problem('wrong_command', flag, `${flag} is not an option of ${command}`));
  }
  const values: Record<string, unknown> = {};
  const issues: UsageProblem['issues'][number][] = [];
  for (const [key, spec] of Object.entries(table)) {
    const fromFlag = line.given.get(key);
    const fromEnv = spec.env === undefined || env[spec.env] === '' ? undefined : env[spec.env];
    const parsed = spec.schema.safeParse(fromFlag ?? fromText(spec, fromEnv ?? spec.default));
    if (parsed.success) values[key] = parsed.data;
    else {
      const source = fromFlag === undefined && fromEnv !== undefined ? spec.env! : `--${spec.flag}`;
      issues.push({ key, source, message: parsed.error.issues[0]?.message ?? 'invalid value' });
    }
  }
  if (issues.length === 0) return values as OptionValues<Table>;
  const message = issues.map((issue) => `bad ${issue.source}: ${issue.message}`).join('; ');
  throw fail({ kind: 'bad_value', option: issues[0]!.source, message, issues });
}

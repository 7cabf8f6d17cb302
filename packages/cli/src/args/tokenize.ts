import { usageError } from '../errors.js';
import type { OptionSpec } from './options.js';

// Paste ids are base64url, so one in 64 starts with "-": an unknown option shaped like an id
// (20 or more id characters, then the end or `&key=...`) is an id, not a typo. Flags are far
// shorter, so a mistyped one is still refused.
const PASTE_ID_SHAPE = /^-[\w-]{19,}(?:&|$)/;

/** Raw command-line values by option flag: strings, booleans, or lists for repeatable ones. */
export interface Tokens {
  readonly positionals: string[];
  readonly values: Map<string, string | boolean | string[]>;
}

/**
 * Splits argv into positionals and option values: `--flag value`, `--flag=value`, `-f value`,
 * boolean `--flag`, repeatable list options, and `--` to end options. A lone `-` is a
 * positional (stdin), and so is an argument shaped like a paste id that starts with `-`.
 * Options may come before or after positionals.
 * @throws {CliError} `cli.usage` for unknown options, missing values, or values on booleans.
 * @example tokenize(['get', 'LINK', '--out=dir'], specs).values.get('out') // 'dir'
 */
export function tokenize(argv: readonly string[], specs: readonly OptionSpec[]): Tokens {
  const byFlag = new Map(specs.map((spec) => [spec.flag, spec]));
  const byShort = new Map(specs.flatMap((spec) => (spec.short ? [[spec.short, spec]] : [])));
  const positionals: string[] = [];
  const values = new Map<string, string | boolean | string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const eq = arg.indexOf('=');
    const name = long ? arg.slice(2, eq < 0 ? undefined : eq) : arg.slice(1);
    const spec = long ? byFlag.get(name) : byShort.get(name);
    if (!spec && PASTE_ID_SHAPE.test(arg)) {
      positionals.push(arg);
      continue;
    }
    if (!spec) throw usageError(`unknown option ${long ? `--${name}` : arg} (see pastenym --help)`);
    const inline = long && eq >= 0 ? arg.slice(eq + 1) : undefined;
    if (spec.type === 'boolean') {
      if (inline !== undefined) throw usageError(`--${spec.flag} takes no value`);
      values.set(spec.flag, true);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined)
      throw usageError(`--${spec.flag} needs a value (${spec.value ?? 'VALUE'})`);
    if (spec.type === 'list') {
      const list = values.get(spec.flag);
      values.set(spec.flag, [...(Array.isArray(list) ? list : []), value]);
    } else if (values.has(spec.flag)) {
      throw usageError(`--${spec.flag} given twice`);
    } else {
      values.set(spec.flag, value);
    }
  }
  return { positionals, values };
}

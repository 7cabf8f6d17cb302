import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  option,
  optionLines,
  readCommandLine,
  resolveOptions,
  type UsageProblem,
} from '../src/index.js';

const TABLE = {
  port: option('-p, --port PORT', z.coerce.number().int().min(1).max(65535), {
    env: 'APP_PORT',
    default: '80',
    doc: 'where to listen',
  }),
  tag: option('--tag VALUE...', z.array(z.string()), { env: 'APP_TAG', doc: 'a tag' }),
  quiet: option('--quiet', z.boolean(), { env: 'APP_QUIET', doc: 'say less' }),
  force: option('--force', z.boolean(), { commands: ['init'], doc: 'replace' }),
};

// The command's own error: here the problem's kind and message, and the problem itself.
const fail = (problem: UsageProblem) =>
  Object.assign(new Error(), problem, { message: `${problem.kind}: ${problem.message}` });
type Settings = Omit<Parameters<typeof readCommandLine>[2], 'fail'>;
const parse = (argv: string[], env: Record<string, string> = {}, settings: Settings = {}) => {
  const line = readCommandLine(TABLE, argv, { fail, ...settings });
  return { ...line, values: resolveOptions(TABLE, line, env, { fail, ...settings }) };
};

describe('options', () => {
  it('reads the spelling: short flag, value name and kind', () => {
    expect(TABLE.port).toMatchObject({ flag: 'port', short: 'p', value: 'PORT', type: 'string' });
    expect(TABLE.tag).toMatchObject({ flag: 'tag', type: 'list', commands: 'all' });
    expect(TABLE.quiet).toMatchObject({ flag: 'quiet', type: 'boolean', value: undefined });
    expect(() => option('port', z.string(), { doc: '' })).toThrow(/not spelled/);
  });

  it('takes the flag over the environment over the default; empty counts as unset', () => {
    const env = { APP_PORT: '8080' };
    expect(parse(['--port', '9000'], env).values.port).toBe(9000);
    expect(parse(['-p', '9001'], env).values.port).toBe(9001);
    expect(parse([], env).values.port).toBe(8080);
    expect(parse([], { APP_PORT: '' }).values.port).toBe(80);
    expect(parse(['--quiet']).values.quiet).toBe(true);
    expect(parse([], { APP_QUIET: '1' }).values.quiet).toBe(true);
    expect(parse([], { APP_QUIET: 'no' }).values.quiet).toBe(false);
  });

  it('collects a repeated list option, with positionals around and after --', () => {
    const parsed = parse(['a', '--tag', 'x', 'b', '--tag=y', '--', '--quiet']);
    expect(parsed.values).toMatchObject({ tag: ['x', 'y'], quiet: false });
    expect(parsed.positionals).toEqual(['a', 'b', '--quiet']);
    expect(parse([], { APP_TAG: 'z' }).values.tag).toEqual(['z']);
    expect(parse([]).values.tag).toEqual([]);
    const isPositional = (arg: string) => arg === '-x1';
    expect(parse(['-x1'], {}, { isPositional }).positionals).toEqual(['-x1']);
  });

  it('lets the last of a repeated value win, or refuses it when told', () => {
    expect(parse(['--port', '1', '--port', '2']).values.port).toBe(2);
    expect(() => parse(['--port', '1', '--port=2'], {}, { repeated: 'refuse' })).toThrow(
      'repeated: --port given twice',
    );
  });

  it.each([
    [['--colour', 'red'], 'unknown_option', 'unknown option --colour'],
    [['-x'], 'unknown_option', 'unknown option -x'],
    [['--port'], 'missing_value', '--port needs a value (PORT)'],
    [['--quiet=yes'], 'unexpected_value', '--quiet takes no value'],
  ])('refuses %j', (argv, kind, message) => {
    expect(() => parse(argv)).toThrow(`${kind}: ${message}`);
  });

  it("gives the schema's message, named by where the bad value came from, never the value", () => {
    expect(() => parse(['--port', '99999'])).toThrow(/^bad_value: bad --port: (?!.*99999).*65535$/);
    expect(() => parse([], { APP_PORT: 'http' })).toThrow(
      expect.objectContaining({
        message: expect.stringMatching(/^bad_value: bad APP_PORT: /) as string,
        issues: [{ key: 'port', source: 'APP_PORT', message: expect.any(String) as string }],
      }),
    );
  });

  it('keeps an option to its subcommands', () => {
    expect(parse(['init', '--force'], {}, { command: 'init' }).values.force).toBe(true);
    expect(parse(['run', '--quiet'], {}, { command: 'run' }).values.quiet).toBe(true);
    expect(() => parse(['run', '--force'], {}, { command: 'run' })).toThrow(
      'wrong_command: --force is not an option of run',
    );
  });

  it('lists every option in the help, with its variable and default', () => {
    expect(optionLines(Object.values(TABLE))).toEqual([
      '  -p, --port PORT               where to listen (APP_PORT, default 80)',
      '      --tag VALUE               a tag (APP_TAG)',
      '      --quiet                   say less (APP_QUIET)',
      '      --force                   replace',
    ]);
    // Flags too long to leave two spaces before the doc column put the doc on the next line.
    const long = option('--twenty-one-letters-xy V', z.string(), { doc: 'long' });
    expect(optionLines([long])).toEqual([`      --twenty-one-letters-xy V\n${' '.repeat(32)}long`]);
  });
});

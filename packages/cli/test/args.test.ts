import { describe, expect, it } from 'vitest';
import { helpText, OPTIONS, parseCommandLine, type OptionSpec } from '../src/index.js';

const usage = (argv: string[], env = {}) => {
  try {
    parseCommandLine(argv, env);
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected a usage error');
};

describe('parseCommandLine', () => {
  it('reads create with its options in any order, and repeated files', () => {
    const parsed = parseCommandLine(
      ['--json', 'create', '-f', 'a.txt', 'hello world', '--file=b.png', '--views', '3', '--burn'],
      {},
    );
    expect(parsed).toMatchObject({
      command: 'create',
      text: 'hello world',
      options: { json: true, file: ['a.txt', 'b.png'], views: 3, burn: true, expire: '1d' },
    });
  });

  it('takes flags over environment over defaults', () => {
    const env = {
      PASTENYM_SERVER: 'from-env',
      PASTENYM_NETWORK: 'nym',
      PASTENYM_INSTANCE: 'https://a.example',
    };
    const parsed = parseCommandLine(['create', 'x', '--instance', 'https://b.example'], env);
    expect(parsed).toMatchObject({
      options: {
        server: ['from-env'],
        network: 'nym',
        instance: 'https://b.example',
        dataDir: './data',
        timeout: 120,
      },
    });
    expect(parseCommandLine(['ping'], { PASTENYM_SERVER: '' })).toMatchObject({
      options: { server: [] },
    });
  });

  it('takes several servers: repeated, comma-separated, or from PASTENYM_SERVER', () => {
    expect(
      parseCommandLine(['ping', '--server', 'a@g', '--server=b@g, c@g,', '--server', 'a@g'], {}),
    ).toMatchObject({ options: { server: ['a@g', 'b@g', 'c@g'] } });
    expect(parseCommandLine(['ping'], { PASTENYM_SERVER: ' a@g ,b@g' })).toMatchObject({
      options: { server: ['a@g', 'b@g'] },
    });
    expect(
      parseCommandLine(['ping', '--server', 'x@g'], { PASTENYM_SERVER: 'a@g,b@g' }),
    ).toMatchObject({ options: { server: ['x@g'] } });
  });

  it('keeps arguments after -- as they are, and - as stdin', () => {
    expect(parseCommandLine(['create', '--', '--burn'], {})).toMatchObject({
      text: '--burn',
      options: { burn: false },
    });
    expect(parseCommandLine(['create', '-'], {})).toMatchObject({ text: '-' });
  });

  it('reads get, delete and ping', () => {
    expect(
      parseCommandLine(['get', 'https://h/#/abcd&key=k', '-o', 'dir', '--force'], {}),
    ).toMatchObject({
      command: 'get',
      target: 'https://h/#/abcd&key=k',
      options: { out: 'dir', force: true },
    });
    expect(parseCommandLine(['delete', 'abcd', '-t', 'tok'], {})).toMatchObject({
      command: 'delete',
      token: 'tok',
    });
    expect(parseCommandLine(['ping', '--ping-timeout', '2.5'], {})).toMatchObject({
      options: { pingTimeout: 2.5 },
    });
  });

  it('takes a paste id that starts with "-" as the id, not as an option', () => {
    const id = '-Xk3_9QpZ1aB2cD3eF4gHh';
    expect(parseCommandLine(['get', id, '--key', 'K'], {})).toMatchObject({
      command: 'get',
      target: id,
      options: { key: 'K' },
    });
    expect(parseCommandLine(['get', `-${id}&key=K`], {})).toMatchObject({ target: `-${id}&key=K` });
    expect(parseCommandLine(['delete', id, '--token', 'T'], {})).toMatchObject({
      command: 'delete',
      target: id,
    });
    // The original backend's ids are 8 characters, and one in 64 starts with "-" too.
    expect(parseCommandLine(['get', '-4TNNPtm', '--public'], {})).toMatchObject({
      target: '-4TNNPtm',
    });
    expect(parseCommandLine(['delete', '-4TNNPtm', '-t', 'T'], {})).toMatchObject({
      target: '-4TNNPtm',
    });
    // Mistyped flags are still refused, however long; for create, even shaped like an id.
    expect(usage(['create', '-burn']).message).toMatch(/unknown option -burn/);
    expect(usage(['create', '-verbose']).message).toMatch(/unknown option -verbose/);
    expect(usage(['get', id, '--password-filee', 'pw']).message).toMatch(/unknown option/);
  });

  it('answers help in every form', () => {
    expect(parseCommandLine(['--help'], {})).toEqual({ command: 'help' });
    expect(parseCommandLine(['help', 'get'], {})).toEqual({ command: 'help', topic: 'get' });
    expect(parseCommandLine(['get', '-h'], {})).toEqual({ command: 'help', topic: 'get' });
  });

  it.each([
    [[], /no command/],
    [['paste'], /unknown command "paste"/],
    [['create', '--bogus'], /unknown option --bogus/],
    [['create', '-x'], /unknown option -x/],
    [['get', 'id', '--burn'], /--burn is not an option of get/],
    [['create', '--views'], /--views needs a value \(N\)/],
    [['create', '--views', '0'], /bad --views/],
    [['create', '--views', '2.5'], /bad --views/],
    [['create', '--burn=yes'], /--burn takes no value/],
    [['create', 'a', 'b'], /at most one TEXT.*quote/],
    [['create', '--expire', '1d', '--expire', '1w'], /--expire given twice/],
    [['create', 'x', '--public', '--password'], /public paste cannot have a password/],
    [['get'], /one LINK or ID, got 0/],
    [['delete', 'id'], /needs --token/],
    [['ping', 'extra'], /no arguments/],
    [['ping', '--network', 'tor'], /bad --network/],
    [['ping', '--nym-client', 'http://x'], /bad --nym-client/],
    [['ping', '--timeout', '-1'], /bad --timeout/],
  ])('refuses %j', (argv, message) => {
    const error = usage(argv);
    expect(error.code).toBe('cli.usage');
    expect(error.message).toMatch(message);
  });

  it('names the environment variable when its value is bad', () => {
    expect(usage(['ping'], { PASTENYM_TIMEOUT: 'soon' }).message).toMatch(/^bad PASTENYM_TIMEOUT/);
  });
});

describe('helpText', () => {
  it('documents every option of a command, with its environment variable and default', () => {
    for (const command of ['create', 'get', 'delete', 'ping'] as const) {
      const help = helpText(command);
      for (const spec of Object.values(OPTIONS) as OptionSpec[]) {
        const applies = spec.commands === 'all' || spec.commands.includes(command);
        const line = new RegExp(`^ +(-\\w, )? *--${spec.flag}\\b`, 'm');
        expect(line.test(help)).toBe(applies);
        if (applies && spec.env) expect(help).toContain(spec.env);
      }
    }
    expect(helpText()).toContain('Exit codes: 0 ok');
  });
});

// The configuration: schema defaults, environment, flags, --help, and refusals.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '@pastenym/paste-protocol';
import { ServerError } from '../src/index.js';
import { CONFIG_KEYS, envName, flagName, parseConfig, runCli } from '../src/node/index.js';

function run(argv: string[], env: Record<string, string> = {}) {
  const request = parseConfig(argv, env);
  if (request.kind !== 'run') throw new Error('expected a configuration');
  return request.config;
}

function refusal(argv: string[], env: Record<string, string> = {}): ServerError {
  try {
    parseConfig(argv, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).code).toBe('server.invalid_config');
    return error as ServerError;
  }
  throw new Error('expected a refusal');
}

describe('parseConfig', () => {
  it('has a default for everything but the PostgreSQL URL', () => {
    const config = run([]);
    expect(config).toMatchObject({
      nymClient: 'ws://127.0.0.1:1977',
      store: 'sqlite',
      v2: 'on',
      maxStorage: 1024 * 1024 * 1024,
      logLevel: 'info',
      powDifficulty: 16,
      maxBundleBytes: DEFAULT_LIMITS.maxBundleBytes,
      expiryChoices: DEFAULT_LIMITS.expiryChoices,
    });
    expect(config.postgresUrl).toBeUndefined();
  });

  it('names variables and flags after the keys', () => {
    expect(envName('dataDir')).toBe('PASTENYM_SERVER_DATA_DIR');
    expect(flagName('v2CreatesPerMinute')).toBe('--v2-creates-per-minute');
  });

  it('reads the environment, and flags win over it', () => {
    const env = {
      PASTENYM_SERVER_STORE: 'postgres',
      PASTENYM_SERVER_POSTGRES_URL: 'postgres://a@127.0.0.1/x',
      PASTENYM_SERVER_LOG_LEVEL: 'warn',
    };
    const config = run(
      [
        '--log-level=debug',
        '--v2',
        'read-only',
        '--nym-client',
        'ws://127.0.0.1:4000',
        '--expiry-choices',
        '3600,0,3600',
      ],
      env,
    );
    expect(config).toMatchObject({
      store: 'postgres',
      postgresUrl: 'postgres://a@127.0.0.1/x',
      logLevel: 'debug',
      v2: 'read-only',
      nymClient: 'ws://127.0.0.1:4000',
      expiryChoices: [0, 3600],
    });
  });

  it('ignores variables of other programs', () => {
    expect(run([], { PATH: '/bin', PASTENYM_POSTGRES_URL: 'x' }).store).toBe('sqlite');
  });

  it.each([
    [['--colour', 'red'], /unknown argument --colour/],
    [['--store'], /--store needs a value/],
    [['--store', 'mysql'], /--store \(PASTENYM_SERVER_STORE\)/],
    [['--store', 'postgres'], /--postgres-url/],
    [['--pow-difficulty', '33'], /--pow-difficulty/],
    [['--pow-difficulty', '20', '--pow-max-difficulty', '18'], /--pow-max-difficulty/],
    [['--nym-client', 'http://127.0.0.1:1977'], /--nym-client/],
    [['--expiry-choices', '60,,3600'], /--expiry-choices/],
    [['--concurrency', '1.5'], /--concurrency/],
  ])('refuses %j', (argv, message) => {
    expect(refusal(argv).message).toMatch(message);
  });

  it('refuses unknown PASTENYM_SERVER_ variables', () => {
    expect(refusal([], { PASTENYM_SERVER_COLOUR: 'red' }).message).toMatch(
      /PASTENYM_SERVER_COLOUR/,
    );
  });

  it('never repeats a refused value (it may be a secret)', () => {
    const message = refusal(['--postgres-schema', 'Secret"Pass']).message;
    expect(message).not.toContain('Secret');
  });

  it('prints help generated from the schema', () => {
    const request = parseConfig(['--store', 'x', '--help'], {});
    expect(request.kind).toBe('help');
    if (request.kind !== 'help') return;
    for (const [key, spec] of Object.entries(CONFIG_KEYS)) {
      expect(request.text).toContain(flagName(key));
      expect(request.text).toContain(envName(key));
      expect(request.text).toContain(spec.doc);
    }
  });

  it('documents every key in the README', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const [key, spec] of Object.entries(CONFIG_KEYS)) {
      expect(readme).toContain(`\`${flagName(key)}\``);
      expect(readme).toContain(`\`${envName(key)}\``);
      expect(readme).toContain(spec.doc);
    }
  });
});

describe('runCli', () => {
  async function cli(argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(
      argv,
      {},
      {
        stdout: (text) => out.push(text),
        stderr: (text) => err.push(text),
        onSignal: () => () => {},
      },
    );
    return { code, out: out.join(''), err: err.join('') };
  }

  it('prints help and exits 0', async () => {
    const { code, out } = await cli(['--help']);
    expect(code).toBe(0);
    expect(out).toContain('Usage: pastenym-server');
  });

  it('exits 2 with a message for a bad configuration', async () => {
    const { code, err } = await cli(['--store', 'mysql']);
    expect(code).toBe(2);
    expect(err).toMatch(/^pastenym-server: invalid configuration: --store/);
  });
});

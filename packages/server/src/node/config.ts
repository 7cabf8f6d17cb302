import { z } from 'zod';
import { isLoopbackHost } from '@pastenym/nym-api';
import { ServerError } from '../errors.js';
import {
  CONFIG_KEYS,
  envName,
  flagName,
  type ConfigKey,
  type ServerConfig,
} from './config-schema.js';

const KEYS = Object.keys(CONFIG_KEYS) as ConfigKey[];
const ENV_PREFIX = 'PASTENYM_SERVER_';

/** What the command line asked for: a configuration, or the help text. */
export type ConfigRequest =
  | { readonly kind: 'run'; readonly config: ServerConfig }
  | { readonly kind: 'help'; readonly text: string };

// Every key parsed at once; unknown keys are refused, and `postgres` needs its URL.
const schema = z
  .strictObject(Object.fromEntries(KEYS.map((key) => [key, CONFIG_KEYS[key].schema])))
  .superRefine((config, context) => {
    if (config['store'] === 'postgres' && config['postgresUrl'] === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['postgresUrl'],
        message: 'needed with store postgres',
      });
    }
    if ((config['powDifficulty'] as number) > (config['powMaxDifficulty'] as number)) {
      context.addIssue({
        code: 'custom',
        path: ['powMaxDifficulty'],
        message: 'below powDifficulty',
      });
    }
    // The counters show when and how much the server serves: next to a view of the network,
    // that helps to link requests to their senders. So they stay on this machine unless the
    // operator says otherwise (e.g. a scraper in another container of a private network).
    const metrics = config['metrics'] as { host: string } | undefined;
    if (
      metrics !== undefined &&
      !isLoopbackHost(metrics.host) &&
      config['metricsRemote'] !== true
    ) {
      context.addIssue({
        code: 'custom',
        path: ['metrics'],
        message: 'not a loopback address (add --metrics-remote on to serve the counters there)',
      });
    }
  });

/**
 * Reads the configuration from environment variables (`PASTENYM_SERVER_*`) and flags
 * (`--key value` or `--key=value`; flags win), with the schema's defaults for the rest.
 * `--help` / `-h` returns the help text instead.
 * @throws {ServerError} `server.invalid_config` for an unknown flag or variable, a flag without
 *   a value, or a value the schema refuses (the message names the key, never the value)
 * @example parseConfig(['--store', 'postgres', '--postgres-url', url], process.env)
 */
export function parseConfig(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ConfigRequest {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help', text: helpText() };
  const raw: Partial<Record<ConfigKey, string>> = {};
  for (const key of KEYS) {
    const value = CONFIG_KEYS[key].default;
    if (value !== undefined) raw[key] = value;
  }
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith(ENV_PREFIX) || value === undefined) continue;
    const key = KEYS.find((candidate) => envName(candidate) === name);
    if (key === undefined) throw invalid(`unknown environment variable ${name}`);
    raw[key] = value;
  }
  Object.assign(raw, parseFlags(argv));
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? '');
      const where = KEYS.includes(key as ConfigKey) ? `${flagName(key)} (${envName(key)})` : key;
      return `${where}: ${issue.message}`;
    });
    throw invalid(`invalid configuration: ${problems.join('; ')}`);
  }
  return { kind: 'run', config: parsed.data as ServerConfig };
}

function parseFlags(argv: readonly string[]): Partial<Record<ConfigKey, string>> {
  const values: Partial<Record<ConfigKey, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i]!;
    const equals = argument.indexOf('=');
    const flag = equals === -1 ? argument : argument.slice(0, equals);
    const key = KEYS.find((candidate) => flagName(candidate) === flag);
    if (key === undefined) throw invalid(`unknown argument ${flag} (see --help)`);
    const value = equals === -1 ? argv[++i] : argument.slice(equals + 1);
    if (value === undefined) throw invalid(`${flag} needs a value`);
    values[key] = value;
  }
  return values;
}

function invalid(message: string): ServerError {
  return new ServerError('server.invalid_config', message);
}

/** `--help`: every key with its documentation, variable and default, from the schema. */
export function helpText(): string {
  const lines = [
    'Usage: pastenym-server [options]',
    '       pastenym-server import-v2 PATH [options]  (imports an original database; see its --help)',
    '',
    'The Pastenym paste server: answers paste requests arriving through a nym-client.',
    'Every option can also be set by its environment variable; flags win.',
    '',
  ];
  for (const key of KEYS) {
    const spec = CONFIG_KEYS[key];
    const fallback = spec.default === undefined ? 'no default' : `default ${spec.default}`;
    lines.push(
      `  ${flagName(key)} <value>`,
      `      ${spec.doc}`,
      `      [${envName(key)}, ${fallback}]`,
    );
  }
  lines.push('  --help, -h', '      show this text');
  return lines.join('\n');
}

/** The configuration table of the README, from the schema. */
export function configTable(): string {
  const rows = KEYS.map((key) => {
    const spec = CONFIG_KEYS[key];
    const fallback = spec.default === undefined ? '' : `\`${spec.default}\``;
    return `| \`${flagName(key)}\` | \`${envName(key)}\` | ${fallback} | ${spec.doc} |`;
  });
  return ['| flag | environment | default | meaning |', '| --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
}

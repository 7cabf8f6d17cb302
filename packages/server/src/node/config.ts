import { z } from 'zod';
import {
  option,
  optionLines,
  readCommandLine,
  resolveOptions,
  type OptionSpec,
  type UsageProblem,
} from '@pastenym/runtime';
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

/** The command line's options: every configuration key, and `--help`. */
const OPTIONS: Readonly<Record<string, OptionSpec>> = {
  ...Object.fromEntries(KEYS.map((key) => [key, { ...CONFIG_KEYS[key], env: envName(key) }])),
  help: option('-h, --help', z.boolean(), { doc: 'show this text' }),
};

/** What the command line asked for: a configuration, or the help text. */
export type ConfigRequest =
  | { readonly kind: 'run'; readonly config: ServerConfig }
  | { readonly kind: 'help'; readonly text: string };

/** `--store (PASTENYM_SERVER_STORE): message`: both names of a key, never its value. */
const problemWith = (key: string, message: string) =>
  `${flagName(key)} (${envName(key)}): ${message}`;

function fail(problem: UsageProblem): ServerError {
  if (problem.kind === 'unknown_option')
    return invalid(`unknown argument ${problem.option} (see --help)`);
  if (problem.kind !== 'bad_value') return invalid(problem.message);
  const problems = problem.issues.map((issue) => problemWith(issue.key, issue.message));
  return invalid(`invalid configuration: ${problems.join('; ')}`);
}

/**
 * Reads the configuration from environment variables (`PASTENYM_SERVER_*`) and flags
 * (`--key value` or `--key=value`; flags win, the last of a repeated one), with the schema's
 * defaults for the rest. `--help` / `-h` returns the help text instead.
 * @throws {ServerError} `server.invalid_config` for an unknown flag or variable, a flag without
 *   a value, or a value the schema refuses (the message names the key, never the value)
 * @example parseConfig(['--store', 'postgres', '--postgres-url', url], process.env)
 */
export function parseConfig(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): ConfigRequest {
  const line = readCommandLine(OPTIONS, argv, { fail });
  if (line.given.has('help')) return { kind: 'help', text: helpText() };
  if (line.positionals[0] !== undefined) {
    throw invalid(`unknown argument ${line.positionals[0]} (see --help)`);
  }
  for (const name of Object.keys(env)) {
    if (name.startsWith(ENV_PREFIX) && !KEYS.some((key) => envName(key) === name)) {
      throw invalid(`unknown environment variable ${name}`);
    }
  }
  const { help: _, ...config } = resolveOptions(OPTIONS, line, env, { fail });
  const problems = crossProblems(config as ServerConfig);
  if (problems.length > 0) throw invalid(`invalid configuration: ${problems.join('; ')}`);
  return { kind: 'run', config: config as ServerConfig };
}

/** What no single key can tell: keys that need or limit each other. */
function crossProblems(config: ServerConfig): string[] {
  const problems: string[] = [];
  if (config.store === 'postgres' && config.postgresUrl === undefined) {
    problems.push(problemWith('postgresUrl', 'needed with store postgres'));
  }
  if (config.powDifficulty > config.powMaxDifficulty) {
    problems.push(problemWith('powMaxDifficulty', 'below powDifficulty'));
  }
  // The counters show when and how much the server serves: next to a view of the network,
  // that helps to link requests to their senders. So they stay on this machine unless the
  // operator says otherwise (e.g. a scraper in another container of a private network).
  if (config.metrics && !isLoopbackHost(config.metrics.host) && !config.metricsRemote) {
    const hint = 'add --metrics-remote on to serve the counters there';
    problems.push(problemWith('metrics', `not a loopback address (${hint})`));
  }
  return problems;
}

function invalid(message: string): ServerError {
  return new ServerError('server.invalid_config', message);
}

/** `--help`: every key with its documentation, variable and default, from the schema. */
export function helpText(): string {
  return [
    'Usage: pastenym-server [options]',
    '       pastenym-server import-v2 PATH [options]  (imports an original database; see its --help)',
    '',
    'The Pastenym paste server: answers paste requests arriving through a nym-client.',
    'Every option can also be set by its environment variable; flags win.',
    '',
    ...optionLines(Object.values(OPTIONS)),
  ].join('\n');
}

/** The configuration table of the README, from the schema. */
export function configTable(): string {
  const rows = KEYS.map((key) => {
    const spec: OptionSpec = CONFIG_KEYS[key];
    const fallback = spec.default === undefined ? '' : `\`${spec.default}\``;
    return `| \`${flagName(key)}\` | \`${envName(key)}\` | ${fallback} | ${spec.doc} |`;
  });
  return ['| flag | environment | default | meaning |', '| --- | --- | --- | --- |', ...rows].join(
    '\n',
  );
}

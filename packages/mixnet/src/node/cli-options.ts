import {
  option,
  optionLines,
  readCommandLine,
  resolveOptions,
  type OptionValues,
  type UsageProblem,
  portNumber,
} from '@pastenym/runtime';
import { z } from 'zod';
import { nodeError } from './node-errors.js';

/** Every option of `mixnet`: flag, environment variable, default and doc, in one place. */
export const CLI_OPTIONS = {
  profile: option('--profile fast|nym', z.enum(['fast', 'nym']), {
    env: 'MIXNET_PROFILE',
    default: 'fast',
    doc: 'timing profile: fast (no delays, no cover) or nym',
  }),
  dataDir: option('--data-dir DIR', z.string().min(1), {
    env: 'MIXNET_DATA_DIR',
    default: './data/mixnet',
    doc: 'keys of every node, the directory key, mixnet.json',
  }),
  host: option('--host HOST', z.string().min(1), {
    env: 'MIXNET_HOST',
    default: '127.0.0.1',
    doc: 'address every service binds',
  }),
  basePort: option('--base-port PORT', portNumber, {
    env: 'MIXNET_BASE_PORT',
    default: '9000',
    doc: 'directory port; the nodes take the next ten',
  }),
  singleProcess: option('--single-process', z.boolean(), {
    env: 'MIXNET_SINGLE_PROCESS',
    doc: 'run every node in this process',
  }),
  heartbeatMs: option('--heartbeat-ms MS', z.coerce.number().int().min(50).max(600_000), {
    env: 'MIXNET_HEARTBEAT_MS',
    default: '1000',
    doc: 'node heartbeat period; 3 missed remove a node',
  }),
  workers: option('--workers N', z.coerce.number().int().min(0).max(16), {
    env: 'MIXNET_WORKERS',
    default: '0',
    doc: 'Sphinx worker threads per node (0: in the event loop)',
  }),
  quiet: option('--quiet', z.boolean(), { env: 'MIXNET_QUIET', doc: 'no logs, only the topology' }),
  admittedNodes: option('--admitted-nodes FILE', z.string().min(1).optional(), {
    env: 'MIXNET_ADMITTED_NODES',
    doc: 'identity keys admitted besides the launcher nodes, one a line, re-read on change (default <data-dir>/directory/admitted-nodes.txt)',
  }),
  node: option('--node NAME', z.string().optional(), {
    doc: 'run only this node (mix-<layer><letter> or gateway-<letter>), keys in <data-dir>/nodes/<name>, joining --directory-url',
  }),
  printIdentity: option('--print-identity', z.boolean(), {
    doc: "with --node: print the node's identity key (created on first use) and exit",
  }),
  port: option('--port PORT', portNumber.optional(), { doc: "with --node: the node's link port" }),
  clientPort: option('--client-port PORT', portNumber.optional(), {
    doc: "with --node: a gateway's client websocket port",
  }),
  directoryUrl: option('--directory-url URL', z.url().optional(), {
    doc: 'with --node: the directory to join',
  }),
  directoryKey: option('--directory-key KEY', z.string().optional(), {
    doc: 'with --node: the directory key to trust',
  }),
  help: option('--help', z.boolean(), { doc: 'show this help' }),
};

export type CliConfig = OptionValues<typeof CLI_OPTIONS>;

const fail = (problem: UsageProblem) => nodeError('mixnet.bad_config', problem.message);

/**
 * Parses flags, then environment variables, then defaults; unknown flags are refused.
 * @throws {MixnetError} `mixnet.bad_config` naming the flag at fault.
 */
export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv): CliConfig {
  const line = readCommandLine(CLI_OPTIONS, argv, { fail });
  if (line.positionals[0] !== undefined)
    throw nodeError('mixnet.bad_config', 'no arguments, only options');
  return resolveOptions(CLI_OPTIONS, line, env, { fail });
}

/** `mixnet --help`, generated from {@link CLI_OPTIONS}. */
export function helpText(): string {
  return [
    'Usage: mixnet [options]   (a local mixnet: directory, 6 mixes, 2 gateways)',
    '       mixnet --node <name> --directory-url <url> --directory-key <key> [options]',
    '                           (one node, joining a directory that admitted its identity key)',
    '',
    ...optionLines(Object.values(CLI_OPTIONS)),
    '',
  ].join('\n');
}

import { parseArgs } from 'node:util';
import { z } from 'zod';
import { nodeError } from './node-errors.js';

interface OptionSpec {
  readonly flag: string;
  readonly env?: string;
  readonly doc: string;
  readonly boolean?: boolean;
  readonly schema: z.ZodType;
  readonly fallback?: string;
}

const portNumber = z.coerce.number().int().min(0).max(65535);

/** Every option of `mixnet`: flag, environment variable, default and doc, in one place. */
export const CLI_OPTIONS = {
  profile: {
    flag: 'profile',
    env: 'MIXNET_PROFILE',
    doc: 'timing profile: fast (no delays, no cover) or nym',
    schema: z.enum(['fast', 'nym']),
    fallback: 'fast',
  },
  dataDir: {
    flag: 'data-dir',
    env: 'MIXNET_DATA_DIR',
    doc: 'keys of every node, the directory key, mixnet.json',
    schema: z.string().min(1),
    fallback: './data/mixnet',
  },
  host: {
    flag: 'host',
    env: 'MIXNET_HOST',
    doc: 'address every service binds',
    schema: z.string().min(1),
    fallback: '127.0.0.1',
  },
  basePort: {
    flag: 'base-port',
    env: 'MIXNET_BASE_PORT',
    doc: 'directory port; the nodes take the next ten',
    schema: portNumber,
    fallback: '9000',
  },
  singleProcess: {
    flag: 'single-process',
    env: 'MIXNET_SINGLE_PROCESS',
    doc: 'run every node in this process',
    boolean: true,
    schema: z.boolean(),
    fallback: 'false',
  },
  heartbeatMs: {
    flag: 'heartbeat-ms',
    env: 'MIXNET_HEARTBEAT_MS',
    doc: 'node heartbeat period; 3 missed remove a node',
    schema: z.coerce.number().int().min(50).max(600_000),
    fallback: '1000',
  },
  workers: {
    flag: 'workers',
    env: 'MIXNET_WORKERS',
    doc: 'Sphinx worker threads per node (0: in the event loop)',
    schema: z.coerce.number().int().min(0).max(16),
    fallback: '0',
  },
  quiet: {
    flag: 'quiet',
    env: 'MIXNET_QUIET',
    doc: 'no logs, only the topology',
    boolean: true,
    schema: z.boolean(),
    fallback: 'false',
  },
  admittedNodes: {
    flag: 'admitted-nodes',
    env: 'MIXNET_ADMITTED_NODES',
    doc: 'identity keys admitted besides the launcher nodes, one a line, re-read on change (default <data-dir>/directory/admitted-nodes.txt)',
    schema: z.string().min(1).optional(),
  },
  node: {
    flag: 'node',
    doc: 'run only this node (mix-<layer><letter> or gateway-<letter>), keys in <data-dir>/nodes/<name>, joining --directory-url',
    schema: z.string().optional(),
  },
  printIdentity: {
    flag: 'print-identity',
    doc: "with --node: print the node's identity key (created on first use) and exit",
    boolean: true,
    schema: z.boolean(),
    fallback: 'false',
  },
  port: { flag: 'port', doc: "with --node: the node's link port", schema: portNumber.optional() },
  clientPort: {
    flag: 'client-port',
    doc: "with --node: a gateway's client websocket port",
    schema: portNumber.optional(),
  },
  directoryUrl: {
    flag: 'directory-url',
    doc: 'with --node: the directory to join',
    schema: z.url().optional(),
  },
  directoryKey: {
    flag: 'directory-key',
    doc: 'with --node: the directory key to trust',
    schema: z.string().optional(),
  },
  help: {
    flag: 'help',
    doc: 'show this help',
    boolean: true,
    schema: z.boolean(),
    fallback: 'false',
  },
} as const satisfies Record<string, OptionSpec>;

export type CliConfig = {
  [K in keyof typeof CLI_OPTIONS]: z.infer<(typeof CLI_OPTIONS)[K]['schema']>;
};

/**
 * Parses flags, then environment variables, then defaults; unknown flags are refused.
 * @throws {MixnetError} `mixnet.bad_config` naming the flag at fault.
 */
export function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv): CliConfig {
  const specs = Object.entries(CLI_OPTIONS) as [keyof CliConfig, OptionSpec][];
  let values: Record<string, string | boolean | undefined>;
  try {
    const options = Object.fromEntries(
      specs.map(([, spec]) => [spec.flag, { type: spec.boolean ? 'boolean' : 'string' } as const]),
    );
    values = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw nodeError('mixnet.bad_config', (error as Error).message, { cause: error });
  }
  const config: Record<string, unknown> = {};
  for (const [key, spec] of specs) {
    let raw: string | boolean | undefined = values[spec.flag];
    if (raw === undefined && spec.env !== undefined) raw = env[spec.env];
    raw ??= spec.fallback;
    if (spec.boolean && typeof raw === 'string') raw = raw === 'true' || raw === '1';
    const parsed = spec.schema.safeParse(raw);
    if (!parsed.success) {
      throw nodeError(
        'mixnet.bad_config',
        `bad --${spec.flag}: ${parsed.error.issues[0]?.message ?? ''}`,
      );
    }
    config[key] = parsed.data;
  }
  return config as CliConfig;
}

/** `mixnet --help`, generated from {@link CLI_OPTIONS}. */
export function helpText(): string {
  const lines = [
    'Usage: mixnet [options]   (a local mixnet: directory, 6 mixes, 2 gateways)',
    '       mixnet --node <name> --directory-url <url> --directory-key <key> [options]',
    '                           (one node, joining a directory that admitted its identity key)',
    '',
  ];
  for (const spec of Object.values(CLI_OPTIONS) as OptionSpec[]) {
    const flag = `--${spec.flag}${spec.boolean ? '' : ' <value>'}`.padEnd(25);
    const extra = [
      spec.env,
      spec.fallback && !spec.boolean ? `default ${spec.fallback}` : undefined,
    ]
      .filter(Boolean)
      .join(', ');
    lines.push(`  ${flag}${spec.doc}${extra ? ` (${extra})` : ''}`);
  }
  return `${lines.join('\n')}\n`;
}

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
  /** Passed by the launcher to node processes; not for people. */
  readonly internal?: boolean;
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
  help: {
    flag: 'help',
    doc: 'show this help',
    boolean: true,
    schema: z.boolean(),
    fallback: 'false',
  },
  node: {
    flag: 'node',
    doc: 'run one node (mix-1a … gateway-b)',
    schema: z.string().optional(),
    internal: true,
  },
  port: { flag: 'port', doc: 'the node link port', schema: portNumber.optional(), internal: true },
  clientPort: {
    flag: 'client-port',
    doc: 'the gateway client port',
    schema: portNumber.optional(),
    internal: true,
  },
  directoryUrl: {
    flag: 'directory-url',
    doc: 'the directory',
    schema: z.url().optional(),
    internal: true,
  },
  directoryKey: {
    flag: 'directory-key',
    doc: 'the directory key',
    schema: z.string().optional(),
    internal: true,
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
  const lines = ['Usage: mixnet [options]   (a local mixnet: directory, 6 mixes, 2 gateways)', ''];
  for (const spec of Object.values(CLI_OPTIONS) as OptionSpec[]) {
    if (spec.internal) continue;
    const flag = `--${spec.flag}${spec.boolean ? '' : ' <value>'}`.padEnd(24);
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

import { z } from 'zod';
import { DEFAULT_LIMITS, DEFAULT_POW_DIFFICULTY } from '@pastenym/paste-protocol';
import { parseListenAddress } from '@pastenym/nym-api';
import { DEFAULT_ADAPTIVE_DIFFICULTY } from '../service/adaptive-difficulty.js';
import { DEFAULT_V2_POLICY } from '../service/options.js';
import { DEFAULT_V2_BUDGET } from '../service/v2-budget.js';

// v2 creates carry no proof of work: the default keeps them to ordinary text and small files.
const DEFAULT_V2_MAX_BYTES = 1024 * 1024;

/** One configuration key: its documentation, where it comes from, and how it is parsed. */
export interface ConfigKeySpec {
  /** One line for `--help` and the README. */
  readonly doc: string;
  /** The default as text (parsed like any input), or `undefined` when there is none. */
  readonly default: string | undefined;
  /** Parses the text of a flag or environment variable. */
  readonly schema: z.ZodType;
}

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const seconds = (min: number, max: number) => int(min, max);

/**
 * Every key of the server's configuration. The environment variable is
 * `PASTENYM_SERVER_<KEY IN UPPER SNAKE CASE>`, the flag `--<key-in-kebab-case>`; flags win.
 */
export const CONFIG_KEYS = {
  nymClient: {
    doc: 'websocket of the nym-client to serve through',
    default: 'ws://127.0.0.1:1977',
    schema: z.string().regex(/^wss?:\/\/\S+$/, 'a ws:// or wss:// URL'),
  },
  store: {
    doc: 'where pastes are kept: sqlite (a file in --data-dir) or postgres (--postgres-url)',
    default: 'sqlite',
    schema: z.enum(['sqlite', 'postgres']),
  },
  dataDir: {
    doc: 'directory of the SQLite database (created with mode 0700)',
    default: './pastenym-data',
    schema: z.string().min(1),
  },
  postgresUrl: {
    doc: 'PostgreSQL connection string, needed with --store postgres',
    default: undefined,
    schema: z.string().min(1).optional(),
  },
  postgresSchema: {
    doc: 'PostgreSQL schema holding the tables (created when missing)',
    default: 'pastenym',
    schema: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a lower-case SQL identifier'),
  },
  v2: {
    doc: 'answer Pastenym v2 clients: on, read-only (ping and getText, no newText) or off',
    default: 'on',
    schema: z.enum(['on', 'read-only', 'off']),
  },
  logLevel: {
    doc: 'fatal, error, warn, info, debug, trace or silent (logs never hold ids, keys or tags)',
    default: 'info',
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']),
  },
  powDifficulty: {
    doc: 'proof-of-work difficulty of v3 creates when calm (leading zero bits)',
    default: String(DEFAULT_POW_DIFFICULTY),
    schema: int(0, 32),
  },
  powMaxDifficulty: {
    doc: 'highest difficulty the server raises to under load',
    default: '24',
    schema: int(0, 40),
  },
  powTargetPerMinute: {
    doc: 'v3 creates per minute above which the difficulty goes up, one bit per doubling',
    default: String(DEFAULT_ADAPTIVE_DIFFICULTY.targetPerMinute),
    schema: int(1, 1_000_000),
  },
  powStepDownSeconds: {
    doc: 'after a burst of creates, seconds per one-bit step down of the difficulty',
    default: String(DEFAULT_ADAPTIVE_DIFFICULTY.halfLifeMs / 1000),
    schema: seconds(1, 3600),
  },
  maxStorage: {
    doc: 'quota: bytes of all pastes together; past it, creates are refused (server full)',
    default: String(1024 * 1024 * 1024),
    schema: int(1024, Number.MAX_SAFE_INTEGER),
  },
  v2CreatesPerMinute: {
    doc: 'v2 creates per minute, all clients together (they carry no proof of work)',
    default: String(DEFAULT_V2_BUDGET.all.perMinute),
    schema: z.coerce.number().min(0).max(1_000_000),
  },
  v2CreateBurst: {
    doc: 'v2 creates allowed in a burst, all clients together',
    default: String(DEFAULT_V2_BUDGET.all.burst),
    schema: int(0, 1_000_000),
  },
  v2SenderCreatesPerMinute: {
    doc: 'v2 creates per minute of one client (sender tag), within the budget of all',
    default: String(DEFAULT_V2_BUDGET.perSender.perMinute),
    schema: z.coerce.number().min(0).max(1_000_000),
  },
  v2SenderCreateBurst: {
    doc: 'v2 creates one client (sender tag) may make in a burst',
    default: String(DEFAULT_V2_BUDGET.perSender.burst),
    schema: int(0, 1_000_000),
  },
  v2MaxBytes: {
    doc: 'largest v2 paste, decoded (its ciphertext, or a public text), in bytes',
    default: String(DEFAULT_V2_MAX_BYTES),
    schema: int(1024, 64 * 1024 * 1024),
  },
  v2MaxExpirySeconds: {
    doc: 'longest lifetime of a v2 paste; longer requests and "never" get this',
    default: String(DEFAULT_V2_POLICY.maxExpirySeconds),
    schema: seconds(60, 0xffff_ffff),
  },
  maxBundleBytes: {
    doc: 'largest paste in bytes',
    default: String(DEFAULT_LIMITS.maxBundleBytes),
    schema: int(1024, 1024 * 1024 * 1024),
  },
  maxViews: {
    doc: 'largest view limit a paste may ask for',
    default: String(DEFAULT_LIMITS.maxViews),
    schema: int(1, 2_147_483_647),
  },
  expiryChoices: {
    doc: 'lifetimes offered, in seconds, comma-separated (0 = never)',
    default: DEFAULT_LIMITS.expiryChoices.join(','),
    schema: z
      .string()
      .regex(/^\d+(,\d+)*$/, 'comma-separated whole seconds')
      .transform((text) => [...new Set(text.split(',').map(Number))].sort((a, b) => a - b))
      .pipe(z.array(z.number().int().min(0).max(0xffff_ffff)).min(1)),
  },
  concurrency: {
    doc: 'requests handled at once',
    default: '4',
    schema: int(1, 256),
  },
  maxQueued: {
    doc: 'requests waiting at most; more are dropped (and counted)',
    default: '256',
    schema: int(1, 100_000),
  },
  sweepIntervalSeconds: {
    doc: 'pause between two sweeps of expired pastes; each also scrubs deleted pastes from disk',
    default: '60',
    schema: seconds(1, 86_400),
  },
  shutdownTimeoutSeconds: {
    doc: 'on SIGINT/SIGTERM, how long to wait for requests in progress',
    default: '30',
    schema: seconds(1, 3600),
  },
  metrics: {
    doc: 'serve Prometheus counters on http://HOST:PORT/metrics (default off; loopback only)',
    default: undefined,
    schema: z
      .string()
      .transform((text, context) => {
        if (text === '') return undefined;
        const parsed = parseListenAddress(text);
        if (parsed.ok) return { host: parsed.host, port: parsed.port };
        context.addIssue({ code: 'custom', message: parsed.reason });
        return z.NEVER;
      })
      .optional(),
  },
  metricsRemote: {
    doc: 'allow --metrics on an address other than loopback: on or off',
    default: 'off',
    schema: z.enum(['on', 'off']).transform((value) => value === 'on'),
  },
} as const satisfies Record<string, ConfigKeySpec>;

/** A configuration key. */
export type ConfigKey = keyof typeof CONFIG_KEYS;

/** The parsed configuration. */
export type ServerConfig = {
  -readonly [K in ConfigKey]: z.output<(typeof CONFIG_KEYS)[K]['schema']>;
};

/** `dataDir` → `PASTENYM_SERVER_DATA_DIR`. */
export function envName(key: string): string {
  return `PASTENYM_SERVER_${key.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()}`;
}

/** `dataDir` → `--data-dir`. */
export function flagName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

import { z } from 'zod';
import { option, type OptionValues, websocketUrl } from '@pastenym/runtime';
import { DEFAULT_LIMITS, DEFAULT_POW_DIFFICULTY } from '@pastenym/paste-protocol';
import { parseListenAddress } from '@pastenym/nym-api';
import { DEFAULT_ADAPTIVE_DIFFICULTY } from '../service/adaptive-difficulty.js';
import { DEFAULT_V2_POLICY } from '../service/options.js';
import { DEFAULT_V2_BUDGET } from '../service/v2-budget.js';

// v2 creates carry no proof of work: the default keeps them to ordinary text and small files.
const DEFAULT_V2_MAX_BYTES = 1024 * 1024;

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const seconds = (min: number, max: number) => int(min, max);
const perMinute = z.coerce.number().min(0).max(1_000_000);
const sqlIdentifier = z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, 'a lower-case SQL identifier');
const expiryChoices = z
  .string()
  .regex(/^\d+(,\d+)*$/, 'comma-separated whole seconds')
  .transform((text) => [...new Set(text.split(',').map(Number))].sort((a, b) => a - b))
  .pipe(z.array(z.number().int().min(0).max(0xffff_ffff)).min(1));
const listenAddress = z.string().transform((text, context) => {
  if (text === '') return undefined;
  const parsed = parseListenAddress(text);
  if (parsed.ok) return { host: parsed.host, port: parsed.port };
  context.addIssue({ code: 'custom', message: parsed.reason });
  return z.NEVER;
});
const logLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

/**
 * Every key of the server's configuration. The environment variable is
 * `PASTENYM_SERVER_<KEY IN UPPER SNAKE CASE>`, the flag `--<key-in-kebab-case>`; flags win.
 */
export const CONFIG_KEYS = {
  nymClient: option('--nym-client URL', websocketUrl, {
    default: 'ws://127.0.0.1:1977',
    doc: 'websocket of the nym-client to serve through',
  }),
  store: option('--store sqlite|postgres', z.enum(['sqlite', 'postgres']), {
    default: 'sqlite',
    doc: 'where pastes are kept: sqlite (a file in --data-dir) or postgres (--postgres-url)',
  }),
  dataDir: option('--data-dir DIR', z.string().min(1), {
    default: './pastenym-data',
    doc: 'directory of the SQLite database (created with mode 0700)',
  }),
  postgresUrl: option('--postgres-url URL', z.string().min(1).optional(), {
    doc: 'PostgreSQL connection string, needed with --store postgres',
  }),
  postgresSchema: option('--postgres-schema NAME', sqlIdentifier, {
    default: 'pastenym',
    doc: 'PostgreSQL schema holding the tables (created when missing)',
  }),
  v2: option('--v2 on|read-only|off', z.enum(['on', 'read-only', 'off']), {
    default: 'on',
    doc: 'answer Pastenym v2 clients: on, read-only (ping and getText, no newText) or off',
  }),
  logLevel: option('--log-level LEVEL', logLevel, {
    default: 'info',
    doc: 'fatal, error, warn, info, debug, trace or silent (logs never hold ids, keys or tags)',
  }),
  powDifficulty: option('--pow-difficulty BITS', int(0, 32), {
    default: String(DEFAULT_POW_DIFFICULTY),
    doc: 'proof-of-work difficulty of v3 creates when calm (leading zero bits)',
  }),
  powMaxDifficulty: option('--pow-max-difficulty BITS', int(0, 40), {
    default: '24',
    doc: 'highest difficulty the server raises to under load',
  }),
  powTargetPerMinute: option('--pow-target-per-minute N', int(1, 1_000_000), {
    default: String(DEFAULT_ADAPTIVE_DIFFICULTY.targetPerMinute),
    doc: 'v3 creates per minute above which the difficulty goes up, one bit per doubling',
  }),
  powStepDownSeconds: option('--pow-step-down-seconds SECONDS', seconds(1, 3600), {
    default: String(DEFAULT_ADAPTIVE_DIFFICULTY.halfLifeMs / 1000),
    doc: 'after a burst of creates, seconds per one-bit step down of the difficulty',
  }),
  maxStorage: option('--max-storage BYTES', int(1024, Number.MAX_SAFE_INTEGER), {
    default: String(1024 * 1024 * 1024),
    doc: 'quota: bytes of all pastes together; past it, creates are refused (server full)',
  }),
  v2CreatesPerMinute: option('--v2-creates-per-minute N', perMinute, {
    default: String(DEFAULT_V2_BUDGET.all.perMinute),
    doc: 'v2 creates per minute, all clients together (they carry no proof of work)',
  }),
  v2CreateBurst: option('--v2-create-burst N', int(0, 1_000_000), {
    default: String(DEFAULT_V2_BUDGET.all.burst),
    doc: 'v2 creates allowed in a burst, all clients together',
  }),
  v2SenderCreatesPerMinute: option('--v2-sender-creates-per-minute N', perMinute, {
    default: String(DEFAULT_V2_BUDGET.perSender.perMinute),
    doc: 'v2 creates per minute of one client (sender tag), within the budget of all',
  }),
  v2SenderCreateBurst: option('--v2-sender-create-burst N', int(0, 1_000_000), {
    default: String(DEFAULT_V2_BUDGET.perSender.burst),
    doc: 'v2 creates one client (sender tag) may make in a burst',
  }),
  v2MaxBytes: option('--v2-max-bytes BYTES', int(1024, 64 * 1024 * 1024), {
    default: String(DEFAULT_V2_MAX_BYTES),
    doc: 'largest v2 paste, decoded (its ciphertext, or a public text), in bytes',
  }),
  v2MaxExpirySeconds: option('--v2-max-expiry-seconds SECONDS', seconds(60, 0xffff_ffff), {
    default: String(DEFAULT_V2_POLICY.maxExpirySeconds),
    doc: 'longest lifetime of a v2 paste; longer requests and "never" get this',
  }),
  maxBundleBytes: option('--max-bundle-bytes BYTES', int(1024, 1024 * 1024 * 1024), {
    default: String(DEFAULT_LIMITS.maxBundleBytes),
    doc: 'largest paste in bytes',
  }),
  maxViews: option('--max-views N', int(1, 2_147_483_647), {
    default: String(DEFAULT_LIMITS.maxViews),
    doc: 'largest view limit a paste may ask for',
  }),
  expiryChoices: option('--expiry-choices SECONDS', expiryChoices, {
    default: DEFAULT_LIMITS.expiryChoices.join(','),
    doc: 'lifetimes offered, in seconds, comma-separated (0 = never)',
  }),
  concurrency: option('--concurrency N', int(1, 256), {
    default: '4',
    doc: 'requests handled at once',
  }),
  maxQueued: option('--max-queued N', int(1, 100_000), {
    default: '256',
    doc: 'requests waiting at most; more are dropped (and counted)',
  }),
  sweepIntervalSeconds: option('--sweep-interval-seconds SECONDS', seconds(1, 86_400), {
    default: '60',
    doc: 'pause between two sweeps of expired pastes; each also scrubs deleted pastes from disk',
  }),
  shutdownTimeoutSeconds: option('--shutdown-timeout-seconds SECONDS', seconds(1, 3600), {
    default: '30',
    doc: 'on SIGINT/SIGTERM, how long to wait for requests in progress',
  }),
  metrics: option('--metrics HOST:PORT', listenAddress.optional(), {
    doc: 'serve Prometheus counters on http://HOST:PORT/metrics (default off; loopback only)',
  }),
  metricsRemote: option(
    '--metrics-remote on|off',
    z.enum(['on', 'off']).transform((value) => value === 'on'),
    { default: 'off', doc: 'allow --metrics on an address other than loopback: on or off' },
  ),
};

/** A configuration key. */
export type ConfigKey = keyof typeof CONFIG_KEYS;

/** The parsed configuration. */
export type ServerConfig = OptionValues<typeof CONFIG_KEYS>;

/** `dataDir` → `PASTENYM_SERVER_DATA_DIR`. */
export function envName(key: string): string {
  return `PASTENYM_SERVER_${key.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase()}`;
}

/** `dataDir` → `--data-dir`. */
export function flagName(key: string): string {
  return `--${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`;
}

import { z } from 'zod';
import { option, type OptionValues as Values, websocketUrl } from '@pastenym/runtime';

/** The commands of `pastenym`. */
export const COMMANDS = ['create', 'get', 'delete', 'ping'] as const;
export type CommandName = (typeof COMMANDS)[number];

const positive = z.coerce.number().positive().max(86_400);

/**
 * Server addresses: repeated flags, and commas within one value (an environment variable holds
 * one string); blanks dropped, duplicates kept once. Nym addresses never contain commas.
 */
const addressList = z
  .array(z.string())
  .transform((values) => [
    ...new Set(
      values.flatMap((value) => value.split(',').map((part) => part.trim())).filter(Boolean),
    ),
  ]);

/** Every option, in one place: the parser, the help text and the README table come from it. */
export const OPTIONS = {
  json: option('--json', z.boolean(), { doc: 'print one JSON object on stdout instead of text' }),
  network: option('--network local|nym', z.enum(['local', 'nym']), {
    env: 'PASTENYM_NETWORK',
    default: 'local',
    doc: 'local: embed a client of the local mixnet; nym: use a nym-client',
  }),
  nymClient: option('--nym-client URL', websocketUrl.optional(), {
    env: 'PASTENYM_NYM_CLIENT',
    doc: 'talk through this nym-client websocket (default ws://127.0.0.1:1977 with --network nym)',
  }),
  server: option('--server ADDRESS...', addressList, {
    env: 'PASTENYM_SERVER',
    doc: "a paste server's mixnet address; several: repeat or separate by commas (local network: else <data-dir>/server.json)",
  }),
  dataDir: option('--data-dir DIR', z.string().min(1), {
    env: 'PASTENYM_DATA_DIR',
    default: './data',
    doc: 'where the local stack keeps mixnet/mixnet.json and server.json',
  }),
  directory: option('--directory URL', z.url().optional(), {
    doc: 'local network: the mixnet directory (else from mixnet.json)',
  }),
  directoryKey: option('--directory-key KEY', z.string().min(1).optional(), {
    doc: "local network: the directory's signing key (else from mixnet.json)",
  }),
  gateway: option('--gateway ID', z.string().min(1).optional(), {
    doc: 'local network: the gateway to join (default: a random one)',
  }),
  timeout: option('--timeout SECONDS', positive, {
    env: 'PASTENYM_TIMEOUT',
    default: '120',
    doc: 'how long to wait for a reply once a request is sent',
  }),
  pingTimeout: option('--ping-timeout SECONDS', positive, {
    commands: ['create', 'get', 'ping'],
    default: '15',
    doc: 'how long a ping waits (for a get sent without one: the first sign of its reply)',
  }),
  help: option('-h, --help', z.boolean(), { doc: 'show help' }),
  file: option('-f, --file PATH...', z.array(z.string().min(1)), {
    commands: ['create'],
    doc: 'attach a file (repeat for several)',
  }),
  burn: option('--burn', z.boolean(), {
    commands: ['create'],
    doc: 'burn after reading (with --views N: after N reads)',
  }),
  views: option('--views N', z.coerce.number().int().min(1).optional(), {
    commands: ['create'],
    doc: 'the paste is deleted after N reads',
  }),
  expire: option('--expire TIME', z.string().min(1), {
    commands: ['create'],
    default: '1d',
    doc: 'lifetime: 5m, 10m, 1h, 1d, 1w, 1mo, 1y or never (what the server offers)',
  }),
  password: option('--password', z.boolean(), {
    commands: ['create', 'get'],
    doc: 'a password on top of the key: asked on the terminal (or PASTENYM_PASSWORD)',
  }),
  passwordFile: option('--password-file PATH', z.string().min(1).optional(), {
    commands: ['create', 'get'],
    doc: 'read the password from the first line of a file',
  }),
  public: option('--public', z.boolean(), {
    commands: ['create', 'get'],
    doc: 'create: an unencrypted paste; get: read one (no key needed)',
  }),
  instance: option('--instance URL', z.url(), {
    commands: ['create'],
    env: 'PASTENYM_INSTANCE',
    default: 'http://127.0.0.1:8080',
    doc: 'the web app the link points to',
  }),
  key: option('-k, --key KEY', z.string().min(1).optional(), {
    commands: ['get'],
    doc: 'the key, when the link has none',
  }),
  out: option('-o, --out DIR', z.string().min(1), {
    commands: ['get'],
    default: '.',
    doc: 'where attachments are saved',
  }),
  force: option('--force', z.boolean(), { commands: ['get'], doc: 'overwrite existing files' }),
  token: option('-t, --token TOKEN', z.string().min(1).optional(), {
    commands: ['delete'],
    doc: 'the delete token printed by create',
  }),
};

/** The parsed value of every option. */
export type OptionValues = Values<typeof OPTIONS>;

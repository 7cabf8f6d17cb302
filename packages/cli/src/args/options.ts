import { z } from 'zod';

/** The commands of `pastenym`. */
export const COMMANDS = ['create', 'get', 'delete', 'ping'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** One option: its flag, where it applies, its environment variable, default and doc. */
export interface OptionSpec {
  readonly flag: string;
  /** `string` takes a value, `list` a value and may repeat, `boolean` none. */
  readonly type: 'string' | 'boolean' | 'list';
  /** Commands it belongs to; `all` for the global options. */
  readonly commands: 'all' | readonly CommandName[];
  readonly doc: string;
  /** How the value is named in help, e.g. `N` or `URL`. */
  readonly value?: string;
  readonly env?: string;
  readonly fallback?: string;
  readonly short?: string;
  readonly schema: z.ZodType;
}

const positive = z.coerce.number().positive().max(86_400);

/**
 * Server addresses: repeated flags, and commas within one value (an environment variable holds
 * one string); blanks dropped, duplicates kept once. Nym addresses never contain commas.
 */
const addressList = z.union([z.string(), z.array(z.string())]).transform((raw) => [
  ...new Set(
    (typeof raw === 'string' ? [raw] : raw)
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter((value) => value !== ''),
  ),
]);

/** Every option, in one place: the parser, the help text and the README table come from it. */
export const OPTIONS = {
  json: {
    flag: 'json',
    type: 'boolean',
    commands: 'all',
    doc: 'print one JSON object on stdout instead of text',
    schema: z.boolean(),
  },
  network: {
    flag: 'network',
    type: 'string',
    commands: 'all',
    value: 'local|nym',
    env: 'PASTENYM_NETWORK',
    fallback: 'local',
    doc: 'local: embed a client of the local mixnet; nym: use a nym-client',
    schema: z.enum(['local', 'nym']),
  },
  nymClient: {
    flag: 'nym-client',
    type: 'string',
    commands: 'all',
    value: 'URL',
    env: 'PASTENYM_NYM_CLIENT',
    doc: 'talk through this nym-client websocket (default ws://127.0.0.1:1977 with --network nym)',
    schema: z
      .string()
      .regex(/^wss?:\/\/\S+$/, 'expected a ws:// or wss:// URL')
      .optional(),
  },
  server: {
    flag: 'server',
    type: 'list',
    commands: 'all',
    value: 'ADDRESS',
    env: 'PASTENYM_SERVER',
    doc:
      "a paste server's mixnet address; several: repeat or separate by commas (local network: " +
      'else <data-dir>/server.json)',
    schema: addressList,
  },
  dataDir: {
    flag: 'data-dir',
    type: 'string',
    commands: 'all',
    value: 'DIR',
    env: 'PASTENYM_DATA_DIR',
    fallback: './data',
    doc: 'where the local stack keeps mixnet/mixnet.json and server.json',
    schema: z.string().min(1),
  },
  directory: {
    flag: 'directory',
    type: 'string',
    commands: 'all',
    value: 'URL',
    doc: 'local network: the mixnet directory (else from mixnet.json)',
    schema: z.url().optional(),
  },
  directoryKey: {
    flag: 'directory-key',
    type: 'string',
    commands: 'all',
    value: 'KEY',
    doc: "local network: the directory's signing key (else from mixnet.json)",
    schema: z.string().min(1).optional(),
  },
  gateway: {
    flag: 'gateway',
    type: 'string',
    commands: 'all',
    value: 'ID',
    doc: 'local network: the gateway to join (default: a random one)',
    schema: z.string().min(1).optional(),
  },
  timeout: {
    flag: 'timeout',
    type: 'string',
    commands: 'all',
    value: 'SECONDS',
    env: 'PASTENYM_TIMEOUT',
    fallback: '120',
    doc: 'how long to wait for a reply once a request is sent',
    schema: positive,
  },
  pingTimeout: {
    flag: 'ping-timeout',
    type: 'string',
    commands: ['create', 'ping'],
    value: 'SECONDS',
    fallback: '15',
    doc: 'how long the ping before a create (and `ping`) waits',
    schema: positive,
  },
  help: {
    flag: 'help',
    short: 'h',
    type: 'boolean',
    commands: 'all',
    doc: 'show help',
    schema: z.boolean(),
  },
  file: {
    flag: 'file',
    short: 'f',
    type: 'list',
    commands: ['create'],
    value: 'PATH',
    doc: 'attach a file (repeat for several)',
    schema: z.array(z.string().min(1)),
  },
  burn: {
    flag: 'burn',
    type: 'boolean',
    commands: ['create'],
    doc: 'burn after reading (with --views N: after N reads)',
    schema: z.boolean(),
  },
  views: {
    flag: 'views',
    type: 'string',
    commands: ['create'],
    value: 'N',
    doc: 'the paste is deleted after N reads',
    schema: z.coerce.number().int().min(1).optional(),
  },
  expire: {
    flag: 'expire',
    type: 'string',
    commands: ['create'],
    value: 'TIME',
    fallback: '1d',
    doc: 'lifetime: 5m, 10m, 1h, 1d, 1w, 1mo, 1y or never (what the server offers)',
    schema: z.string().min(1),
  },
  password: {
    flag: 'password',
    type: 'boolean',
    commands: ['create', 'get'],
    doc: 'a password on top of the key: asked on the terminal (or PASTENYM_PASSWORD)',
    schema: z.boolean(),
  },
  passwordFile: {
    flag: 'password-file',
    type: 'string',
    commands: ['create', 'get'],
    value: 'PATH',
    doc: 'read the password from the first line of a file',
    schema: z.string().min(1).optional(),
  },
  public: {
    flag: 'public',
    type: 'boolean',
    commands: ['create', 'get'],
    doc: 'create: an unencrypted paste; get: read one (no key needed)',
    schema: z.boolean(),
  },
  instance: {
    flag: 'instance',
    type: 'string',
    commands: ['create'],
    value: 'URL',
    env: 'PASTENYM_INSTANCE',
    fallback: 'http://127.0.0.1:8080',
    doc: 'the web app the link points to',
    schema: z.url(),
  },
  key: {
    flag: 'key',
    short: 'k',
    type: 'string',
    commands: ['get'],
    value: 'KEY',
    doc: 'the key, when the link has none',
    schema: z.string().min(1).optional(),
  },
  out: {
    flag: 'out',
    short: 'o',
    type: 'string',
    commands: ['get'],
    value: 'DIR',
    fallback: '.',
    doc: 'where attachments are saved',
    schema: z.string().min(1),
  },
  force: {
    flag: 'force',
    type: 'boolean',
    commands: ['get'],
    doc: 'overwrite existing files',
    schema: z.boolean(),
  },
  token: {
    flag: 'token',
    short: 't',
    type: 'string',
    commands: ['delete'],
    value: 'TOKEN',
    doc: 'the delete token printed by create',
    schema: z.string().min(1).optional(),
  },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

/** The parsed value of every option. */
export type OptionValues = {
  -readonly [K in OptionName]: z.infer<(typeof OPTIONS)[K]['schema']>;
};

/** True when the option belongs to the command. */
export function appliesTo(spec: OptionSpec, command: CommandName | undefined): boolean {
  return spec.commands === 'all' || (command !== undefined && spec.commands.includes(command));
}

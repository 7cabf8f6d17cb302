import {
  option,
  optionLines,
  readCommandLine,
  resolveOptions,
  type OptionSpec,
  type UsageProblem,
  portNumber,
} from '@pastenym/runtime';
import { z } from 'zod';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { formatAddress, uniformIndex } from '@pastenym/mixnet';
import { decodeBase58 } from '@pastenym/crypto';
import { isLoopbackHost, parseListenAddress } from '@pastenym/nym-api';
import { initClient } from './client-store.js';
import { startDaemon } from './daemon.js';
import { DEFAULT_BACKLOG_WARN_AT } from './stats-watch.js';
import { chooseNetwork } from './network-config.js';
import { NymClientError } from './errors.js';

const COMMANDS = ['init', 'run'] as const;
type Command = (typeof COMMANDS)[number];

/** Every option of `pastenym-nym-client`, and the commands it belongs to. */
const OPTIONS = {
  id: option('--id NAME', z.string().optional(), {
    doc: 'the client: its keys live in <data-dir>/NAME',
  }),
  dataDir: option('--data-dir DIR', z.string().min(1), {
    default: './data/nym-clients',
    doc: 'where client keys live',
  }),
  force: option('--force', z.boolean(), {
    commands: ['init'],
    doc: 'replace the keys of an existing client',
  }),
  mixnetDir: option('--mixnet-dir DIR', z.string().min(1), {
    commands: ['init'],
    default: './data/mixnet',
    doc: "the local mixnet's data directory, read for its mixnet.json",
  }),
  directory: option('--directory URL', z.string().optional(), {
    commands: ['init'],
    doc: 'join another mixnet than the local one, through its directory',
  }),
  directoryKey: option('--directory-key KEY', z.string().optional(), {
    commands: ['init'],
    doc: "the directory's signing key, with --directory",
  }),
  gateway: option('--gateway ADDRESS', z.string().optional(), {
    commands: ['init'],
    doc: 'the gateway to join (default: a random one)',
  }),
  // Both commands take these, as nym-client's do; only run uses them.
  host: option('--host HOST', z.string().min(1), {
    default: '127.0.0.1',
    doc: 'where run serves the websocket API',
  }),
  port: option('--port PORT', portNumber, { default: '1977', doc: 'its port, as nym-client' }),
  metrics: option('--metrics HOST:PORT', z.string().optional(), {
    commands: ['run'],
    doc: 'serve Prometheus counters on http://HOST:PORT/metrics (default off)',
  }),
  metricsRemote: option('--metrics-remote', z.boolean(), {
    commands: ['run'],
    doc: 'allow --metrics on an address other than loopback',
  }),
  backlogWarn: option('--backlog-warn PACKETS', z.coerce.number().int().min(1), {
    commands: ['run'],
    default: String(DEFAULT_BACKLOG_WARN_AT),
    doc: 'warn on stderr when this many packets wait to be sent',
  }),
  help: option('-h, --help', z.boolean(), { doc: 'show this help' }),
};

const isCommand = (name: string): name is Command => (COMMANDS as readonly string[]).includes(name);
const usage = (message: string) => new NymClientError('nym_client.usage', message);
const fail = (problem: UsageProblem) => usage(problem.message);

/** The help, generated from the options; those of one command are marked with it. */
export const HELP = [
  "pastenym-nym-client: a local stand-in for nym-client, on this project's mixnet",
  '',
  'Usage:',
  '  pastenym-nym-client init --id NAME [options]   create the keys, pick a gateway',
  '  pastenym-nym-client run --id NAME [options]    serve the websocket API',
  '',
  'Options:',
  ...optionLines(
    Object.values(OPTIONS).map((spec: OptionSpec) =>
      spec.commands === 'all' ? spec : { ...spec, doc: `${spec.commands.join(', ')}: ${spec.doc}` },
    ),
  ),
  '',
].join('\n');

/**
 * Runs the command line; returns the exit code (the daemon keeps running until a signal).
 * `out` gets what the real nym-client prints (address, websocket); `warn` the daemon's
 * warnings (counts only).
 * @throws {NymClientError} `nym_client.usage` for a bad command line
 */
export async function runCli(
  argv: readonly string[],
  out: (line: string) => void = console.log,
  warn: (line: string) => void = console.error,
): Promise<number> {
  const line = readCommandLine(OPTIONS, argv, { fail });
  const command = line.positionals[0];
  if (line.given.has('help') || !command) {
    out(HELP);
    return line.given.has('help') ? 0 : 2;
  }
  if (!isCommand(command)) throw usage(`unknown command "${command}"\n\n${HELP}`);
  const values = resolveOptions(OPTIONS, line, {}, { fail, command });
  if (!values.id) throw usage(`${command} needs --id NAME`);
  const crypto = createNodeCrypto();
  switch (command) {
    case 'init': {
      const network = await chooseNetwork({
        directory: values.directory,
        directoryKey: values.directoryKey,
        gateway: values.gateway,
        mixnetDir: values.mixnetDir,
        pick: (n) => uniformIndex((k) => crypto.randomBytes(k), n),
      });
      const stored = await initClient(crypto, values.dataDir, values.id, network, values.force);
      const address = formatAddress({
        identity: stored.keys.identity,
        encryption: stored.keys.encryptionPublic,
        gateway: decodeBase58(stored.gateway),
      });
      out(`Client "${values.id}" initialised.`);
      out(`The address of this client is: ${address}`);
      return 0;
    }
    case 'run': {
      const metrics =
        values.metrics === undefined
          ? undefined
          : metricsAddress(values.metrics, values.metricsRemote);
      const daemon = await startDaemon({
        id: values.id,
        dataDir: values.dataDir,
        host: values.host,
        port: values.port,
        backlogWarnAt: values.backlogWarn,
        warn,
        ...(metrics === undefined ? {} : { metrics }),
      });
      out(`The address of this client is: ${daemon.address}`);
      out(`Running websocket on ${daemon.url}`);
      if (daemon.metricsUrl !== undefined) out(`Serving metrics on ${daemon.metricsUrl}`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await daemon.close();
      return 0;
    }
  }
}

/**
 * `--metrics HOST:PORT`, loopback only unless `--metrics-remote`: the counters say when and how
 * much this client sends, which helps whoever watches the network to link its traffic to it.
 */
function metricsAddress(text: string, remote: boolean): { host: string; port: number } {
  const parsed = parseListenAddress(text);
  if (!parsed.ok) throw usage(`--metrics: ${parsed.reason}`);
  const hint = 'add --metrics-remote to serve the counters there';
  if (!remote && !isLoopbackHost(parsed.host))
    throw usage(`--metrics: not a loopback address (${hint})`);
  return { host: parsed.host, port: parsed.port };
}

import { parseArgs } from 'node:util';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { formatAddress, uniformIndex } from '@pastenym/mixnet';
import { decodeBase58 } from '@pastenym/crypto';
import { isLoopbackHost, parseListenAddress } from '@pastenym/nym-api';
import { initClient } from './client-store.js';
import { startDaemon } from './daemon.js';
import { DEFAULT_BACKLOG_WARN_AT } from './stats-watch.js';
import { chooseNetwork } from './network-config.js';
import { NymClientError } from './errors.js';

export const HELP = `pastenym-nym-client: a local stand-in for nym-client, on this project's mixnet

Usage:
  pastenym-nym-client init --id NAME [--force] [--data-dir DIR] [--mixnet-dir DIR]
                           [--directory URL --directory-key KEY] [--gateway ADDRESS]
  pastenym-nym-client run  --id NAME [--data-dir DIR] [--host 127.0.0.1] [--port 1977]
                           [--metrics HOST:PORT [--metrics-remote]] [--backlog-warn PACKETS]

  --data-dir     where client keys live (default ./data/nym-clients)
  --mixnet-dir   the local mixnet's data directory, read for its mixnet.json (default ./data/mixnet)
  --directory, --directory-key, --gateway   join another mixnet than the local one
  --host, --port where the websocket API listens (default 127.0.0.1:1977, like nym-client)
  --metrics      serve Prometheus counters on http://HOST:PORT/metrics (default off)
  --metrics-remote  allow --metrics on an address other than loopback
  --backlog-warn warn on stderr when this many packets wait to be sent (default 10000)
`;

/**
 * Runs the command line; returns the exit code (the daemon keeps running until a signal).
 * `out` gets what the real nym-client prints (address, websocket); `warn` the daemon's
 * warnings (counts only).
 */
export async function runCli(
  argv: readonly string[],
  out: (line: string) => void = console.log,
  warn: (line: string) => void = console.error,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    allowPositionals: true,
    options: {
      id: { type: 'string' },
      'data-dir': { type: 'string', default: './data/nym-clients' },
      'mixnet-dir': { type: 'string', default: './data/mixnet' },
      directory: { type: 'string' },
      'directory-key': { type: 'string' },
      gateway: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      port: { type: 'string', default: '1977' },
      metrics: { type: 'string' },
      'metrics-remote': { type: 'boolean', default: false },
      'backlog-warn': { type: 'string', default: String(DEFAULT_BACKLOG_WARN_AT) },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const command = positionals[0];
  if (values.help || !command) {
    out(HELP);
    return values.help ? 0 : 2;
  }
  if (!values.id) throw new NymClientError('nym_client.usage', `${command} needs --id NAME`);
  const crypto = createNodeCrypto();
  switch (command) {
    case 'init': {
      const network = await chooseNetwork({
        directory: values.directory,
        directoryKey: values['directory-key'],
        gateway: values.gateway,
        mixnetDir: values['mixnet-dir'],
        pick: (n) => uniformIndex((k) => crypto.randomBytes(k), n),
      });
      const stored = await initClient(crypto, values['data-dir'], values.id, network, values.force);
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
      const port = Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        throw new NymClientError(
          'nym_client.usage',
          `--port must be 0 to 65535, got ${values.port}`,
        );
      }
      const backlogWarnAt = Number(values['backlog-warn']);
      if (!Number.isSafeInteger(backlogWarnAt) || backlogWarnAt < 1) {
        throw new NymClientError('nym_client.usage', '--backlog-warn must be a whole number >= 1');
      }
      const metrics =
        values.metrics === undefined
          ? undefined
          : metricsAddress(values.metrics, values['metrics-remote']);
      const daemon = await startDaemon({
        id: values.id,
        dataDir: values['data-dir'],
        host: values.host,
        port,
        backlogWarnAt,
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
    default:
      throw new NymClientError('nym_client.usage', `unknown command "${command}"\n\n${HELP}`);
  }
}

/**
 * `--metrics HOST:PORT`, loopback only unless `--metrics-remote`: the counters say when and how
 * much this client sends, which helps whoever watches the network to link its traffic to it.
 */
function metricsAddress(text: string, remote: boolean): { host: string; port: number } {
  const parsed = parseListenAddress(text);
  if (!parsed.ok) throw new NymClientError('nym_client.usage', `--metrics: ${parsed.reason}`);
  if (!remote && !isLoopbackHost(parsed.host)) {
    throw new NymClientError(
      'nym_client.usage',
      '--metrics: not a loopback address (add --metrics-remote to serve the counters there)',
    );
  }
  return { host: parsed.host, port: parsed.port };
}

import { parseArgs } from 'node:util';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { formatAddress, uniformIndex } from '@pastenym/mixnet';
import { decodeBase58 } from '@pastenym/crypto';
import { initClient } from './client-store.js';
import { startDaemon } from './daemon.js';
import { chooseNetwork } from './network-config.js';
import { NymClientError } from './errors.js';

export const HELP = `pastenym-nym-client: a local stand-in for nym-client, on this project's mixnet

Usage:
  pastenym-nym-client init --id NAME [--force] [--data-dir DIR] [--mixnet-dir DIR]
                           [--directory URL --directory-key KEY] [--gateway ADDRESS]
  pastenym-nym-client run  --id NAME [--data-dir DIR] [--host 127.0.0.1] [--port 1977]

  --data-dir     where client keys live (default ./data/nym-clients)
  --mixnet-dir   the local mixnet's data directory, read for its mixnet.json (default ./data/mixnet)
  --directory, --directory-key, --gateway   join another mixnet than the local one
  --host, --port where the websocket API listens (default 127.0.0.1:1977, like nym-client)
`;

/** Runs the command line; returns the exit code (the daemon keeps running until a signal). */
export async function runCli(
  argv: readonly string[],
  out: (line: string) => void = console.log,
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
      const daemon = await startDaemon({
        id: values.id,
        dataDir: values['data-dir'],
        host: values.host,
        port,
      });
      out(`The address of this client is: ${daemon.address}`);
      out(`Running websocket on ${daemon.url}`);
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

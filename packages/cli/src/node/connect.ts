import type { CryptoProvider } from '@pastenym/crypto';
import { generateClientKeys, MixnetClient, parseAddress, uniformIndex } from '@pastenym/mixnet';
import { asAnonymousSender, Recipient } from '@pastenym/nym-api';
import { connectNymApi, DEFAULT_NYM_CLIENT_URL } from '@pastenym/nym-api/node';
import { nodeWebSocket } from '@pastenym/nym-client';
import { CliError, usageError } from '../errors.js';
import type { CliIo } from '../io.js';
import { cliTransport, type CliTransport } from '../transports/transport.js';
import { findLocalNetwork } from './discovery.js';

/** What opening a transport needs. */
export interface ConnectRequest {
  readonly crypto: CryptoProvider;
  readonly io: CliIo;
  readonly network: 'local' | 'nym';
  readonly nymClient: string | undefined;
  readonly server: string;
  readonly dataDir: string;
  readonly directory?: string | undefined;
  readonly directoryKey?: string | undefined;
  readonly gateway?: string | undefined;
}

/**
 * Opens the transport the options ask for: a nym-client websocket with `--nym-client` or
 * `--network nym`, otherwise an embedded client of the local mixnet (fresh keys per run, so
 * runs cannot be linked by address).
 * @throws {CliError} `cli.usage` for a malformed server address, `cli.no_network`, or
 *   `cli.network` when the nym-client, directory or gateway cannot be reached.
 */
export async function openTransport(request: ConnectRequest): Promise<CliTransport> {
  const url = request.nymClient ?? (request.network === 'nym' ? DEFAULT_NYM_CLIENT_URL : undefined);
  return url === undefined ? openMixnet(request) : openNymClient(request, url);
}

async function openNymClient(request: ConnectRequest, url: string): Promise<CliTransport> {
  const server = Recipient.tryParse(request.server);
  if (!server.ok) throw usageError(`bad server address: ${server.error.message}`);
  try {
    // Binary mode: v3 messages are bytes, and text mode delivers a lossy UTF-8 decoding.
    const client = await connectNymApi({ url, mode: 'binary', reconnect: { maxAttempts: 3 } });
    return cliTransport(asAnonymousSender(client), server.recipient.toString(), () =>
      client.close().catch(() => undefined),
    );
  } catch (error) {
    throw new CliError('cli.network', `cannot reach the nym-client at ${url}: is it running?`, {
      cause: error,
    });
  }
}

async function openMixnet(request: ConnectRequest): Promise<CliTransport> {
  const { crypto, io } = request;
  try {
    parseAddress(request.server);
  } catch (error) {
    throw new CliError('cli.usage', 'bad server address: expected identity.encryption@gateway', {
      cause: error,
    });
  }
  const network = await findLocalNetwork(request, { dataDir: request.dataDir, cwd: io.cwd }, (n) =>
    uniformIndex((k) => crypto.randomBytes(k), n),
  );
  let client: MixnetClient;
  try {
    client = await MixnetClient.start({
      crypto,
      keys: generateClientKeys(crypto),
      directoryUrl: network.directoryUrl,
      directoryKey: network.directoryKey,
      ...(network.gateway === undefined ? {} : { gateway: network.gateway }),
      connect: nodeWebSocket,
      clock: io.clock,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CliError(
      'cli.network',
      `cannot join the local mixnet (directory ${network.directoryUrl}): ${reason}`,
      {
        cause: error,
      },
    );
  }
  return cliTransport(client, request.server, async () => {
    // Our acks of the reply are still queued: let them leave, or the replier retransmits.
    for (let waited = 0; client.stats.pending > 0 && waited < DRAIN_MS; waited += DRAIN_POLL_MS) {
      await new Promise<void>((done) => io.clock.setTimeout(() => done(), DRAIN_POLL_MS));
    }
    client.close();
  });
}

/** How long closing waits for queued packets (our acks of the reply) to leave. */
const DRAIN_MS = 2000;
const DRAIN_POLL_MS = 50;

// Two paste servers, each behind its own nym-client stand-in, on one PostgreSQL schema, over
// one local mixnet (single process, ports chosen by the OS on 127.0.0.1).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { startMixnet, type Mixnet } from '@pastenym/mixnet/node';
import { initClient, startDaemon, type Daemon } from '@pastenym/nym-client';
import {
  createLogger,
  parseConfig,
  startPasteServer,
  type RunningPasteServer,
} from '@pastenym/server/node';
import { dropSchema, randomSchemaName } from '@pastenym/test-postgres';
import { openEmbeddedClient, type EmbeddedPasteClient } from '../../src/chaos/embedded-client.js';

export interface ScaleOut {
  readonly mixnet: Mixnet;
  readonly servers: readonly RunningPasteServer[];
  /** A paste client of `servers[index]` over a mixnet client of its own (closed by `close`). */
  client(index: number): Promise<EmbeddedPasteClient>;
  close(): Promise<void>;
}

/** Starts the mixnet, two nym-clients (one per gateway) and two servers on a fresh schema. */
export async function startScaleOut(postgresUrl: string): Promise<ScaleOut> {
  const dir = await mkdtemp(join(tmpdir(), 'pastenym-scale-out-'));
  const schema = randomSchemaName('pastenym_stack');
  const crypto = createNodeCrypto();
  const cleanups: (() => Promise<void>)[] = [
    () => rm(dir, { recursive: true, force: true }),
    () => dropSchema(postgresUrl, schema),
  ];
  const close = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  };
  try {
    // Generous heartbeats: in one process, Sphinx work can delay them.
    const mixnet = await startMixnet({
      basePort: 0,
      singleProcess: true,
      dataDir: join(dir, 'mixnet'),
      heartbeatMs: 2000,
      crypto,
    });
    cleanups.push(() => mixnet.stop());
    const network = { directoryUrl: mixnet.directoryUrl, directoryKey: mixnet.directoryKey };
    const servers: RunningPasteServer[] = [];
    for (const [index, gateway] of mixnet.gateways.entries()) {
      const id = `paste-server-${index}`;
      const clientsDir = join(dir, 'nym-clients');
      await initClient(crypto, clientsDir, id, { ...network, gateway: gateway.address });
      const daemon: Daemon = await startDaemon({ id, dataDir: clientsDir, port: 0 });
      cleanups.push(() => daemon.close());
      const server = await startPasteServer(serverConfig(daemon.url, postgresUrl, schema), {
        logger: createLogger('silent'),
      });
      cleanups.push(() => server.stop(1000));
      servers.push(server);
    }
    return {
      mixnet,
      servers,
      async client(index) {
        const client = await openEmbeddedClient({
          crypto,
          ...network,
          server: servers[index]!.address,
          timeoutMs: 20_000,
        });
        cleanups.push(() => Promise.resolve(client.close()));
        return client;
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

function serverConfig(nymClient: string, postgresUrl: string, schema: string) {
  const request = parseConfig(
    [
      ...['--nym-client', nymClient, '--store', 'postgres'],
      ...['--postgres-url', postgresUrl, '--postgres-schema', schema],
      // Cheap proof of work: these tests are about the servers, not about spam.
      ...['--pow-difficulty', '8', '--pow-max-difficulty', '8', '--log-level', 'silent'],
    ],
    {},
  );
  if (request.kind !== 'run') throw new Error('unexpected server configuration request');
  return request.config;
}

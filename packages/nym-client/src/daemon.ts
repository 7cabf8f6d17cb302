import WebSocket from 'ws';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { MixnetClient, type WebSocketLike } from '@pastenym/mixnet';
import { NymApiServer } from '@pastenym/nym-api/node';
import { loadClient } from './client-store.js';
import { mixnetBackend, type BackendCounters } from './mixnet-backend.js';

export interface DaemonOptions {
  readonly id: string;
  readonly dataDir: string;
  /** Where the websocket API listens; defaults as the real nym-client: 127.0.0.1:1977. */
  readonly host?: string;
  readonly port?: number;
  /** Where the directory is now, when it moved since `init` (same mixnet, other port). */
  readonly directoryUrl?: string;
}

export interface Daemon {
  readonly address: string;
  /** The websocket apps connect to. */
  readonly url: string;
  readonly counters: BackendCounters;
  close(): Promise<void>;
}

/** Opens websockets with the `ws` package, which has the browser WebSocket's event API. */
export const nodeWebSocket = (url: string): WebSocketLike =>
  new WebSocket(url) as unknown as WebSocketLike;

/**
 * Runs a stored client: joins the mixnet through its gateway and serves the nym-client
 * websocket API in front of it.
 * @throws {NymClientError} when the client is not initialised; {@link MixnetError} when the
 *   mixnet cannot be reached; {@link NymApiError} `nym_api.listen_failed` when the port is taken.
 */
export async function startDaemon(options: DaemonOptions): Promise<Daemon> {
  const crypto = createNodeCrypto();
  const stored = await loadClient(crypto, options.dataDir, options.id);
  const client = await MixnetClient.start({
    crypto,
    keys: stored.keys,
    directoryUrl: options.directoryUrl ?? stored.directoryUrl,
    directoryKey: stored.directoryKey,
    gateway: stored.gateway,
    connect: nodeWebSocket,
  });
  const counters: BackendCounters = { sent: 0, failed: 0, received: 0 };
  let server: NymApiServer;
  try {
    server = await NymApiServer.listen({
      backend: mixnetBackend(client, counters),
      host: options.host ?? '127.0.0.1',
      port: options.port ?? 1977,
    });
  } catch (error) {
    client.close();
    throw error;
  }
  return {
    address: client.address,
    url: server.url,
    counters,
    async close() {
      await server.close();
      client.close();
    },
  };
}

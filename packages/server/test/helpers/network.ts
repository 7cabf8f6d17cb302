// An in-memory mixnet with a real nym-client websocket API in front of the server's side, and a
// paste-protocol transport for the user's side: the server runs its real transport code.
import { randomBytes } from 'node:crypto';
import { Recipient } from '@pastenym/nym-api';
import { LoopbackNetwork, type LoopbackClient } from '@pastenym/nym-api/testing';
import { NymApiServer } from '@pastenym/nym-api/node';
import type { Transport } from '@pastenym/paste-protocol';
import { PasteClient } from '@pastenym/paste-protocol';
import { crypto } from './service.js';

/** The network, the server's nym-client (API on 127.0.0.1, OS-chosen port) and its backend. */
export interface TestNetwork {
  readonly network: LoopbackNetwork;
  readonly serverBackend: LoopbackClient;
  daemon: NymApiServer;
  /** Stops the server's nym-client API and starts it again on the same port. */
  restartDaemon(downMs?: number): Promise<void>;
  close(): Promise<void>;
}

export async function startTestNetwork(): Promise<TestNetwork> {
  const network = new LoopbackNetwork({ rng: (n) => new Uint8Array(randomBytes(n)) });
  const serverBackend = network.createClient();
  const daemon = await NymApiServer.listen({ backend: serverBackend, port: 0 });
  const net: TestNetwork = {
    network,
    serverBackend,
    daemon,
    async restartDaemon(downMs = 200) {
      const port = net.daemon.port;
      await net.daemon.close();
      await new Promise((resolve) => setTimeout(resolve, downMs));
      net.daemon = await NymApiServer.listen({ backend: serverBackend, port });
    },
    close: () => net.daemon.close(),
  };
  return net;
}

/** A user's transport: anonymous sends to the server, replies by the network. */
export function userTransport(user: LoopbackClient, server: Recipient | string): Transport {
  const recipient = typeof server === 'string' ? Recipient.parse(server) : server;
  return {
    send(bytes) {
      user.sendAnonymous(recipient, bytes, 10);
      return Promise.resolve();
    },
    onMessage(listener) {
      return user.onReceived((message) => listener(message));
    },
  };
}

/** A paste client for a fresh user of `network`, with a short timeout. */
export function userClient(net: TestNetwork, server: string, timeoutMs = 10_000): PasteClient {
  return new PasteClient({
    transport: userTransport(net.network.createClient(), server),
    crypto,
    timeoutMs,
    passwordIterations: 1000,
  });
}

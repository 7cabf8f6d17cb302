import { join } from 'node:path';
import type { CryptoProvider } from '@pastenym/crypto';
import { startMixnet, type Mixnet } from '@pastenym/mixnet/node';
import { initClient, startDaemon, type Daemon } from '@pastenym/nym-client';
import { startServerProcess, type ServerProcess } from './server-process.js';

/** The server's nym-client joins this gateway; the other one serves only clients. */
export const SERVER_GATEWAY = 'gateway-a';
export const CLIENTS_GATEWAY = 'gateway-b';

/** The system under test, with the handles the chaos events need. */
export interface ChaosStack {
  readonly mixnet: Mixnet;
  /** The server's nym-client stand-in (in this process; it outlives server restarts). */
  readonly daemon: Daemon;
  /** The paste server's address: its nym-client's, the same across restarts. */
  readonly serverAddress: string;
  /** Kills the paste server without grace (SIGKILL). */
  killServer(): Promise<void>;
  /** Starts it again on the same store and nym-client. */
  startServer(): Promise<void>;
  stop(): Promise<void>;
}

/** Flags of the paste server: cheap, steady proof of work (the load is not spam). */
const SERVER_FLAGS = ['--pow-difficulty', '8', '--pow-max-difficulty', '8'];

/**
 * Starts the local mixnet (a child process per node, ports from the OS), the server's nym-client
 * stand-in on {@link SERVER_GATEWAY}, and the paste server as a child process on SQLite, all
 * under `dir`. `serverFlags` replace the kills scenario's cheap, fixed proof of work.
 * @throws {MixnetError} when the mixnet does not start; {@link StackError} `stack.server_failed`
 */
export async function startChaosStack(
  dir: string,
  crypto: CryptoProvider,
  options: { readonly serverFlags?: readonly string[] } = {},
): Promise<ChaosStack> {
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stops.splice(0).reverse()) await step().catch(() => undefined);
  };
  try {
    const mixnet = await startMixnet({
      basePort: 0,
      dataDir: join(dir, 'mixnet'),
      singleProcess: false,
      quiet: true,
      crypto,
    });
    stops.push(() => mixnet.stop());
    const clientsDir = join(dir, 'nym-clients');
    await initClient(crypto, clientsDir, 'paste-server', {
      directoryUrl: mixnet.directoryUrl,
      directoryKey: mixnet.directoryKey,
      gateway: mixnet.node(SERVER_GATEWAY).address,
    });
    const daemon = await startDaemon({ id: 'paste-server', dataDir: clientsDir, port: 0 });
    stops.push(() => daemon.close());
    const serverOptions = {
      nymClientUrl: daemon.url,
      dataDir: join(dir, 'server'),
      flags: options.serverFlags ?? SERVER_FLAGS,
    };
    let server: ServerProcess | undefined = await startServerProcess(serverOptions);
    stops.push(() => server?.stop() ?? Promise.resolve());
    return {
      mixnet,
      daemon,
      serverAddress: daemon.address,
      async killServer() {
        await server?.kill();
        server = undefined;
      },
      async startServer() {
        server = await startServerProcess(serverOptions);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

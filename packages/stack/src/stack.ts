import { access, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { startMixnet, type Mixnet } from '@pastenym/mixnet/node';
import {
  initClient,
  loadClient,
  startDaemon,
  NymClientError,
  type Daemon,
} from '@pastenym/nym-client';
import {
  createLogger,
  parseConfig,
  startPasteServer,
  type RunningPasteServer,
} from '@pastenym/server/node';
import { StackError } from './errors.js';
import { assertPortFree } from './ports.js';
import { contentSecurityPolicy, startStaticServer, type StaticServer } from 'web/serve';

export interface StackOptions {
  readonly profile: 'fast' | 'nym';
  /** Everything persistent: mixnet keys, the server's nym-client keys, the pastes (SQLite). */
  readonly dataDir: string;
  readonly host: string;
  readonly webPort: number;
  readonly mixnetBasePort: number;
  readonly nymClientPort: number;
  /** The built web app (index.html and assets). */
  readonly webRoot: string;
  /** All mixnet nodes in this process (tests) instead of one process each. */
  readonly singleProcess?: boolean;
  /** More `pastenym-server` flags, after the stack's own (the benchmark's fixed proof of work). */
  readonly serverFlags?: readonly string[];
  readonly log?: (line: string) => void;
}

export interface Stack {
  readonly webUrl: string;
  readonly serverAddress: string;
  readonly mixnet: Mixnet;
  readonly daemon: Daemon;
  readonly server: RunningPasteServer;
  stop(): Promise<void>;
}

const SERVER_CLIENT_ID = 'paste-server';

/**
 * Starts the whole system on the local mixnet: the mixnet, the paste server's nym-client
 * stand-in, the paste server (SQLite under `dataDir`), and the web app. A restart with the same
 * `dataDir` keeps the pastes and the server's address.
 * @throws {StackError} `stack.port_in_use`, `stack.web_not_built`, `stack.other_mixnet`
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const log = options.log ?? (() => undefined);
  await access(join(options.webRoot, 'index.html')).catch((error: unknown) => {
    throw new StackError(
      'stack.web_not_built',
      `the web app is not built (${options.webRoot}): run npm run build`,
      { cause: error },
    );
  });
  await assertPortFree(options.host, options.webPort, 'the web app', '--port');
  await assertPortFree(
    options.host,
    options.nymClientPort,
    "the server's nym-client",
    '--nym-client-port',
  );
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });

  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch(() => undefined);
  };
  try {
    log('starting the mixnet…');
    const mixnet = await startMixnet({
      profile: options.profile,
      dataDir: join(options.dataDir, 'mixnet'),
      host: options.host,
      basePort: options.mixnetBasePort,
      singleProcess: options.singleProcess ?? false,
      quiet: true,
    });
    stops.push(() => mixnet.stop());
    await mixnet.waitForTopology();

    log("starting the paste server's nym-client…");
    const daemon = await startServerClient(options, mixnet);
    stops.push(() => daemon.close());

    log('starting the paste server…');
    const request = parseConfig(
      [
        '--nym-client',
        daemon.url,
        '--store',
        'sqlite',
        '--data-dir',
        join(options.dataDir, 'server'),
        '--log-level',
        'warn',
        ...(options.serverFlags ?? []),
      ],
      {},
    );
    if (request.kind !== 'run') throw new Error('unexpected server configuration request');
    const server = await startPasteServer(request.config, { logger: createLogger('warn') });
    stops.push(() => server.stop());
    await writeFile(
      join(options.dataDir, 'server.json'),
      `${JSON.stringify({ address: server.address }, null, 2)}\n`,
    );

    // The page may connect to its own origin and this mixnet's gateways, nothing else; sent
    // as a header it also binds the mixnet worker, which the page's meta policy cannot.
    const gateways = mixnet.gateways.flatMap((gateway) => gateway.clientUrl ?? []);
    let webUrl = '';
    const site: StaticServer = await startStaticServer({
      root: options.webRoot,
      host: options.host,
      port: options.webPort,
      config: () => webConfig(mixnet, server.address, webUrl),
      csp: contentSecurityPolicy({ network: 'local', connectSrc: gateways, delivery: 'header' }),
    });
    webUrl = site.url.replace(/\/$/, '');
    stops.push(() => site.close());
    return { webUrl, serverAddress: server.address, mixnet, daemon, server, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Starts the server's nym-client, creating its keys on first use. */
async function startServerClient(options: StackOptions, mixnet: Mixnet): Promise<Daemon> {
  const crypto = createNodeCrypto();
  const dataDir = join(options.dataDir, 'nym-clients');
  try {
    const stored = await loadClient(crypto, dataDir, SERVER_CLIENT_ID);
    if (stored.directoryKey !== mixnet.directoryKey) {
      throw new StackError(
        'stack.other_mixnet',
        `${dataDir} belongs to another mixnet: use another --data-dir, or delete it`,
      );
    }
  } catch (error) {
    if (!(error instanceof NymClientError && error.code === 'nym_client.not_initialised'))
      throw error;
    const gateway = mixnet.topology().gateways[0]!.address;
    await initClient(crypto, dataDir, SERVER_CLIENT_ID, {
      directoryUrl: mixnet.directoryUrl,
      directoryKey: mixnet.directoryKey,
      gateway,
    });
  }
  return startDaemon({
    id: SERVER_CLIENT_ID,
    dataDir,
    host: options.host,
    port: options.nymClientPort,
    directoryUrl: mixnet.directoryUrl,
  });
}

/**
 * The page's config.json: the signed topology travels inside it, so the page needs no request
 * besides its own files and the gateway websocket.
 */
async function webConfig(mixnet: Mixnet, serverAddress: string, webUrl: string): Promise<unknown> {
  const response = await fetch(new URL('/v1/topology', mixnet.directoryUrl));
  return {
    instanceName: 'Pastenym (local)',
    serverAddress,
    network: 'local',
    local: { directoryKey: mixnet.directoryKey, topology: await response.json() },
    linkBase: webUrl,
  };
}

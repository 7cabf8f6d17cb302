// The local stack a browser test needs: a single-process mixnet, a nym-client stand-in with the
// paste service behind it, and the built page on a static server whose config.json carries the
// current topology and whose CSP allows exactly the browser's gateway. On demand, a server that
// speaks v2 only, with the page served again for it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { startMixnet, type Mixnet } from '@pastenym/mixnet/node';
import { initClient, startDaemon, type Daemon } from '@pastenym/nym-client';
import { contentSecurityPolicy } from '../../src/config/csp.js';
import type { WebConfig } from '../../src/config/web-config.js';
import { gatewayWebSocketUrl, localConfigSource } from '../../src/node/local-config.js';
import {
  startStaticServer,
  type StaticServer,
  type StaticServerOptions,
} from '../../src/node/static-server.js';
import { startTestPasteServer, type TestPasteServer } from './paste-server.js';
import { startTestV2Server, type TestV2Server } from './v2-server.js';

/** Low, so tests spend no time on proofs of work (the real default is 16). */
export const TEST_DIFFICULTY = 8;

export interface LocalStack {
  readonly mixnet: Mixnet;
  readonly site: StaticServer;
  /** The only websocket the page may open. */
  readonly gatewayUrl: string;
  readonly serverAddress: string;
  readonly server: TestPasteServer;
  /** The config.json source of the page (a fresh topology per request). */
  readonly config: () => Promise<WebConfig>;
  /** Another static server for the same page and stack (e.g. without the CSP). */
  serveAgain(options: Partial<StaticServerOptions>): Promise<StaticServer>;
  /** Starts the v2-only server double, and the page on a static server that uses it. */
  startV2Server(): Promise<{ readonly server: TestV2Server; readonly site: StaticServer }>;
  close(): Promise<void>;
}

/** Starts everything; `appDir` is a built page (see build.ts). */
export async function startLocalStack(
  appDir: string,
  options: { readonly difficulty?: number } = {},
): Promise<LocalStack> {
  const dir = await mkdtemp(join(tmpdir(), 'pastenym-web-'));
  const crypto = createNodeCrypto();
  const cleanups: (() => Promise<void>)[] = [() => rm(dir, { recursive: true, force: true })];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  };
  try {
    const mixnet = await startMixnet({
      basePort: 0,
      dataDir: join(dir, 'mixnet'),
      singleProcess: true,
      crypto,
    });
    cleanups.push(() => mixnet.stop());
    await mixnet.waitForTopology();
    const [serverGateway, browserGateway] = mixnet.topology().gateways;
    if (!serverGateway || !browserGateway)
      throw new Error('the mixnet has fewer than two gateways');
    const network = { directoryUrl: mixnet.directoryUrl, directoryKey: mixnet.directoryKey };
    /** A nym-client stand-in on the servers' gateway; returns its websocket URL. */
    const startNymClient = async (id: string): Promise<string> => {
      await initClient(crypto, join(dir, 'clients'), id, {
        ...network,
        gateway: serverGateway.address,
      });
      const daemon: Daemon = await startDaemon({ id, dataDir: join(dir, 'clients'), port: 0 });
      cleanups.push(() => daemon.close());
      return daemon.url;
    };
    const server: TestPasteServer = await startTestPasteServer(
      await startNymClient('server'),
      join(dir, 'pastes'),
      options.difficulty ?? TEST_DIFFICULTY,
    );
    cleanups.push(() => server.close());

    const topology: unknown = await (
      await fetch(new URL('/v1/topology', mixnet.directoryUrl))
    ).json();
    const gatewayUrl = gatewayWebSocketUrl(topology, browserGateway.address);
    if (!gatewayUrl) throw new Error('no websocket for the browser gateway');
    const configFor = (serverAddress: string) =>
      localConfigSource({ ...network, serverAddress, gateway: browserGateway.address });
    const config = configFor(server.address);
    const csp = contentSecurityPolicy({
      network: 'local',
      connectSrc: [gatewayUrl],
      delivery: 'header',
    });
    const serveAgain = async (options: Partial<StaticServerOptions>) => {
      const extra = await startStaticServer({ root: appDir, config, csp, ...options });
      cleanups.push(() => extra.close());
      return extra;
    };
    const site = await serveAgain({});
    const startV2Server = async () => {
      const v2 = await startTestV2Server(await startNymClient('v2-server'));
      cleanups.push(() => v2.close());
      return { server: v2, site: await serveAgain({ config: configFor(v2.address) }) };
    };
    return {
      mixnet,
      site,
      gatewayUrl,
      serverAddress: server.address,
      server,
      config,
      serveAgain,
      startV2Server,
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

// A single-process local mixnet on OS-chosen ports, for tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { decodeBase58, type CryptoProvider } from '@pastenym/crypto';
import { generateClientKeys, MixnetClient, type MixnetClientOptions } from '../../../src/index.js';
import { nodeWebSocket } from '../../../src/node/web-socket.js';
import { fetchTopology, TopologyView, type TopologyNode } from '../../../src/topology/view.js';
import { startMixnet, type Mixnet, type MixnetOptions } from '../../../src/node/launcher.js';

export interface MixnetFixture {
  readonly mixnet: Mixnet;
  readonly dataDir: string;
  /** A fresh view of the published topology. */
  view(): Promise<TopologyView>;
  /** The topology node of a launched node, by name. */
  hop(view: TopologyView, name: string): TopologyNode;
  /** Whether a mix with this address is in the published topology. */
  listed(address: string): boolean;
  /** A client core with fresh keys on the named gateway, closed with the mixnet. */
  client(gateway: string, options?: Partial<MixnetClientOptions>): Promise<MixnetClient>;
  close(): Promise<void>;
}

/** The mixnet of a test file: started before its tests, stopped after them. */
export function useTestMixnet(crypto: CryptoProvider, options?: MixnetOptions): MixnetFixture {
  const fixture = {} as MixnetFixture;
  beforeAll(async () => {
    Object.assign(fixture, await startTestMixnet(crypto, options));
  });
  afterAll(async () => {
    await (fixture as Partial<MixnetFixture>).close?.();
  });
  return fixture;
}

async function startTestMixnet(
  crypto: CryptoProvider,
  options: MixnetOptions = {},
): Promise<MixnetFixture> {
  const dataDir = await mkdtemp(join(tmpdir(), 'pastenym-mixnet-'));
  const mixnet = await startMixnet({
    basePort: 0,
    singleProcess: true,
    dataDir,
    heartbeatMs: 200,
    crypto,
    nodeOptions: { replayFilter: { capacity: 10_000 } },
    ...options,
  });
  const clients: MixnetClient[] = [];
  return {
    mixnet,
    dataDir,
    view: async () =>
      new TopologyView(
        await fetchTopology(crypto, fetch, mixnet.directoryUrl, mixnet.directoryKey),
      ),
    hop(view, name) {
      const node = view.node(decodeBase58(mixnet.node(name).address));
      if (!node) throw new Error(`${name} is not in the topology`);
      return node;
    },
    listed: (address) => mixnet.topology().mixes.some((mix) => mix.address === address),
    async client(gateway, clientOptions) {
      const client = await MixnetClient.start({
        crypto,
        keys: generateClientKeys(crypto),
        directoryUrl: mixnet.directoryUrl,
        directoryKey: mixnet.directoryKey,
        gateway: mixnet.node(gateway).address,
        connect: nodeWebSocket,
        ...clientOptions,
      });
      clients.push(client);
      return client;
    },
    async close() {
      for (const client of clients) client.close();
      await mixnet.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The index of `name` within its layer, in the order routes pick from. */
export function layerIndex(view: TopologyView, fixture: MixnetFixture, name: string): number {
  const node = fixture.mixnet.node(name);
  return view.topology.mixes
    .filter((mix) => mix.layer === node.layer)
    .findIndex((mix) => mix.address === node.address);
}

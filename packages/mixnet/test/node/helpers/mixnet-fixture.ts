// A single-process local mixnet on OS-chosen ports, for tests.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeBase58, type CryptoProvider } from '@pastenym/crypto';
import { fetchTopology, TopologyView, type TopologyNode } from '../../../src/topology/view.js';
import { startMixnet, type Mixnet, type MixnetOptions } from '../../../src/node/launcher.js';

export interface MixnetFixture {
  readonly mixnet: Mixnet;
  readonly dataDir: string;
  /** A fresh view of the published topology. */
  view(): Promise<TopologyView>;
  /** The topology node of a launched node, by name. */
  hop(view: TopologyView, name: string): TopologyNode;
  close(): Promise<void>;
}

export async function startTestMixnet(
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
    async close() {
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

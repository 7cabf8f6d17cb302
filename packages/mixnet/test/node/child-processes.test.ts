import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeBase58, utf8 } from '@pastenym/crypto';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { startMixnet, type Mixnet } from '../../src/node/launcher.js';
import type { MixnetStateFile } from '../../src/node/state-file.js';
import { fetchTopology, TopologyView } from '../../src/topology/view.js';
import { built } from './helpers/built.js';
import { deliverWithAck, route } from './helpers/raw-client.js';

const crypto = createNodeCrypto();
let mixnet: Mixnet | undefined;
let dataDir: string;

beforeAll(async () => {
  if (!built) return;
  dataDir = await mkdtemp(join(tmpdir(), 'pastenym-children-'));
  mixnet = await startMixnet({ basePort: 0, dataDir, heartbeatMs: 200, quiet: true, crypto });
});

afterAll(async () => {
  await mixnet?.stop();
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

describe.skipIf(!built)('a local mixnet of child processes', () => {
  it('writes mixnet.json with the directory and the gateways', async () => {
    const state = JSON.parse(await readFile(mixnet!.stateFile, 'utf8')) as MixnetStateFile;
    expect(state.directoryUrl).toBe(mixnet!.directoryUrl);
    expect(state.directoryKey).toBe(mixnet!.directoryKey);
    expect(state.gateways.map((gateway) => gateway.clientUrl)).toEqual(
      mixnet!.gateways.map((g) => g.clientUrl),
    );
    expect(mixnet!.topology().mixes).toHaveLength(6);
  });

  it('routes a message and its ack between processes', async () => {
    const view = new TopologyView(
      await fetchTopology(crypto, fetch, mixnet!.directoryUrl, mixnet!.directoryKey),
    );
    const [a, b] = mixnet!.gateways.map((gateway) => view.node(decodeBase58(gateway.address))!);
    const [alice, bob] = await deliverWithAck(
      crypto,
      [mixnet!.gateways[0]!.clientUrl!, mixnet!.gateways[1]!.clientUrl!],
      route(view, [0, 1, 0], b!),
      route(view, [1, 0, 1], a!),
      utf8('across processes'),
    );
    expect(bob.deliveries[0]!.payload).toEqual(utf8('across processes'));
    const statuses = await mixnet!.statuses();
    const forwarded = Object.values(statuses).reduce(
      (sum, s) => sum + (s.counters['packets.forwarded'] ?? 0),
      0,
    );
    expect(forwarded).toBe(6);
    await Promise.all([alice.close(), bob.close()]);
  });

  it('survives a killed node process, which comes back with the same address', async () => {
    const node = mixnet!.node('mix-3b');
    const address = node.address;
    await node.kill();
    expect(node.running).toBe(false);
    await mixnet!.waitForTopology();
    expect(mixnet!.topology().mixes.map((mix) => mix.address)).not.toContain(address);
    await node.restart();
    await mixnet!.waitForTopology();
    expect(node.address).toBe(address);
    expect(mixnet!.topology().mixes.map((mix) => mix.address)).toContain(address);
  });
});

import { describe, expect, it } from 'vitest';
import { utf8 } from '@pastenym/crypto';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { deliverWithAck, route } from './helpers/raw-client.js';
import { layerIndex, useTestMixnet } from './helpers/mixnet-fixture.js';

const crypto = createNodeCrypto();
const fixture = useTestMixnet(crypto);

describe('a mix node that dies and comes back', () => {
  it('leaves the topology after missed heartbeats and returns with the same address', async () => {
    const node = fixture.mixnet.node('mix-2a');
    const address = node.address;
    const epoch = fixture.mixnet.topology().epoch;
    await node.kill();
    await fixture.mixnet.waitForTopology();
    expect(fixture.listed(address)).toBe(false);
    expect(fixture.mixnet.topology().epoch).toBeGreaterThan(epoch);

    await node.restart();
    await fixture.mixnet.waitForTopology();
    expect(node.address).toBe(address);
    expect(fixture.listed(address)).toBe(true);

    // And it routes again: a message whose route goes through it.
    const view = await fixture.view();
    const picks = [0, layerIndex(view, fixture, 'mix-2a'), 0];
    const [alice, bob] = await deliverWithAck(
      crypto,
      [fixture.mixnet.node('gateway-a').clientUrl!, fixture.mixnet.node('gateway-b').clientUrl!],
      route(view, picks, fixture.hop(view, 'gateway-b')),
      route(view, picks, fixture.hop(view, 'gateway-a')),
      utf8('through the restarted node'),
    );
    expect((await node.status()).counters['packets.forwarded']).toBe(2);
    await Promise.all([alice.close(), bob.close()]);
  });
});

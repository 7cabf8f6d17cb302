// The client core on a real local mixnet: sockets, node processing, gateways, directory.
// Large payloads are compared with `equalBytes`, one loop: a deep `toEqual` over megabytes holds
// the event loop for seconds, long enough for the clients' ack timers to fire.
import { beforeAll, describe, expect, it } from 'vitest';
import { equalBytes as sameBytes } from '@pastenym/crypto';
import { createNodeCrypto } from '@pastenym/crypto/node';
import type { MixnetClient, ReceivedMessage } from '../../src/index.js';
import { pattern } from '../client/client-suite.js';
import { useTestMixnet } from './helpers/mixnet-fixture.js';

const crypto = createNodeCrypto();
const fixture = useTestMixnet(crypto);
let alice: MixnetClient;
let bob: MixnetClient;

function nextMessage(receiver: MixnetClient, length: number): Promise<ReceivedMessage> {
  return new Promise((resolve) => {
    const off = receiver.onMessage((message) => {
      if (message.data.length !== length) return;
      off();
      resolve(message);
    });
  });
}

beforeAll(async () => {
  await fixture.mixnet.waitForTopology();
  const refresh = { topologyRefreshMs: 500 };
  [alice, bob] = await Promise.all([
    fixture.client('gateway-a', refresh),
    fixture.client('gateway-b', refresh),
  ]);
}, 60_000);

describe('the client core on a local mixnet', () => {
  it.each([1, 1_000, 1_000_000, 10_000_000])(
    'delivers a %d-byte message intact and in one piece',
    async (size) => {
      const data = pattern(size);
      const received = nextMessage(bob, size);
      await alice.send(bob.address, data);
      const message = await received;
      expect(sameBytes(message.data, data)).toBe(true);
      expect(message.senderTag).toBeNull();
    },
    240_000,
  );

  it('brings a 5 MB reply through reply blocks when the request carried only 10', async () => {
    const reply = pattern(5_000_000);
    const replies: Promise<void>[] = [];
    const off = bob.onMessage(({ data, senderTag }) => {
      if (senderTag && data.length === 7) replies.push(bob.reply(senderTag, reply));
    });
    const received = nextMessage(alice, reply.length);
    await alice.sendAnonymous(bob.address, new TextEncoder().encode('send it'), 10);
    expect(sameBytes((await received).data, reply)).toBe(true);
    await Promise.all(replies);
    off();
  }, 240_000);

  it('delivers every one of 1,000 messages while a mix node dies, and the node rejoins', async () => {
    const ids: number[] = [];
    let first: () => void;
    const flowing = new Promise<void>((resolve) => (first = resolve));
    let all: () => void;
    const arrived = new Promise<void>((resolve) => (all = resolve));
    const off = bob.onMessage(({ data }) => {
      if (data.length !== 64) return;
      ids.push(new DataView(data.buffer, data.byteOffset).getUint32(0));
      if (ids.length === 1) first();
      if (ids.length === 1000) all();
    });
    let acked = 0;
    const sends = Array.from({ length: 1000 }, (_, i) => {
      const data = new Uint8Array(64);
      new DataView(data.buffer).setUint32(0, i);
      return alice.send(bob.address, data).then(() => acked++);
    });
    const victim = fixture.mixnet.node('mix-2a');
    await flowing; // the first message is through: the node dies mid-stream
    const ackedBeforeDeath = acked;
    await victim.kill();
    await Promise.all(sends);
    await arrived;
    expect(ackedBeforeDeath).toBeLessThan(1000); // messages were in flight when it died
    expect(ids.sort((a, b) => a - b)).toEqual(Array.from({ length: 1000 }, (_, i) => i));
    expect(alice.stats.retransmitted).toBeGreaterThan(0);
    off();

    await victim.restart();
    await fixture.mixnet.waitForTopology();
    expect(fixture.mixnet.topology().mixes.map((m) => m.address)).toContain(victim.address);
  }, 240_000);
});

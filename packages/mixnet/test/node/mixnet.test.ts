import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { equalBytes, utf8 } from '@pastenym/crypto';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { PACKET_LENGTH } from '@pastenym/sphinx';
import { encodeFrame, FRAME_HEADER_LENGTH } from '../../src/wire/link-frames.js';
import { sumCounters } from '../../src/node/counters.js';
import type { TopologyView } from '../../src/topology/view.js';
import { forwardPacket, RawClient, route } from './helpers/raw-client.js';
import { useTestMixnet } from './helpers/mixnet-fixture.js';
import { waitFor } from '@pastenym/runtime/testing';

const crypto = createNodeCrypto();
const fixture = useTestMixnet(crypto);
let view: TopologyView;
const clients: RawClient[] = [];

async function client(gateway: string, seed = crypto.randomBytes(32), claimed?: Uint8Array) {
  const url = fixture.mixnet.node(gateway).clientUrl!;
  const connected = await RawClient.connect(crypto, url, seed, claimed);
  clients.push(connected);
  return connected;
}

/** Sends `content` from `sender` (on gateway-a) to `recipient` (on gateway-b). */
async function send(
  sender: RawClient,
  recipient: Uint8Array,
  content: Uint8Array,
  picks = [0, 0, 0],
) {
  const packet = await forwardPacket(
    crypto,
    route(view, picks, fixture.hop(view, 'gateway-b')),
    recipient,
    route(view, [1, 1, 1], fixture.hop(view, 'gateway-a')),
    sender.identity,
    content,
  );
  sender.send(packet.firstHop, packet.packet);
  return packet;
}

async function counter(name: string, key: string): Promise<number> {
  return (await fixture.mixnet.node(name).status()).counters[key] ?? 0;
}

beforeAll(async () => {
  view = await fixture.view();
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
});

describe('a local mixnet in one process', () => {
  it('publishes 3 layers of 2 mixes and 2 gateways', () => {
    const { mixes, gateways } = view.topology;
    expect(mixes.map((mix) => mix.layer).sort()).toEqual([1, 1, 2, 2, 3, 3]);
    expect(gateways).toHaveLength(2);
    expect(view.routable).toBe(true);
  });

  it('delivers content to the recipient and the ack back to the sender', async () => {
    const alice = await client('gateway-a');
    const bob = await client('gateway-b');
    expect(alice.authenticated && bob.authenticated).toBe(true);
    const content = utf8('hello through three mix layers');
    const { ackId } = await send(alice, bob.identity, content);
    await waitFor(() => bob.deliveries.length === 1, 'the message');
    expect(bob.deliveries[0]).toEqual({ type: 'deliver', surbId: null, payload: content });
    await waitFor(() => alice.deliveries.length === 1, 'the ack');
    expect(equalBytes(alice.deliveries[0]!.surbId!, ackId)).toBe(true);
  });

  it('puts frames of one size on every link, and every frame sent arrives', async () => {
    const frameSize = String(FRAME_HEADER_LENGTH + PACKET_LENGTH);
    const frames = async () => {
      const total = sumCounters(
        Object.values(await fixture.mixnet.statuses()).map((s) => s.counters),
      );
      return Object.entries(total).filter(([name]) => name.startsWith('link.frame_'));
    };
    await waitFor(async () => {
      const entries = await frames();
      const sum = (prefix: string) =>
        entries.filter(([name]) => name.startsWith(prefix)).reduce((a, [, n]) => a + n, 0);
      return sum('link.frame_out.') > 0 && sum('link.frame_out.') === sum('link.frame_in.');
    }, 'frames in flight to arrive');
    const sizes = new Set((await frames()).map(([name]) => name.split('.').at(-1)));
    expect([...sizes]).toEqual([frameSize]);
  });

  it('drops a captured packet re-injected into its first mix as a replay', async () => {
    const alice = await client('gateway-a');
    const bob = await client('gateway-b');
    const captured = await send(alice, bob.identity, utf8('once only'));
    await waitFor(() => bob.deliveries.length === 1, 'the original');
    const first = fixture.mixnet.nodes.find(
      (node) => node.address === view.node(captured.firstHop)?.descriptor.address,
    )!;
    const replays = await counter(first.name, 'drop.replay');
    const forwarded = await counter(first.name, 'packets.forwarded');
    const socket = connect(first.port, '127.0.0.1');
    socket.end(encodeFrame(captured.packet));
    await waitFor(
      async () => (await counter(first.name, 'drop.replay')) === replays + 1,
      'a replay drop',
    );
    expect(await counter(first.name, 'packets.forwarded')).toBe(forwarded);
  });

  it('keeps offline clients\u2019 messages and hands them over, in order, after authentication', async () => {
    const alice = await client('gateway-a');
    const carolSeed = crypto.randomBytes(32);
    const carol = crypto.ed25519.publicKey(carolSeed);
    const contents = ['first', 'second', 'third'].map(utf8);
    for (const content of contents) {
      const stored = await counter('gateway-b', 'delivered.mailbox');
      await send(alice, carol, content);
      await waitFor(
        async () => (await counter('gateway-b', 'delivered.mailbox')) > stored,
        'mailbox',
      );
    }
    const impostor = await client('gateway-b', crypto.randomBytes(32), carol);
    await waitFor(() => impostor.closeCode !== undefined, 'the impostor to be closed');
    expect(impostor.frames.map((frame) => frame.type)).toEqual(['challenge', 'authFail']);
    expect(impostor.closeCode).toBe(4001);

    const owner = await client('gateway-b', carolSeed);
    await waitFor(() => owner.deliveries.length === 3, 'the mailbox');
    expect(owner.deliveries.map((frame) => frame.payload)).toEqual(contents);
    await waitFor(() => alice.deliveries.length === 3, 'three acks');
  });

  it('keeps one live connection per identity: the newer replaces the older', async () => {
    const seed = crypto.randomBytes(32);
    const older = await client('gateway-b', seed);
    const newer = await client('gateway-b', seed);
    await waitFor(() => older.closeCode !== undefined, 'the older connection to close');
    expect(older.closeCode).toBe(4002);
    const alice = await client('gateway-a');
    await send(alice, newer.identity, utf8('to the newer one'));
    await waitFor(() => newer.deliveries.length === 1, 'delivery');
    expect(older.deliveries).toHaveLength(0);
  });
});

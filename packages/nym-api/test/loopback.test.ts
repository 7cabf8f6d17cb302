import { describe, expect, it } from 'vitest';
import { LoopbackNetwork, type LoopbackClient } from '../src/testing/index.js';
import { rng, testRecipient, until, utf8 } from './helpers.js';

interface Inbox {
  messages: { message: Uint8Array; senderTag: Uint8Array | null }[];
}

function inbox(client: LoopbackClient): Inbox {
  const box: Inbox = { messages: [] };
  client.onReceived((message, senderTag) => box.messages.push({ message, senderTag }));
  return box;
}

describe('LoopbackNetwork', () => {
  it('delivers by address, after the send returns', async () => {
    const network = new LoopbackNetwork({ rng });
    const alice = network.createClient();
    const bob = network.createClient();
    const box = inbox(bob);
    alice.send(bob.selfAddress(), utf8('hi'));
    expect(box.messages).toEqual([]);
    await until(() => box.messages.length === 1);
    expect(box.messages).toEqual([{ message: utf8('hi'), senderTag: null }]);
    expect(network.stats()).toEqual({ delivered: 1, dropped: 0 });
  });

  it('gives every client a valid, distinct address behind one gateway', () => {
    const network = new LoopbackNetwork({ rng });
    const [a, b] = [network.createClient().selfAddress(), network.createClient().selfAddress()];
    expect(a.equals(b)).toBe(false);
    expect(a.gateway).toEqual(b.gateway);
  });

  it('drops messages to unknown or removed addresses, and counts them', async () => {
    const network = new LoopbackNetwork({ rng });
    const alice = network.createClient();
    const bob = network.createClient();
    alice.send(testRecipient(), utf8('lost'));
    network.removeClient(bob);
    alice.send(bob.selfAddress(), utf8('lost too'));
    await until(() => network.stats().dropped === 2);
    expect(network.stats().delivered).toBe(0);
  });

  it('tags anonymous messages: one stable tag per (sender, recipient)', async () => {
    const network = new LoopbackNetwork({ rng });
    const [alice, carol, bob, dave] = [1, 2, 3, 4].map(() => network.createClient());
    const bobBox = inbox(bob!);
    const daveBox = inbox(dave!);
    alice!.sendAnonymous(bob!.selfAddress(), utf8('1'), 2);
    alice!.sendAnonymous(bob!.selfAddress(), utf8('2'), 0);
    carol!.sendAnonymous(bob!.selfAddress(), utf8('3'), 2);
    alice!.sendAnonymous(dave!.selfAddress(), utf8('4'), 2);
    await until(() => bobBox.messages.length === 3 && daveBox.messages.length === 1);
    const [first, second, third] = bobBox.messages.map((m) => m.senderTag!);
    expect(first).toHaveLength(16);
    expect(second).toEqual(first);
    expect(third).not.toEqual(first);
    expect(daveBox.messages[0]!.senderTag).not.toEqual(first);
  });

  it('routes replies by tag to the anonymous sender, without a tag', async () => {
    const network = new LoopbackNetwork({ rng });
    const alice = network.createClient();
    const bob = network.createClient();
    const aliceBox = inbox(alice);
    bob.onReceived((message, senderTag) => {
      for (let i = 0; i < 3; i++) bob.reply(senderTag!, message);
    });
    alice.sendAnonymous(bob.selfAddress(), utf8('ping'), 1);
    // More replies than SURBs: the real client fetches more SURBs by itself.
    await until(() => aliceBox.messages.length === 3);
    expect(aliceBox.messages).toEqual(Array(3).fill({ message: utf8('ping'), senderTag: null }));
  });

  it('drops replies under unknown tags, tags that never came with a SURB, or to removed senders', async () => {
    const network = new LoopbackNetwork({ rng });
    const alice = network.createClient();
    const bob = network.createClient();
    const tags: Uint8Array[] = [];
    bob.onReceived((_message, senderTag) => tags.push(senderTag!));
    bob.reply(new Uint8Array(16), utf8('nobody'));
    alice.sendAnonymous(bob.selfAddress(), utf8('no surbs'), 0);
    await until(() => tags.length === 1);
    bob.reply(tags[0]!, utf8('cannot'));
    alice.sendAnonymous(bob.selfAddress(), utf8('surbs'), 1);
    await until(() => tags.length === 2);
    network.removeClient(alice);
    bob.reply(tags[1]!, utf8('gone'));
    await until(() => network.stats().dropped === 3);
  });

  it('keeps messages that arrive before anyone listens', async () => {
    const network = new LoopbackNetwork({ rng });
    const alice = network.createClient();
    const bob = network.createClient();
    alice.send(bob.selfAddress(), utf8('early'));
    await until(() => network.stats().delivered === 1);
    const box = inbox(bob);
    expect(box.messages).toEqual([{ message: utf8('early'), senderTag: null }]);
  });
});

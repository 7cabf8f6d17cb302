// The client-core suite: it runs against the in-process mixnet, in Node and in a browser worker.
import { describe, expect, it } from 'vitest';
import type { CryptoProvider } from '@pastenym/crypto';
import { PACKET_LENGTH } from '@pastenym/sphinx';
import { generateClientKeys, MixnetClient, type ReceivedMessage } from '../../src/index.js';
import { MemoryMixnet } from '../../src/testing/index.js';

function pattern(length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (i * 31 + (i >> 8)) & 0xff;
  return out;
}

async function pair(net: MemoryMixnet) {
  const start = (gateway: number) => net.startClient(gateway, { topologyRefreshMs: 200 });
  const [alice, bob] = await Promise.all([start(0), start(1)]);
  return { alice, bob };
}

/**
 * Byte equality in one tight loop: a deep `toEqual` over megabytes holds the event loop for
 * seconds, long enough for the clients' ack timers to fire behind the test's back.
 */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function nextMessage(client: MixnetClient): Promise<ReceivedMessage> {
  return new Promise((resolve) => {
    const off = client.onMessage((message) => {
      off();
      resolve(message);
    });
  });
}

/** The client-core suite; the largest messages and replies are tested on the real local mixnet. */
export function runClientSuite(crypto: CryptoProvider): void {
  describe(`mixnet client core (${crypto.name})`, () => {
    it.each([1, 1000, 1_000_000])(
      'delivers a %d-byte message intact and in one piece',
      async (size) => {
        const net = new MemoryMixnet(crypto);
        const { alice, bob } = await pair(net);
        const data = pattern(size);
        const received = nextMessage(bob);
        await alice.send(bob.address, data);
        const message = await received;
        expect(message.senderTag).toBeNull();
        expect(message.data.length).toBe(size);
        expect(sameBytes(message.data, data)).toBe(true);
        expect([...net.stats.packetSizes]).toEqual([PACKET_LENGTH]);
        alice.close();
        bob.close();
      },
      120_000,
    );

    it('replies anonymously through reply blocks, asking for more when they run out', async () => {
      const net = new MemoryMixnet(crypto);
      const { alice, bob } = await pair(net);
      const size = 300_000;
      const big = pattern(size);
      const replies: Promise<void>[] = [];
      bob.onMessage(({ data, senderTag }) => {
        if (senderTag) replies.push(bob.reply(senderTag, data.length === 4 ? big : data));
      });
      const reply = nextMessage(alice);
      await alice.sendAnonymous(bob.address, Uint8Array.of(1, 2, 3, 4), 10);
      const message = await reply;
      expect(message.data.length).toBe(size);
      await Promise.all(replies);
      expect(sameBytes(message.data, big)).toBe(true);
      alice.close();
      bob.close();
    }, 180_000);

    it('never shows the recipient the sender address; only a sender tag', async () => {
      const net = new MemoryMixnet(crypto);
      const { alice, bob } = await pair(net);
      const received = nextMessage(bob);
      await alice.sendAnonymous(bob.address, new TextEncoder().encode('hello'), 3);
      const message = await received;
      expect(message.senderTag?.length).toBe(16);
      expect(new TextDecoder().decode(message.data)).toBe('hello');
      alice.close();
      bob.close();
    });

    it('retransmits lost packets until every message arrives', async () => {
      const net = new MemoryMixnet(crypto, {
        name: 'lossy',
        meanDelayMs: 0,
        sendingIntervalMs: 0,
        loopCoverIntervalMs: 0,
        ackTimeoutBaseMs: 150,
      });
      const { alice, bob } = await pair(net);
      net.linkFilter = () => crypto.randomBytes(1)[0]! >= 256 / 20; // lose one packet in twenty on every link
      const messages = Array.from({ length: 20 }, (_, i) => pattern(3000 + i));
      const got = new Map<number, Uint8Array>();
      bob.onMessage(({ data }) => got.set(data.length, data));
      await Promise.all(messages.map((m) => alice.send(bob.address, m)));
      await waitFor(() => got.size === messages.length);
      for (const m of messages) expect(got.get(m.length)).toEqual(m);
      expect(alice.stats.retransmitted).toBeGreaterThan(0);
      alice.close();
      bob.close();
    });

    it('routes around a mix node that dies while messages are in flight', async () => {
      const net = new MemoryMixnet(crypto, {
        name: 'fast',
        meanDelayMs: 0,
        sendingIntervalMs: 0,
        loopCoverIntervalMs: 0,
        ackTimeoutBaseMs: 200,
      });
      const { alice, bob } = await pair(net);
      const got = new Set<number>();
      bob.onMessage(({ data }) => got.add(new DataView(data.buffer, data.byteOffset).getUint32(0)));
      const sends = Array.from({ length: 200 }, (_, i) => {
        const data = new Uint8Array(100);
        new DataView(data.buffer).setUint32(0, i);
        return alice.send(bob.address, data);
      });
      net.kill(net.mixes[1]![0]!);
      await Promise.all(sends);
      await waitFor(() => got.size === 200);
      expect(got.size).toBe(200);
      alice.close();
      bob.close();
    });

    it('gets messages sent while it was offline when it reconnects', async () => {
      const net = new MemoryMixnet(crypto);
      const { alice, bob } = await pair(net);
      const received: Uint8Array[] = [];
      bob.onMessage(({ data }) => received.push(data));
      net.dropClient(crypto.ed25519.publicKey(new Uint8Array(32))); // unrelated: no effect
      const bobIdentity = (bob as unknown as { options: { keys: { identity: Uint8Array } } })
        .options.keys.identity;
      net.dropClient(bobIdentity);
      await alice.send(bob.address, pattern(5000)); // acked by bob's gateway, kept in its mailbox
      await waitFor(() => received.length === 1);
      expect(received[0]).toEqual(pattern(5000));
      alice.close();
      bob.close();
    });

    it('refuses to start with keys that cannot sign for the address', async () => {
      const net = new MemoryMixnet(crypto);
      const keys = generateClientKeys(crypto);
      const impostor = { ...keys, identitySeed: crypto.randomBytes(32) };
      await expect(
        MixnetClient.start({
          crypto,
          keys: impostor,
          directoryUrl: 'http://memory/',
          directoryKey: net.directoryKey,
          fetch: net.fetch,
          connect: net.connect,
        }),
      ).rejects.toMatchObject({ code: 'mixnet.auth_failed' });
    });

    it('refuses a topology signed by another directory', async () => {
      const net = new MemoryMixnet(crypto);
      const other = new MemoryMixnet(crypto);
      await expect(
        MixnetClient.start({
          crypto,
          keys: generateClientKeys(crypto),
          directoryUrl: 'http://memory/',
          directoryKey: other.directoryKey,
          fetch: net.fetch,
          connect: net.connect,
        }),
      ).rejects.toMatchObject({ code: 'mixnet.bad_topology' });
    });
  });
}

async function waitFor(condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

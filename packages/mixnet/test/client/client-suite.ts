// The client-core suite: it runs against the in-process mixnet, in Node and in a browser worker.
// Large payloads are compared with one tight loop (`equalBytes`): a deep `toEqual` over megabytes
// holds the event loop for seconds, long enough for the clients' ack timers to fire.
import { describe, expect, it } from 'vitest';
import { equalBytes as sameBytes, type CryptoProvider } from '@pastenym/crypto';
import { PACKET_LENGTH } from '@pastenym/sphinx';
import {
  FAST_PROFILE,
  generateClientKeys,
  MixnetClient,
  type ReceivedMessage,
} from '../../src/index.js';
import { MemoryMixnet } from '../../src/testing/index.js';

/** `length` fixed bytes, varied enough that a misplaced or missing fragment shows. */
export function pattern(length: number): Uint8Array {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = (i * 31 + (i >> 8)) & 0xff;
  return out;
}

/** Alice on the first gateway, Bob on the second (with his keys, and his connection states). */
async function pair(crypto: CryptoProvider, net: MemoryMixnet) {
  const bobKeys = generateClientKeys(crypto);
  const bobStates: string[] = [];
  const [alice, bob] = await Promise.all([
    net.startClient(0, { topologyRefreshMs: 200 }),
    net.startClient(1, {
      topologyRefreshMs: 200,
      keys: bobKeys,
      onStateChange: (state: string) => bobStates.push(state),
    }),
  ]);
  return { alice, bob, bobIdentity: bobKeys.identity, bobStates };
}

/** The next `count` messages `client` receives, duplicates included. */
function nextMessages(client: MixnetClient, count: number): Promise<ReceivedMessage[]> {
  const got: ReceivedMessage[] = [];
  return new Promise((resolve) => {
    const off = client.onMessage((message) => {
      if (got.push(message) < count) return;
      off();
      resolve(got);
    });
  });
}

const nextMessage = async (client: MixnetClient) => (await nextMessages(client, 1))[0]!;

/** The client-core suite; the largest messages and replies are tested on the real local mixnet. */
export function runClientSuite(crypto: CryptoProvider): void {
  describe(`mixnet client core (${crypto.name})`, () => {
    it.each([1, 1000, 1_000_000])(
      'delivers a %d-byte message intact and in one piece',
      async (size) => {
        const net = new MemoryMixnet(crypto);
        const { alice, bob } = await pair(crypto, net);
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
      const { alice, bob } = await pair(crypto, net);
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
      const { alice, bob } = await pair(crypto, net);
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
        ...FAST_PROFILE,
        name: 'lossy',
        ackTimeoutBaseMs: 150,
      });
      const { alice, bob } = await pair(crypto, net);
      net.linkFilter = () => crypto.randomBytes(1)[0]! >= 256 / 20; // lose one packet in twenty on every link
      const messages = Array.from({ length: 20 }, (_, i) => pattern(3000 + i));
      const arrived = nextMessages(bob, messages.length);
      await Promise.all(messages.map((m) => alice.send(bob.address, m)));
      const got = new Map((await arrived).map(({ data }) => [data.length, data]));
      for (const m of messages) expect(got.get(m.length)).toEqual(m); // each once, intact
      expect(alice.stats.retransmitted).toBeGreaterThan(0);
      alice.close();
      bob.close();
    });

    it('routes around a mix node that dies while messages are in flight', async () => {
      const net = new MemoryMixnet(crypto, { ...FAST_PROFILE, ackTimeoutBaseMs: 200 });
      const { alice, bob } = await pair(crypto, net);
      const arrived = nextMessages(bob, 200);
      const sends = Array.from({ length: 200 }, (_, i) => {
        const data = new Uint8Array(100);
        new DataView(data.buffer).setUint32(0, i);
        return alice.send(bob.address, data);
      });
      net.kill(net.mixes[1]![0]!);
      await Promise.all(sends);
      const ids = (await arrived).map(({ data }) => new DataView(data.buffer, data.byteOffset));
      expect(ids.map((view) => view.getUint32(0)).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 200 }, (_, i) => i),
      );
      expect(net.stats.dropped.get('node_down')).toBeGreaterThan(0); // the kill hit traffic
      expect(alice.stats.retransmitted).toBeGreaterThan(0);
      alice.close();
      bob.close();
    });

    it('gets messages sent while it was offline when it reconnects', async () => {
      const net = new MemoryMixnet(crypto);
      const { alice, bob, bobIdentity, bobStates } = await pair(crypto, net);
      const received: Uint8Array[] = [];
      bob.onMessage(({ data }) => received.push(data));
      net.hold(bobIdentity);
      await alice.send(bob.address, pattern(5000)); // acked by bob's gateway, kept in its mailbox
      expect(received).toEqual([]);
      expect(bobStates[2]).toBe('disconnected');
      expect(bobStates.slice(2)).not.toContain('connected'); // held out, retrying
      const arrived = nextMessage(bob);
      net.readmit(bobIdentity);
      expect((await arrived).data).toEqual(pattern(5000));
      expect(bobStates.at(-1)).toBe('connected');
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

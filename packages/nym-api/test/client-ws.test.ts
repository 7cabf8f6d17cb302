import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NymApiClient, NymApiClientEvent, ReceivedMessage } from '../src/index.js';
import { LoopbackNetwork } from '../src/testing/index.js';
import { connectNymApi, createNymApiClient, NymApiServer } from '../src/node/index.js';
import { rng, until, utf8 } from './helpers.js';

let network: LoopbackNetwork;
let aliceServer: NymApiServer;
let bobServer: NymApiServer;
const cleanup: (() => Promise<void>)[] = [];

beforeEach(async () => {
  network = new LoopbackNetwork({ rng });
  aliceServer = await NymApiServer.listen({ backend: network.createClient(), port: 0 });
  bobServer = await NymApiServer.listen({ backend: network.createClient(), port: 0 });
  cleanup.push(
    () => aliceServer.close(),
    () => bobServer.close(),
  );
});

afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

async function client(url: string, mode: 'binary' | 'text' = 'binary'): Promise<NymApiClient> {
  const connected = await connectNymApi({
    url,
    mode,
    reconnect: { initialDelayMs: 5, maxDelayMs: 20 },
  });
  cleanup.push(() => connected.close());
  return connected;
}

async function nextMessage(iterator: AsyncIterator<ReceivedMessage>): Promise<ReceivedMessage> {
  const result = await iterator.next();
  if (result.done === true) throw new Error('stream ended');
  return result.value;
}

for (const mode of ['binary', 'text'] as const) {
  describe(`app client against the API server, ${mode} mode`, () => {
    it('learns its address, sends, and replies anonymously by sender tag', async () => {
      const alice = await client(aliceServer.url, mode);
      const bob = await client(bobServer.url, mode);
      expect(alice.address?.toString()).toBe(aliceServer.address.toString());
      expect((await bob.selfAddress()).toString()).toBe(bobServer.address.toString());
      const aliceInbox = alice.messages();
      const bobInbox = bob.messages();

      await alice.send(bob.address!, utf8('plain'));
      expect(await nextMessage(bobInbox)).toEqual({ message: utf8('plain'), senderTag: null });

      await alice.sendAnonymous(bob.address!.toString(), utf8('anonymous é'), { replySurbs: 2 });
      const received = await nextMessage(bobInbox);
      expect(received.message).toEqual(utf8('anonymous é'));
      expect(received.senderTag).toHaveLength(16);
      await bob.reply(received.senderTag!, utf8('reply'));
      expect(await nextMessage(aliceInbox)).toEqual({ message: utf8('reply'), senderTag: null });
    });

    it('waits for the lane queue length when a send names a connection', async () => {
      const alice = await client(aliceServer.url, mode);
      await alice.send(bobServer.address, utf8('x'), { connectionId: 9n });
      if (mode === 'binary') expect(await alice.laneQueueLength(9n)).toBe(0);
      else
        await expect(alice.laneQueueLength(9n)).rejects.toMatchObject({
          code: 'nym_api.invalid_request',
        });
    });
  });
}

describe('app client errors', () => {
  it('rejects bad input with typed errors', async () => {
    const text = await client(aliceServer.url, 'text');
    await expect(text.send('nope', utf8('x'))).rejects.toMatchObject({
      code: 'nym_api.invalid_address',
    });
    await expect(text.send(bobServer.address, Uint8Array.of(0xff))).rejects.toMatchObject({
      code: 'nym_api.invalid_message',
    });
    await expect(text.reply('0', utf8('x'))).rejects.toMatchObject({
      code: 'nym_api.invalid_sender_tag',
    });
  });

  it('surfaces error replies of the nym-client as typed errors and events', async () => {
    const backend = network.createClient();
    backend.send = () => {
      throw new Error('the mixnet is down');
    };
    const failing = await NymApiServer.listen({ backend, port: 0 });
    cleanup.push(() => failing.close());
    const alice = await client(failing.url);
    const events: NymApiClientEvent[] = [];
    alice.subscribe((event) => events.push(event));
    await alice.send(bobServer.address, utf8('x'));
    await until(() => events.length > 0);
    expect(events[0]).toMatchObject({
      type: 'error',
      error: { code: 'nym_api.remote_error', kind: 'other', message: 'other:the mixnet is down' },
    });
    await expect(
      alice.send(bobServer.address, utf8('x'), { connectionId: 1n }),
    ).rejects.toMatchObject({
      code: 'nym_api.remote_error',
      kind: 'other',
    });
  });

  it('gives up after its attempts when nothing listens', async () => {
    const port = aliceServer.port;
    await aliceServer.close();
    const attempt = connectNymApi({
      url: `ws://127.0.0.1:${port}`,
      reconnect: { maxAttempts: 2, initialDelayMs: 1 },
    });
    await expect(attempt).rejects.toMatchObject({ code: 'nym_api.disconnected' });
    aliceServer = await NymApiServer.listen({ backend: network.createClient(), port: 0 });
  });

  it('rejects requests while disconnected when asked not to queue', async () => {
    const port = aliceServer.port;
    await aliceServer.close();
    const offline = createNymApiClient({ url: `ws://127.0.0.1:${port}`, maxQueuedRequests: 0 });
    cleanup.push(() => offline.close());
    await expect(offline.send(bobServer.address, utf8('x'))).rejects.toMatchObject({
      code: 'nym_api.not_connected',
    });
    aliceServer = await NymApiServer.listen({ backend: network.createClient(), port: 0 });
  });

  it('closes cleanly: streams end, later requests fail', async () => {
    const alice = await client(aliceServer.url);
    const inbox = alice.messages();
    const pending = inbox.next();
    await alice.close();
    expect(await pending).toEqual({ value: undefined, done: true });
    expect(alice.state).toBe('closed');
    await expect(alice.selfAddress()).rejects.toMatchObject({ code: 'nym_api.closed' });
    await until(() => !aliceServer.connected);
  });
});

describe('app client reconnect', () => {
  it('reconnects after the server restarts, and sends what was queued meanwhile', async () => {
    const backend = network.createClient();
    let server = await NymApiServer.listen({ backend, port: 0 });
    cleanup.push(() => server.close());
    const port = server.port;
    const alice = await client(server.url);
    const bob = await client(bobServer.url);
    const events: NymApiClientEvent['type'][] = [];
    alice.subscribe((event) => events.push(event.type));
    const bobInbox = bob.messages();

    await server.close();
    await until(() => events.includes('reconnecting'));
    expect(alice.state).not.toBe('open');
    const queued = alice.send(bob.address!, utf8('sent while down'));

    server = await NymApiServer.listen({ backend, port });
    await alice.ready();
    await queued;
    expect(events).toEqual(expect.arrayContaining(['disconnected', 'reconnecting', 'connected']));
    expect(await nextMessage(bobInbox)).toEqual({
      message: utf8('sent while down'),
      senderTag: null,
    });
    expect((await alice.selfAddress()).equals(backend.selfAddress())).toBe(true);
  });
});

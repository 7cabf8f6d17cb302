import { describe, expect, it } from 'vitest';
import { FRAGMENT_DATA_LENGTH, type WebSocketLike } from '@pastenym/mixnet';
import { randomBytes } from 'node:crypto';
import type { Recipient } from '@pastenym/nym-api';
import { LoopbackNetwork } from '@pastenym/nym-api/testing';
import { countingFactory } from '../src/transports/counting-socket.js';
import { mixnetTransport, type MixnetClientLike } from '../src/transports/mixnet-transport.js';
import { nymApiTransport, type NymApiClientLike } from '../src/transports/nym-api-transport.js';

type Listener = (message: { data: Uint8Array; senderTag: Uint8Array | null }) => void;

function fakeMixnetClient() {
  const listeners = new Set<Listener>();
  const sent: { recipient: string; bytes: number; surbs: number }[] = [];
  let finish = () => {};
  const client: MixnetClientLike & { closed: boolean; deliver: Listener; finish(): void } = {
    stats: { acked: 7, pending: 0 },
    closed: false,
    sendAnonymous(recipient, data, surbs) {
      sent.push({ recipient, bytes: data.length, surbs });
      return new Promise((resolve) => (finish = resolve));
    },
    onMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      this.closed = true;
    },
    deliver: (message) => listeners.forEach((listener) => listener(message)),
    finish: () => finish(),
  };
  return { client, sent };
}

describe('mixnetTransport', () => {
  it('sends anonymously and reports acknowledged packets as bytes', async () => {
    const { client, sent } = fakeMixnetClient();
    let packetsIn = 0;
    const transport = mixnetTransport({
      client,
      server: 'srv',
      replySurbs: 20,
      packetsIn: () => packetsIn,
      sleep: () => Promise.resolve(),
    });
    expect(transport.traffic()).toEqual({ sending: null, received: 0 });
    const size = FRAGMENT_DATA_LENGTH * 4;
    const sending = transport.send(new Uint8Array(size));
    expect(sent).toEqual([{ recipient: 'srv', bytes: size, surbs: 20 }]);
    (client.stats as { acked: number }).acked = 7 + 1;
    expect(transport.traffic().sending).toEqual({ done: size / 4, total: size });
    (client.stats as { acked: number }).acked = 7 + 40; // acks of other messages do not overshoot
    expect(transport.traffic().sending).toEqual({ done: size, total: size });
    client.finish();
    await sending;
    packetsIn = 3;
    expect(transport.traffic()).toEqual({
      sending: { done: size, total: size },
      received: 3 * FRAGMENT_DATA_LENGTH,
    });
  });

  it('passes on replies only, and drains before closing', async () => {
    const { client } = fakeMixnetClient();
    const sleeps: number[] = [];
    const stats = client.stats as { pending: number };
    stats.pending = 2;
    const transport = mixnetTransport({
      client,
      server: 'srv',
      replySurbs: 1,
      packetsIn: () => 0,
      sleep: (ms) => {
        sleeps.push(ms);
        if (sleeps.length === 3) stats.pending = 0;
        return Promise.resolve();
      },
    });
    const got: number[] = [];
    transport.onMessage((bytes) => got.push(bytes[0]!));
    client.deliver({ data: Uint8Array.of(1), senderTag: null });
    client.deliver({ data: Uint8Array.of(2), senderTag: new Uint8Array(16) });
    expect(got).toEqual([1]);
    await transport.close();
    expect(sleeps).toEqual([50, 50, 50]);
    expect(client.closed).toBe(true);
  });

  it('gives up draining after its deadline', async () => {
    const { client } = fakeMixnetClient();
    (client.stats as { pending: number }).pending = 5;
    let sleeps = 0;
    const transport = mixnetTransport({
      client,
      server: 's',
      replySurbs: 1,
      packetsIn: () => 0,
      drainMs: 200,
      sleep: () => Promise.resolve(void sleeps++),
    });
    await transport.close();
    expect(sleeps).toBe(4);
    expect(client.closed).toBe(true);
  });
});

describe('nymApiTransport', () => {
  it('sends with reply blocks in binary and keeps only replies', async () => {
    const network = new LoopbackNetwork({ rng: (n) => new Uint8Array(randomBytes(n)) });
    const server: Recipient = network.createClient().selfAddress();
    const calls: unknown[] = [];
    let listener: ((r: { message: Uint8Array; senderTag: Uint8Array | null }) => void) | undefined;
    let closed = false;
    const client: NymApiClientLike = {
      sendAnonymous: (recipient, message, options) => {
        calls.push([recipient, message.length, options]);
        return Promise.resolve();
      },
      onMessage: (l) => {
        listener = l;
        return () => undefined;
      },
      close: () => {
        closed = true;
        return Promise.reject(new Error('already closed'));
      },
    };
    const transport = nymApiTransport(client, server, 100);
    await transport.send(new Uint8Array(10));
    expect(calls).toEqual([[server, 10, { replySurbs: 100 }]]);
    const got: number[] = [];
    transport.onMessage((bytes) => got.push(bytes.length));
    listener!({ message: new Uint8Array(5), senderTag: null });
    listener!({ message: new Uint8Array(6), senderTag: new Uint8Array(16) });
    expect(got).toEqual([5]);
    expect(transport.traffic()).toEqual({ sending: { done: 10, total: 10 }, received: 5 });
    await expect(transport.close()).resolves.toBeUndefined();
    expect(closed).toBe(true);
  });
});

describe('countingFactory', () => {
  it('counts incoming frames and forwards everything else', () => {
    const inner: WebSocketLike = {
      binaryType: 'blob',
      readyState: 1,
      send: () => undefined,
      close: () => undefined,
      onopen: null,
      onmessage: null,
      onclose: null,
      onerror: null,
    };
    const factory = countingFactory(() => inner);
    const socket = factory.connect('ws://127.0.0.1:1');
    socket.binaryType = 'arraybuffer';
    const seen: unknown[] = [];
    socket.onmessage = (event) => seen.push(event.data);
    const onclose = () => undefined;
    socket.onclose = onclose;
    inner.onmessage!({ data: 'a' });
    inner.onmessage!({ data: 'b' });
    expect([inner.binaryType, socket.readyState, seen, factory.received()]).toEqual([
      'arraybuffer',
      1,
      ['a', 'b'],
      2,
    ]);
    expect(inner.onclose).toBe(onclose);
  });
});

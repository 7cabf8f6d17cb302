// Black-box tests of the local nym-client stand-in: two daemons on a real local mixnet,
// driven with raw websocket frames the way apps written for the real nym-client drive it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { encodeHex } from '@pastenym/crypto';
import { startMixnet, type Mixnet } from '@pastenym/mixnet/node';
import { Recipient } from '@pastenym/nym-api';
import { waitFor } from '@pastenym/runtime/testing';
import { initClient, startDaemon, type Daemon } from '../src/index.js';

const crypto = createNodeCrypto();
let mixnet: Mixnet;
let dataDir: string;
let alice: Daemon;
let bob: Daemon;
const bobWarnings: string[] = [];

interface Frame {
  readonly text?: string;
  readonly binary?: Uint8Array;
}

/** A raw websocket with a queue of received frames. */
async function connect(url: string) {
  const ws = new WebSocket(url);
  const frames: Frame[] = [];
  const waiters: ((frame: Frame) => void)[] = [];
  ws.on('message', (data: Buffer, isBinary: boolean) => {
    const frame = isBinary ? { binary: new Uint8Array(data) } : { text: data.toString('utf8') };
    const waiter = waiters.shift();
    if (waiter) waiter(frame);
    else frames.push(frame);
  });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  return {
    send: (data: string | Uint8Array) => ws.send(data),
    sendJson: (request: object) => ws.send(JSON.stringify(request)),
    /** Asks for the address in text: the daemon answers in text from then on. */
    selfAddress: () => {
      ws.send(JSON.stringify({ type: 'selfAddress' }));
      return json();
    },
    next: (timeoutMs = 20_000) =>
      new Promise<Frame>((resolve, reject) => {
        const queued = frames.shift();
        if (queued) return resolve(queued);
        const timer = setTimeout(() => reject(new Error('no frame in time')), timeoutMs);
        waiters.push((frame) => {
          clearTimeout(timer);
          resolve(frame);
        });
      }),
    json,
    /** Closes and waits until the daemon saw it: it serves one app at a time. */
    close: async () => {
      await new Promise((resolve) => {
        ws.once('close', resolve);
        ws.close();
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
    },
  };
  async function json() {
    return JSON.parse((await next()).text ?? 'null') as Record<string, unknown>;
  }
  async function next() {
    const queued = frames.shift();
    if (queued) return queued;
    return new Promise<Frame>((resolve) => waiters.push(resolve));
  }
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'pastenym-daemon-'));
  mixnet = await startMixnet({
    basePort: 0,
    dataDir: join(dataDir, 'mixnet'),
    singleProcess: true,
    crypto,
  });
  await mixnet.waitForTopology();
  const gateways = mixnet.topology().gateways;
  const network = (i: number) => ({
    directoryUrl: mixnet.directoryUrl,
    directoryKey: mixnet.directoryKey,
    gateway: gateways[i]!.address,
  });
  await initClient(crypto, join(dataDir, 'clients'), 'alice', network(0));
  await initClient(crypto, join(dataDir, 'clients'), 'bob', network(1));
  alice = await startDaemon({ id: 'alice', dataDir: join(dataDir, 'clients'), port: 0 });
  bob = await startDaemon({
    id: 'bob',
    dataDir: join(dataDir, 'clients'),
    port: 0,
    metrics: { host: '127.0.0.1', port: 0 },
    warn: (line) => bobWarnings.push(line),
  });
}, 60_000);

afterAll(async () => {
  await alice?.close();
  await bob?.close();
  await mixnet?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('the local nym-client daemon', () => {
  it('serves a text-mode app: selfAddress, sendAnonymous with replySurbs, received with senderTag, reply', async () => {
    const a = await connect(alice.url);
    const b = await connect(bob.url);
    expect(await a.selfAddress()).toEqual({ type: 'selfAddress', address: alice.address });
    expect(await b.selfAddress()).toEqual({ type: 'selfAddress', address: bob.address });

    a.sendJson({
      type: 'sendAnonymous',
      recipient: bob.address,
      message: 'hello bob',
      replySurbs: 5,
    });
    const received = await b.json();
    expect(received).toMatchObject({ type: 'received', message: 'hello bob' });
    expect(typeof received.senderTag).toBe('string');

    b.sendJson({ type: 'reply', senderTag: received.senderTag, message: 'hello, whoever you are' });
    expect(await a.json()).toEqual({
      type: 'received',
      message: 'hello, whoever you are',
      senderTag: null,
    });

    a.sendJson({ type: 'send', recipient: bob.address, message: 'plain' });
    expect(await b.json()).toEqual({ type: 'received', message: 'plain', senderTag: null });
    await a.close();
    await b.close();
  }, 60_000);

  it('serves a binary-mode app, and answers a lane query only with a connection id', async () => {
    const a = await connect(alice.url);
    const b = await connect(bob.url);
    a.send(Uint8Array.of(0x03));
    const self = (await a.next()).binary!;
    expect(self[0]).toBe(0x02);
    expect(Recipient.fromBytes(self.subarray(1)).toString()).toBe(alice.address);

    const recipient = Recipient.parse(bob.address).toBytes();
    const message = new TextEncoder().encode('binary hello');
    const frame = new Uint8Array(1 + 4 + 96 + 8 + 8 + message.length);
    const view = new DataView(frame.buffer);
    frame[0] = 0x01;
    view.setUint32(1, 3);
    frame.set(recipient, 5);
    view.setBigUint64(101, 7n); // connection id 7: expect a laneQueueLength answer
    view.setBigUint64(109, BigInt(message.length));
    frame.set(message, 117);
    a.send(frame);
    expect((await a.next()).binary?.[0]).toBe(0x03);
    const got = (await b.next()).binary!;
    expect(got[0]).toBe(0x01);
    expect(got[1]).toBe(0x01); // with a sender tag
    expect(new TextDecoder().decode(got.subarray(2 + 16 + 8))).toBe('binary hello');
    await a.close();
    await b.close();
  }, 60_000);

  it("answers malformed frames with the real client's errors and stays usable", async () => {
    const a = await connect(alice.url);
    const errorOf = async (frame: string | Uint8Array) => {
      a.send(frame);
      return a.next();
    };
    expect(encodeHex((await errorOf(new Uint8Array(0))).binary!)).toMatch(/^0001/);
    expect(encodeHex((await errorOf(Uint8Array.of(0x00, 1, 2))).binary!)).toMatch(/^0002/);
    const unknown = (await errorOf(Uint8Array.of(0x42))).binary!;
    expect(new TextDecoder().decode(unknown.subarray(10))).toBe(
      '66 does not correspond to any valid request tag',
    );
    expect(
      JSON.parse((await errorOf('{"type":"sendAnonymous","recipient":"x","message":"m"}')).text!),
    ).toEqual({
      type: 'error',
      message: 'malformed request:missing field `replySurbs`',
    });
    const badAddress = JSON.parse(
      (await errorOf(JSON.stringify({ type: 'send', recipient: 'nope', message: 'x' }))).text!,
    ) as {
      message: string;
    };
    expect(badAddress.message).toMatch(/^malformed request:recipient is malformed/);
    expect(JSON.parse((await errorOf('not json')).text!)).toMatchObject({ type: 'error' });
    expect(await a.selfAddress()).toEqual({ type: 'selfAddress', address: alice.address });
    await a.close();
  }, 60_000);

  it('serves its counters on /metrics over 127.0.0.1, and they move with a send', async () => {
    expect(alice.metricsUrl).toBeUndefined();
    expect(bob.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    const scrape = async () => {
      const response = await fetch(bob.metricsUrl!);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
      return response.text();
    };
    const value = (text: string, name: string) =>
      Number(
        /^(\S+) (\S+)$/m.exec(text.split('\n').find((l) => l.startsWith(`${name} `)) ?? '')?.[2],
      );
    const before = await scrape();
    expect(before).toContain('# TYPE pastenym_nym_client_backlog_packets gauge');
    const a = await connect(alice.url);
    const b = await connect(bob.url);
    await a.selfAddress(); // answers in text from now on
    b.sendJson({ type: 'send', recipient: alice.address, message: 'counted' });
    expect(await a.json()).toEqual({ type: 'received', message: 'counted', senderTag: null });
    const after = await scrape();
    expect(value(after, 'pastenym_nym_client_app_sends_total')).toBe(
      value(before, 'pastenym_nym_client_app_sends_total') + 1,
    );
    expect(value(after, 'pastenym_nym_client_packets_sent_total')).toBeGreaterThan(
      value(before, 'pastenym_nym_client_packets_sent_total'),
    );
    expect((await fetch(bob.metricsUrl!.replace('/metrics', '/x'))).status).toBe(404);
    // Nothing here comes near a warning; and no line ever carries an address.
    expect(bobWarnings.join('\n')).not.toContain(alice.address);
    await a.close();
    await b.close();
  }, 60_000);

  it('keeps messages that arrive while no app is connected, and its address across restarts', async () => {
    const b = await connect(bob.url);
    await b.selfAddress();
    const a = await connect(alice.url);
    await a.selfAddress();
    await a.close();
    const received = alice.counters.received;
    b.sendJson({ type: 'send', recipient: alice.address, message: 'while you were away' });
    await waitFor(() => alice.counters.received > received, 'the message at the daemon', 30_000);
    // Flushed on connect, before any request: so in binary, as the real client does.
    const again = await connect(alice.url);
    const flushed = (await again.next()).binary!;
    expect(flushed.subarray(0, 2)).toEqual(Uint8Array.of(0x01, 0x00));
    expect(new TextDecoder().decode(flushed.subarray(10))).toBe('while you were away');
    await again.close();
    await b.close();

    const address = alice.address;
    await alice.close();
    alice = await startDaemon({ id: 'alice', dataDir: join(dataDir, 'clients'), port: 0 });
    expect(alice.address).toBe(address);
  }, 60_000);
});

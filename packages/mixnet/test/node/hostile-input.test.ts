import { connect } from 'node:net';
import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { utf8 } from '@pastenym/crypto';
import { createNodeCrypto } from '@pastenym/crypto/node';
import { PACKET_LENGTH } from '@pastenym/sphinx';
import { encodeFrame } from '../../src/wire/link-frames.js';
import { decodeGatewayFrame } from '../../src/wire/gateway-protocol.js';
import { deliverWithAck, RawClient, route } from './helpers/raw-client.js';
import { useTestMixnet } from './helpers/mixnet-fixture.js';
import { waitFor } from '@pastenym/runtime/testing';

const crypto = createNodeCrypto();
const fixture = useTestMixnet(crypto, {
  nodeOptions: { replayFilter: { capacity: 10_000 }, authTimeoutMs: 500 },
});

/** Writes `bytes` to host:port and resolves with what came back once the peer closed. */
function rawExchange(port: number, bytes: Uint8Array, end = false): Promise<Buffer> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1', () =>
      end ? socket.end(bytes) : socket.write(bytes),
    );
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => {});
    socket.on('close', () => resolve(Buffer.concat(chunks)));
  });
}

async function total(key: string): Promise<number> {
  const statuses = Object.values(await fixture.mixnet.statuses());
  return statuses.reduce((sum, status) => sum + (status.counters[key] ?? 0), 0);
}

describe('hostile input', () => {
  it('closes link connections that send a bad frame length, and counts them', async () => {
    const before = await total('link.bad_frame');
    const garbage = Uint8Array.from([0xff, 0xff, 0xff, 0xff, 1, 2, 3]);
    await Promise.all(fixture.mixnet.nodes.map((node) => rawExchange(node.port, garbage)));
    expect(await total('link.bad_frame')).toBe(before + fixture.mixnet.nodes.length);
  });

  it('drops well-framed packets of random bytes', async () => {
    const node = fixture.mixnet.node('mix-2b');
    const before = await total('packets.in');
    const frames = [1, 2, 3].map(() => encodeFrame(crypto.randomBytes(PACKET_LENGTH)));
    await rawExchange(node.port, Uint8Array.from(Buffer.concat(frames)), true);
    await waitFor(async () => (await total('packets.in')) === before + 3, 'three packets');
    const { counters } = await node.status();
    expect((counters['drop.bad_mac'] ?? 0) + (counters['drop.invalid_alpha'] ?? 0)).toBe(3);
    expect(counters['packets.forwarded'] ?? 0).toBe(0);
  });

  it('answers non-websocket and garbage traffic on client and directory ports without dying', async () => {
    const gateway = fixture.mixnet.node('gateway-a');
    const directoryPort = Number(new URL(fixture.mixnet.directoryUrl).port);
    const garbage = utf8('\x00\x01 not http at all\r\n\r\n');
    const replies = await Promise.all([
      rawExchange(gateway.clientPort!, garbage),
      rawExchange(directoryPort, garbage),
    ]);
    for (const reply of replies) expect(reply.toString('latin1')).toMatch(/^HTTP\/1\.1 400/);
  });

  it('fails authentication for a text frame, an unknown frame, or no answer to the challenge', async () => {
    const url = fixture.mixnet.node('gateway-a').clientUrl!;
    const attempt = (first: string | Uint8Array) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(url);
        ws.once('message', () => ws.send(first));
        ws.on('close', (code) => resolve(code));
      });
    expect(await attempt('AUTH please')).toBe(4001);
    expect(await attempt(Uint8Array.of(0x99, 1, 2, 3))).toBe(4001);
    const silent = await new Promise<string[]>((resolve) => {
      const types: string[] = [];
      const ws = new WebSocket(url);
      ws.on('message', (data: Buffer) =>
        types.push(decodeGatewayFrame(new Uint8Array(data))?.type ?? '?'),
      );
      ws.on('close', () => resolve(types));
    });
    expect(silent).toEqual(['challenge', 'authFail']);
  });

  it('closes an authenticated client that sends a frame other than SEND', async () => {
    const seed = crypto.randomBytes(32);
    const client = await RawClient.connect(
      crypto,
      fixture.mixnet.node('gateway-a').clientUrl!,
      seed,
    );
    client.ws.send(Uint8Array.of(0x10, 1, 2, 3));
    await waitFor(() => client.closeCode !== undefined, 'the close');
    expect(client.closeCode).toBe(4003);
  });

  it('still routes messages afterwards', async () => {
    const view = await fixture.view();
    const [alice, bob] = await deliverWithAck(
      crypto,
      [fixture.mixnet.node('gateway-a').clientUrl!, fixture.mixnet.node('gateway-b').clientUrl!],
      route(view, [1, 1, 1], fixture.hop(view, 'gateway-b')),
      route(view, [0, 0, 0], fixture.hop(view, 'gateway-a')),
      utf8('still here'),
    );
    expect(fixture.mixnet.nodes.every((node) => node.running)).toBe(true);
    await Promise.all([alice.close(), bob.close()]);
  });
});

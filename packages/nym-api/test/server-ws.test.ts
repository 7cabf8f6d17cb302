import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  decodeRequestFrame,
  decodeResponseFrame,
  encodeRequestFrame,
  type Frame,
  type ServerResponse,
} from '../src/index.js';
import { LoopbackNetwork, type LoopbackClient } from '../src/testing/index.js';
import { NymApiServer } from '../src/node/index.js';
import { wsPayload } from '../src/node/frames.js';
import {
  notAPoint,
  openRaw,
  rng,
  TEST_RECIPIENT_HEX,
  hex,
  until,
  utf8,
  type RawConnection,
} from './helpers.js';

let network: LoopbackNetwork;
let peer: LoopbackClient;
let server: NymApiServer;
const open: RawConnection[] = [];

beforeEach(async () => {
  network = new LoopbackNetwork({ rng });
  peer = network.createClient();
  server = await NymApiServer.listen({ backend: network.createClient(), port: 0 });
});

afterEach(async () => {
  for (const connection of open.splice(0)) connection.ws.terminate();
  await server.close();
});

async function connect(): Promise<RawConnection> {
  const connection = await openRaw(server.url);
  open.push(connection);
  return connection;
}

function decode(frame: Frame): ServerResponse {
  const decoded = decodeResponseFrame(frame);
  if (!decoded.ok) throw new Error(decoded.error.message);
  return decoded.value;
}

async function expectSelfAddress(connection: RawConnection, type: Frame['type']): Promise<void> {
  connection.send(wsPayload(encodeRequestFrame({ type: 'selfAddress' }, type)));
  const frame = await connection.next();
  expect(frame.type).toBe(type);
  expect(decode(frame)).toMatchObject({ type: 'selfAddress' });
  expect((decode(frame) as { address: { toString(): string } }).address.toString()).toBe(
    server.address.toString(),
  );
}

describe('NymApiServer over a real websocket', () => {
  it('answers every malformed frame with the real error reply and stays usable', async () => {
    const badRecipient = hex(TEST_RECIPIENT_HEX);
    badRecipient.set(notAPoint(), 0);
    const bad: Frame[] = [
      { type: 'binary', bytes: new Uint8Array(0) },
      { type: 'binary', bytes: Uint8Array.of(0x2a) },
      { type: 'binary', bytes: Uint8Array.of(0, 1, 2) },
      { type: 'binary', bytes: Uint8Array.of(1, 0, 0, 0, 1) },
      { type: 'binary', bytes: Uint8Array.of(2, ...new Uint8Array(24)) },
      { type: 'binary', bytes: Uint8Array.of(0, ...badRecipient, ...new Uint8Array(16)) },
      {
        type: 'binary',
        bytes: Uint8Array.of(0, ...hex(TEST_RECIPIENT_HEX), ...new Uint8Array(15), 9),
      },
      { type: 'binary', bytes: Uint8Array.of(4, 1) },
      { type: 'binary', bytes: Uint8Array.of(5, 1) },
      { type: 'text', text: '' },
      { type: 'text', text: 'not json' },
      { type: 'text', text: '{"type":"closedConnection","connectionId":1}' },
      { type: 'text', text: '{"type":"sendAnonymous","recipient":"x","message":"m"}' },
      { type: 'text', text: '{"type":"send","recipient":"x@y","message":"m"}' },
      { type: 'text', text: '{"type":"reply","senderTag":"0","message":"m"}' },
    ];
    const connection = await connect();
    for (const frame of bad) {
      connection.send(wsPayload(frame));
      const reply = await connection.next();
      expect(reply.type).toBe(frame.type);
      const expected = decodeRequestFrame(frame);
      expect(expected.ok).toBe(false);
      expect(decode(reply)).toEqual(!expected.ok && expected.error);
      await expectSelfAddress(connection, frame.type);
    }
  });

  it('sends the exact bytes of an error reply', async () => {
    const connection = await connect();
    connection.send(Uint8Array.of(9));
    const reply = await connection.next();
    const message = utf8('9 does not correspond to any valid request tag');
    expect(reply).toEqual({
      type: 'binary',
      bytes: Uint8Array.of(0, 3, 0, 0, 0, 0, 0, 0, 0, message.length, ...message),
    });
    connection.send('{"type":"sendAnonymous","recipient":"x","message":"m"}');
    expect(await connection.next()).toEqual({
      type: 'text',
      text: '{"type":"error","message":"malformed request:missing field `replySurbs`"}',
    });
  });

  it('accepts one application at a time, refusing others before the handshake', async () => {
    const first = await connect();
    const second = new WebSocket(server.url);
    second.on('error', () => undefined);
    let secondOpened = false;
    second.on('open', () => (secondOpened = true));
    await new Promise((resolve) => second.on('close', resolve));
    expect(secondOpened).toBe(false);
    await expectSelfAddress(first, 'binary');
    first.ws.close();
    await first.closed;
    await until(() => !server.connected);
    const third = await connect();
    await expectSelfAddress(third, 'binary');
  });

  it('buffers messages while no application is connected and flushes them, in binary', async () => {
    const messages = ['one', 'two', 'three'].map(utf8);
    for (const message of messages) peer.send(server.address, message);
    await until(() => server.stats().buffered === 3);
    const connection = await connect();
    for (const message of messages) {
      const frame = await connection.next();
      expect(frame.type).toBe('binary');
      expect(decode(frame)).toEqual({ type: 'received', message, senderTag: null });
    }
    expect(server.stats()).toEqual({ buffered: 0, dropped: 0 });
  });

  it('answers and pushes in the frame type of the last request', async () => {
    const connection = await connect();
    await expectSelfAddress(connection, 'text');
    peer.sendAnonymous(server.address, utf8('hello'), 1);
    const pushed = await connection.next();
    expect(pushed.type).toBe('text');
    expect(decode(pushed)).toMatchObject({ type: 'received', message: utf8('hello') });
    await expectSelfAddress(connection, 'binary');
    peer.send(server.address, utf8('again'));
    const next = await connection.next();
    expect(next.type).toBe('binary');
    expect(decode(next)).toEqual({ type: 'received', message: utf8('again'), senderTag: null });
  });

  it('answers sends only when they name a connection', async () => {
    const connection = await connect();
    const target = peer.selfAddress();
    const send = (connectionId: bigint | null, mode: Frame['type']) =>
      encodeRequestFrame(
        { type: 'send', recipient: target, message: utf8('x'), connectionId },
        mode,
      );
    const expectEmptyLane = async (lane: bigint) =>
      expect(decode(await connection.next())).toEqual({
        type: 'laneQueueLength',
        lane,
        queueLength: 0,
      });

    connection.send(wsPayload(send(null, 'binary')));
    await expectSelfAddress(connection, 'binary');
    connection.send(wsPayload(send(42n, 'binary')));
    await expectEmptyLane(42n);
    // In text mode an explicit 0 is a connection id too.
    connection.send(wsPayload(send(0n, 'text')));
    await expectEmptyLane(0n);
    connection.send(Uint8Array.of(5, 0, 0, 0, 0, 0, 0, 0, 7));
    await expectEmptyLane(7n);
    connection.send(Uint8Array.of(4, 0, 0, 0, 0, 0, 0, 0, 7));
    await expectSelfAddress(connection, 'binary');
  });

  it('ignores pings', async () => {
    const connection = await connect();
    const pong = new Promise((resolve) => connection.ws.once('pong', resolve));
    connection.ws.ping();
    await pong;
    await expectSelfAddress(connection, 'binary');
  });

  it('reports a taken port as a typed error', async () => {
    await expect(
      NymApiServer.listen({ backend: network.createClient(), port: server.port }),
    ).rejects.toMatchObject({
      code: 'nym_api.listen_failed',
    });
  });
});

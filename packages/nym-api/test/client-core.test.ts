import { describe, expect, it } from 'vitest';
import { ManualClock } from '@pastenym/runtime/testing';
import {
  decodeRequestFrame,
  encodeResponseFrame,
  NymApiClient,
  type ApiSocketHandlers,
  type Frame,
  type NymApiClientEvent,
  type NymApiClientOptions,
  type ServerResponse,
} from '../src/index.js';
import { testRecipient, utf8 } from './helpers.js';

/** Sockets and a clock the test drives by hand. */
function harness(options: Partial<NymApiClientOptions> = {}, subscribe = true) {
  const sockets: { handlers: ApiSocketHandlers; sent: Frame[]; closed: boolean }[] = [];
  const clock = new ManualClock();
  const events: NymApiClientEvent[] = [];
  const client = new NymApiClient({
    url: 'ws://test',
    openSocket: (_url, handlers) => {
      const socket = { handlers, sent: [] as Frame[], closed: false };
      sockets.push(socket);
      return {
        send: (frame) => socket.sent.push(frame),
        close: () => {
          socket.closed = true;
          queueMicrotask(() => handlers.close());
        },
      };
    },
    clock,
    random: () => 0.5,
    ...options,
  });
  if (subscribe) client.subscribe((event) => events.push(event));
  const socket = () => sockets[sockets.length - 1]!;
  const answer = (response: ServerResponse) =>
    socket().handlers.frame(encodeResponseFrame(response, 'binary'));
  const sentTypes = () =>
    socket().sent.map(
      (frame) => (decodeRequestFrame(frame) as { value: { type: string } }).value.type,
    );
  /** How long each armed timer has left. */
  const pendingDelays = () => [...clock.timers.values()].map((timer) => timer.at - clock.now());
  const openAndGreet = async () => {
    socket().handlers.open();
    answer({ type: 'selfAddress', address: testRecipient() });
    await client.ready();
  };
  return {
    client,
    sockets,
    socket,
    answer,
    sentTypes,
    clock,
    pendingDelays,
    events,
    openAndGreet,
  };
}

describe('reconnecting', () => {
  it('opens a new socket after each jittered delay; a live connection resets the count', async () => {
    const h = harness({ reconnect: { initialDelayMs: 100, maxDelayMs: 250, jitter: 0.5 } });
    for (let attempt = 0; attempt < 3; attempt++) {
      h.socket().handlers.close(new Error('refused'));
      await h.clock.advance(h.pendingDelays()[0]!);
    }
    expect(h.sockets.length).toBe(4);
    // random() = 0.5 takes a quarter off: 200 * 0.75, 250 (cap) * 0.75 twice.
    expect(h.events.filter((e) => e.type === 'reconnecting')).toEqual([
      { type: 'reconnecting', attempt: 2, delayMs: 150 },
      { type: 'reconnecting', attempt: 3, delayMs: 188 },
      { type: 'reconnecting', attempt: 4, delayMs: 188 },
    ]);
    await h.openAndGreet();
    h.socket().handlers.close();
    expect(h.pendingDelays()).toEqual([75]);
  });

  it('gives up after maxAttempts and rejects what waits', async () => {
    const h = harness({ reconnect: { maxAttempts: 1 } });
    const ready = h.client.ready();
    const queued = h.client.send(testRecipient(), utf8('x'));
    h.socket().handlers.close(new Error('refused'));
    await expect(ready).rejects.toMatchObject({ code: 'nym_api.disconnected' });
    await expect(queued).rejects.toMatchObject({ code: 'nym_api.disconnected' });
    expect(h.client.state).toBe('closed');
    expect(h.events.at(-1)).toMatchObject({
      type: 'closed',
      error: { code: 'nym_api.disconnected' },
    });
  });
});

describe('requests', () => {
  it('asks for its address first on every connection, then writes what was queued', async () => {
    const h = harness();
    const sent = h.client.send(testRecipient(), utf8('early'));
    h.socket().handlers.open();
    await sent;
    expect(h.sentTypes()).toEqual(['selfAddress', 'send']);
  });

  it('bounds the queue while disconnected', async () => {
    const h = harness({ maxQueuedRequests: 1 });
    const first = h.client.send(testRecipient(), utf8('1'));
    await expect(h.client.send(testRecipient(), utf8('2'))).rejects.toMatchObject({
      code: 'nym_api.queue_full',
    });
    await h.openAndGreet();
    await first;
  });

  it('puts an error on an earlier silent request rather than on a waiting one', async () => {
    const h = harness();
    await h.openAndGreet();
    await h.client.send(testRecipient(), utf8('silent'));
    const address = h.client.selfAddress();
    h.answer({ type: 'error', kind: 'other', message: 'for the send' });
    h.answer({ type: 'selfAddress', address: testRecipient() });
    expect((await address).equals(testRecipient())).toBe(true);
    expect(h.events.at(-1)).toMatchObject({
      type: 'error',
      error: { message: 'other:for the send' },
    });
  });

  it('fails a waiting request with the error that answers it', async () => {
    const h = harness();
    await h.openAndGreet();
    const length = h.client.laneQueueLength(3n);
    h.answer({ type: 'error', kind: 'malformedRequest', message: 'nope' });
    await expect(length).rejects.toMatchObject({
      code: 'nym_api.remote_error',
      kind: 'malformedRequest',
    });
  });

  it('times out a request nobody answers, and reports an answer nobody asked for', async () => {
    const h = harness({ requestTimeoutMs: 1234 });
    await h.openAndGreet();
    const length = h.client.laneQueueLength(3n);
    expect(h.pendingDelays()).toEqual([1234]);
    const timedOut = expect(length).rejects.toMatchObject({ code: 'nym_api.timeout' });
    await h.clock.advance(1234);
    await timedOut;
    h.answer({ type: 'laneQueueLength', lane: 3n, queueLength: 0 });
    expect(h.events.at(-1)).toMatchObject({
      type: 'error',
      error: { code: 'nym_api.malformed_response' },
    });
  });

  it('fails waiting requests when the connection drops', async () => {
    const h = harness();
    await h.openAndGreet();
    const address = h.client.selfAddress();
    h.socket().handlers.close();
    await expect(address).rejects.toMatchObject({ code: 'nym_api.disconnected' });
  });

  it('reports frames it cannot decode', async () => {
    const h = harness();
    await h.openAndGreet();
    h.socket().handlers.frame({ type: 'binary', bytes: Uint8Array.of(7) });
    expect(h.events.at(-1)).toMatchObject({
      type: 'error',
      error: {
        code: 'nym_api.malformed_response',
        message: '7 does not correspond to any valid response tag',
      },
    });
  });
});

describe('received messages', () => {
  it('are kept until someone listens, then reach every listener', async () => {
    const h = harness({}, false);
    await h.openAndGreet();
    h.answer({ type: 'received', message: utf8('early'), senderTag: null });
    const iterator = h.client.messages();
    expect(await iterator.next()).toEqual({
      value: { message: utf8('early'), senderTag: null },
      done: false,
    });
    const seen: Uint8Array[] = [];
    const stop = h.client.onMessage(({ message }) => seen.push(message));
    h.answer({ type: 'received', message: utf8('late'), senderTag: null });
    expect(await iterator.next()).toEqual({
      value: { message: utf8('late'), senderTag: null },
      done: false,
    });
    expect(seen).toEqual([utf8('late')]);
    stop();
    await iterator.return!();
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });
});

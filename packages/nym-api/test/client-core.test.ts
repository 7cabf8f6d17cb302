import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  DEFAULT_BACKOFF,
  decodeRequestFrame,
  encodeResponseFrame,
  NymApiClient,
  type ApiSocketHandlers,
  type Frame,
  type NymApiClientEvent,
  type NymApiClientOptions,
  type ServerResponse,
  type Timers,
} from '../src/index.js';
import { testRecipient, utf8 } from './helpers.js';

/** Sockets and timers the test drives by hand. */
function harness(options: Partial<NymApiClientOptions> = {}, subscribe = true) {
  const sockets: { handlers: ApiSocketHandlers; sent: Frame[]; closed: boolean }[] = [];
  const timers: { callback: () => void; ms: number; cleared: boolean }[] = [];
  const fakeTimers: Timers = {
    setTimeout: (callback, ms) => timers.push({ callback, ms, cleared: false }) - 1,
    clearTimeout: (handle) => {
      if (typeof handle === 'number' && timers[handle]) timers[handle].cleared = true;
    },
  };
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
    timers: fakeTimers,
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
  const pendingTimers = () => timers.filter((timer) => !timer.cleared);
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
    timers,
    pendingTimers,
    events,
    openAndGreet,
  };
}

describe('backoff', () => {
  it('grows exponentially, is capped, and loses a random share', () => {
    const noJitter = { ...DEFAULT_BACKOFF, jitter: 0 };
    expect([0, 1, 2, 3].map((n) => backoffDelay(n, noJitter, () => 0.9))).toEqual([
      100, 200, 400, 800,
    ]);
    expect(backoffDelay(20, noJitter, () => 0)).toBe(10_000);
    expect(backoffDelay(2, DEFAULT_BACKOFF, () => 0.5)).toBe(300);
    expect(backoffDelay(2, { ...DEFAULT_BACKOFF, jitter: 1 }, () => 0.25)).toBe(300);
  });

  it('schedules each retry with the next delay and the injected jitter', async () => {
    const h = harness({ reconnect: { initialDelayMs: 100, maxDelayMs: 250, jitter: 0.5 } });
    const delays: number[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      h.socket().handlers.close(new Error('refused'));
      const timer = h.pendingTimers().at(-1)!;
      delays.push(timer.ms);
      timer.cleared = true;
      timer.callback();
    }
    // random() = 0.5 takes a quarter off: 200 * 0.75, 250 (cap) * 0.75 twice.
    expect(delays).toEqual([150, 188, 188]);
    expect(
      h.events.filter((e) => e.type === 'reconnecting').map((e) => 'attempt' in e && e.attempt),
    ).toEqual([2, 3, 4]);
    await h.openAndGreet();
    h.socket().handlers.close();
    expect(h.pendingTimers().at(-1)!.ms).toBe(75); // a live connection resets the count
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
    const timer = h.pendingTimers().find((t) => t.ms === 1234)!;
    timer.callback();
    await expect(length).rejects.toMatchObject({ code: 'nym_api.timeout' });
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

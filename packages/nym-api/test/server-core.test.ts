import { describe, expect, it } from 'vitest';
import {
  ApiServerCore,
  decodeResponseFrame,
  encodeRequestFrame,
  type ApiBackend,
  type Frame,
  type ReceivedListener,
} from '../src/index.js';
import { testRecipient, utf8 } from './helpers.js';

/** A backend that records calls and lets the test deliver messages. */
function fakeBackend(overrides: Partial<ApiBackend> = {}) {
  let listener: ReceivedListener = () => undefined;
  const calls: unknown[][] = [];
  const backend: ApiBackend = {
    selfAddress: () => testRecipient(),
    send: (...args) => void calls.push(['send', ...args]),
    sendAnonymous: (...args) => void calls.push(['sendAnonymous', ...args]),
    reply: (...args) => void calls.push(['reply', ...args]),
    onReceived: (l) => {
      listener = l;
      return () => (listener = () => undefined);
    },
    laneQueueLength: (id) => Number(id) * 2,
    closeConnection: (id) => void calls.push(['close', id]),
    ...overrides,
  };
  return { backend, calls, deliver: (message: Uint8Array) => listener(message, null) };
}

const decode = (frame: Frame | undefined) => {
  const decoded = decodeResponseFrame(frame!);
  return decoded.ok ? decoded.value : decoded.error;
};

describe('ApiServerCore', () => {
  it('hands requests to the backend and answers lanes with its queue length', async () => {
    const { backend, calls } = fakeBackend();
    const core = new ApiServerCore(backend);
    const out: Frame[] = [];
    const connection = core.attach((frame) => out.push(frame))!;
    const recipient = testRecipient();
    await connection.handle(
      encodeRequestFrame(
        { type: 'sendAnonymous', recipient, message: utf8('m'), replySurbs: 3, connectionId: 4n },
        'binary',
      ),
    );
    await connection.handle(
      encodeRequestFrame(
        { type: 'reply', senderTag: new Uint8Array(16), message: utf8('r'), connectionId: null },
        'text',
      ),
    );
    await connection.handle(
      encodeRequestFrame({ type: 'closedConnection', connectionId: 4n }, 'binary'),
    );
    expect(calls).toEqual([
      ['sendAnonymous', recipient, utf8('m'), 3, 4n],
      ['reply', new Uint8Array(16), utf8('r'), null],
      ['close', 4n],
    ]);
    expect(out.map(decode)).toEqual([{ type: 'laneQueueLength', lane: 4n, queueLength: 8 }]);
  });

  it('answers a failing backend with an `other` error and keeps going', async () => {
    const { backend } = fakeBackend({
      send: () => Promise.reject(new Error('no route')),
    });
    const core = new ApiServerCore(backend);
    const out: Frame[] = [];
    const connection = core.attach((frame) => out.push(frame))!;
    await connection.handle(
      encodeRequestFrame(
        { type: 'send', recipient: testRecipient(), message: utf8('x'), connectionId: null },
        'binary',
      ),
    );
    await connection.handle({ type: 'binary', bytes: Uint8Array.of(3) });
    expect(out.map(decode)).toEqual([
      { type: 'error', kind: 'other', message: 'no route' },
      { type: 'selfAddress', address: testRecipient() },
    ]);
  });

  it('takes one application at a time and keeps the newest messages while none is there', () => {
    const { backend, deliver } = fakeBackend();
    const core = new ApiServerCore(backend, { maxBufferedMessages: 2 });
    for (const text of ['1', '2', '3']) deliver(utf8(text));
    expect(core.stats()).toEqual({ buffered: 2, dropped: 1 });
    const out: Frame[] = [];
    const connection = core.attach((frame) => out.push(frame))!;
    expect(core.attach(() => undefined)).toBeNull();
    expect(out.map(decode)).toEqual(
      ['2', '3'].map((t) => ({ type: 'received', message: utf8(t), senderTag: null })),
    );
    connection.detach();
    expect(core.connected).toBe(false);
    deliver(utf8('4'));
    expect(out).toHaveLength(2);
    expect(core.stats().buffered).toBe(1);
    core.close();
    deliver(utf8('5'));
    expect(core.stats().buffered).toBe(1);
  });
});

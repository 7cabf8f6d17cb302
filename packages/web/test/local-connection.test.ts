import { describe, expect, it } from 'vitest';
import { isWebError } from '../src/errors.js';
import type { ConnectionState } from '../src/net/connection.js';
import { startLocalConnection, type WorkerLike } from '../src/net/local-connection.js';
import {
  isFromWorker,
  isToWorker,
  ownBuffer,
  type FromWorker,
  type ToWorker,
} from '../src/net/worker-protocol.js';

/** A worker stand-in: records what the page posts and lets the test answer. */
class FakeWorker implements WorkerLike {
  readonly posted: ToWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  terminated = false;
  postMessage(message: ToWorker): void {
    this.posted.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  emit(message: FromWorker): void {
    this.onmessage?.({ data: message } as MessageEvent);
  }
}

const OPTIONS = { directoryKey: 'key', topology: { t: 1 } };

function setup() {
  const worker = new FakeWorker();
  const connection = startLocalConnection(worker, OPTIONS, 'server@gw');
  const states: ConnectionState[] = [];
  connection.onState((state) => states.push(state));
  return { worker, connection, states };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the local connection (page side of the mixnet worker)', () => {
  it('starts the worker and follows its states, keeping the address while reconnecting', () => {
    const { worker, connection, states } = setup();
    expect(worker.posted).toEqual([{ type: 'start', options: OPTIONS }]);
    expect(connection.state()).toEqual({ kind: 'connecting' });
    worker.emit({ type: 'state', state: 'connected', address: 'me@gw' });
    worker.emit({ type: 'state', state: 'disconnected', address: 'me@gw' });
    worker.emit({ type: 'state', state: 'connected', address: 'me@gw' });
    expect(states).toEqual([
      { kind: 'connected', address: 'me@gw' },
      { kind: 'reconnecting', address: 'me@gw' },
      { kind: 'connected', address: 'me@gw' },
    ]);
  });

  it('holds sends until connected, transfers a copy, and settles by the worker’s answer', async () => {
    const { worker, connection } = setup();
    const bytes = Uint8Array.of(1, 2, 3);
    const first = connection.transport.send(bytes);
    await flush();
    expect(worker.posted).toHaveLength(1);
    worker.emit({ type: 'state', state: 'connected', address: 'me@gw' });
    await flush();
    const send = worker.posted[1];
    expect(send).toMatchObject({ type: 'send', id: 1, recipient: 'server@gw', replyBlocks: 2 });
    expect(send?.type === 'send' && Array.from(new Uint8Array(send.data))).toEqual([1, 2, 3]);
    expect(Array.from(bytes)).toEqual([1, 2, 3]);
    worker.emit({ type: 'sent', id: 1 });
    await expect(first).resolves.toBeUndefined();

    const second = connection.transport.send(Uint8Array.of(9));
    await flush();
    worker.emit({ type: 'send_failed', id: 2, code: 'mixnet.not_delivered', message: 'lost' });
    // The worker's code travels with the failure.
    await expect(second).rejects.toSatisfy(
      (error) =>
        isWebError(error, 'web.send_failed') &&
        (error.cause as { code?: string }).code === 'mixnet.not_delivered',
    );
  });

  it('fails pending sends when the client fails', async () => {
    const { worker, connection } = setup();
    worker.emit({ type: 'state', state: 'connected', address: 'me@gw' });
    const pending = connection.transport.send(Uint8Array.of(1));
    await flush();
    worker.emit({ type: 'failed', code: 'mixnet.bad_topology', message: 'bad topology' });
    await expect(pending).rejects.toSatisfy((error) =>
      isWebError(error, 'web.network_unavailable'),
    );
    expect(connection.state()).toEqual({ kind: 'failed', message: 'bad topology' });
    await expect(connection.transport.send(Uint8Array.of(1))).rejects.toSatisfy((error) =>
      isWebError(error, 'web.not_connected'),
    );
  });

  it('stops the worker on close', () => {
    const { worker, connection } = setup();
    connection.close();
    expect(worker.posted.at(-1)).toEqual({ type: 'stop' });
    expect(connection.state().kind).toBe('failed');
  });
});

describe('the worker protocol', () => {
  it('accepts only its own message shapes', () => {
    expect(isToWorker({ type: 'stop' })).toBe(true);
    expect(isToWorker({ type: 'send', data: 'not bytes' })).toBe(false);
    expect(isToWorker({ type: 'eval' })).toBe(false);
    expect(isFromWorker({ type: 'message', data: new ArrayBuffer(1), senderTag: null })).toBe(true);
    expect(isFromWorker({ type: 'message', data: [1], senderTag: null })).toBe(false);
    expect(isFromWorker({ type: 'message', data: new ArrayBuffer(1), senderTag: 'x' })).toBe(false);
    expect(isFromWorker(null)).toBe(false);
  });

  it('hands over a whole buffer as is and copies a view of part of one', () => {
    const whole = Uint8Array.of(1, 2, 3);
    expect(ownBuffer(whole)).toBe(whole.buffer);
    const part = whole.subarray(1);
    const copy = ownBuffer(part);
    expect(copy).not.toBe(whole.buffer);
    expect(Array.from(new Uint8Array(copy))).toEqual([2, 3]);
  });
});

// The pump between the nym-client and the service: bounds, drops, draining.
import { describe, expect, it } from 'vitest';
import { RequestPump } from '../src/index.js';

const TAG = new Uint8Array(16).fill(1);

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('RequestPump', () => {
  it('answers tagged messages by their tag and skips untagged ones', async () => {
    const replies: [Uint8Array, Uint8Array][] = [];
    const handledTags: Uint8Array[] = [];
    const pump = new RequestPump({
      handle: (request, senderTag) => {
        handledTags.push(senderTag); // the service budgets v2 creates per tag
        return Promise.resolve(request.length > 1 ? request.slice(1) : null);
      },
      reply: (tag, bytes) => {
        replies.push([tag, bytes]);
        return Promise.resolve();
      },
    });
    expect(pump.push(Uint8Array.of(9, 8, 7), TAG)).toBe(true);
    expect(pump.push(Uint8Array.of(9), TAG)).toBe(true);
    expect(pump.push(Uint8Array.of(9, 9), null)).toBe(false);
    await pump.stop();
    expect(replies).toEqual([[TAG, Uint8Array.of(8, 7)]]);
    expect(handledTags).toEqual([TAG, TAG]);
    expect(pump.stats()).toMatchObject({
      received: 3,
      untagged: 1,
      handled: 2,
      unanswered: 1,
      replied: 1,
    });
  });

  it('runs at most `concurrency` requests at once and drops beyond the queue', async () => {
    const gates: ReturnType<typeof deferred<void>>[] = [];
    let running = 0;
    let most = 0;
    const pump = new RequestPump({
      handle: async () => {
        running++;
        most = Math.max(most, running);
        const gate = deferred<void>();
        gates.push(gate);
        await gate.promise;
        running--;
        return Uint8Array.of(1);
      },
      reply: () => Promise.resolve(),
      concurrency: 2,
      maxQueued: 3,
    });
    const taken = Array.from({ length: 10 }, () => pump.push(Uint8Array.of(0), TAG));
    expect(taken).toEqual([true, true, true, true, true, false, false, false, false, false]);
    expect(pump.stats()).toMatchObject({ inFlight: 2, queued: 3, dropped: 5 });
    const stopped = pump.stop();
    expect(pump.push(Uint8Array.of(0), TAG)).toBe(false);
    while (pump.stats().handled < 5) {
      gates.shift()?.resolve();
      await new Promise((resolve) => setImmediate(resolve));
    }
    await stopped;
    expect(most).toBe(2);
    expect(pump.stats()).toMatchObject({
      handled: 5,
      replied: 5,
      dropped: 6,
      droppedBy: { queue_full: 5, bytes_full: 0, stopping: 1 },
      inFlight: 0,
      queued: 0,
    });
  });

  it('bounds the queued bytes', () => {
    const pump = new RequestPump({
      handle: () => new Promise(() => {}),
      reply: () => Promise.resolve(),
      concurrency: 1,
      maxQueuedBytes: 100,
    });
    expect(pump.push(new Uint8Array(1000), TAG)).toBe(true); // in flight at once
    expect(pump.push(new Uint8Array(60), TAG)).toBe(true);
    expect(pump.push(new Uint8Array(60), TAG)).toBe(false);
    expect(pump.push(new Uint8Array(40), TAG)).toBe(true);
    expect(pump.stats()).toMatchObject({
      dropped: 1,
      droppedBy: { queue_full: 0, bytes_full: 1, stopping: 0 },
    });
  });

  it('counts failed replies and handler failures without stopping', async () => {
    let calls = 0;
    const pump = new RequestPump({
      handle: () =>
        ++calls === 1 ? Promise.reject(new Error('bug')) : Promise.resolve(Uint8Array.of(1)),
      reply: () => Promise.reject(new Error('gone')),
    });
    pump.push(Uint8Array.of(0), TAG);
    pump.push(Uint8Array.of(0), TAG);
    await pump.stop();
    expect(pump.stats()).toMatchObject({ handled: 2, unanswered: 1, replyFailures: 1 });
  });
});

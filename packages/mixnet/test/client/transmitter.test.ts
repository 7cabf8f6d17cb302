// The transmitter's bookkeeping, on a manual clock with packets that are just their ack ids:
// how many reply blocks it asks for, how often it tries, and that a stop leaves nothing behind.
import { describe, expect, it } from 'vitest';
import type { AddressedPacket } from '@pastenym/sphinx';
import { FAST_PROFILE } from '../../src/profile.js';
import { SurbPool } from '../../src/client/surb-stores.js';
import { Transmitter, type MessageTracker, type Outgoing } from '../../src/client/transmitter.js';
import type { ClientAddress } from '../../src/client/keys.js';
import type { Clock } from '../../src/client/clock.js';

class ManualClock implements Clock {
  private time = 0;
  private nextId = 1;
  readonly timers = new Map<number, { at: number; callback: () => void }>();

  now(): number {
    return this.time;
  }
  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + ms, callback });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }
  /** Runs every timer due within `ms`, in order, letting promises settle between them. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      await settle();
      const due = [...this.timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at);
      if (due.length === 0) break;
      const [id, timer] = due[0]!;
      this.timers.delete(id);
      this.time = Math.max(this.time, timer.at);
      timer.callback();
    }
    this.time = end;
    await settle();
  }
}

/** Lets every pending promise settle: nothing here waits on real timers or I/O. */
const settle = () => new Promise<void>((resolve) => setImmediate(resolve));

const TAG = 'aa'.repeat(16);
const ME: ClientAddress = {
  identity: new Uint8Array(32),
  encryption: new Uint8Array(32),
  gateway: new Uint8Array(32),
};

function setup(options: { surbs?: number; maxAttempts?: number } = {}) {
  const clock = new ManualClock();
  const surbs = new SurbPool();
  surbs.add(
    TAG,
    Array.from({ length: options.surbs ?? 0 }, () => new Uint8Array(1)),
  );
  const sent: Uint8Array[] = [];
  const surbRequests: number[] = [];
  let counter = 0;
  const packet = async (ackId: Uint8Array): Promise<AddressedPacket> => {
    await Promise.resolve();
    return { firstHop: new Uint8Array(32), packet: ackId };
  };
  const transmitter = new Transmitter({
    factory: {
      forward: (_recipient, _fragment, ackId) => packet(ackId),
      reply: (_surb, _fragment, ackId) => packet(ackId),
    },
    send: ({ packet }) => sent.push(packet),
    clock,
    rng: (length) => {
      const bytes = new Uint8Array(length);
      new DataView(bytes.buffer).setUint32(0, ++counter);
      return bytes;
    },
    profile: () => FAST_PROFILE,
    surbs,
    self: () => ME,
    requestSurbs: (tag, count) => {
      surbRequests.push(count);
      transmitter.enqueue([
        {
          kind: 'reply',
          senderTag: tag,
          fragment: new Uint8Array(1),
          message: quiet(),
          surbRequest: true,
        },
      ]);
    },
    maxInFlight: 100,
    maxAttempts: options.maxAttempts ?? 5,
  });
  return { clock, surbs, sent, surbRequests, transmitter };
}

/** A message of `count` fragments, with its outcome. */
function message(count: number) {
  const outcome: { state: 'pending' | 'delivered' | 'failed'; error?: Error } = {
    state: 'pending',
  };
  const tracker: MessageTracker = {
    remaining: count,
    failed: false,
    resolve: () => (outcome.state = 'delivered'),
    reject: (error) => Object.assign(outcome, { state: 'failed', error }),
  };
  return { tracker, outcome };
}

function quiet(): MessageTracker {
  return { remaining: 1, failed: false, resolve: () => undefined, reject: () => undefined };
}

function replies(tracker: MessageTracker, count: number): Outgoing[] {
  return Array.from({ length: count }, () => ({
    kind: 'reply' as const,
    senderTag: TAG,
    fragment: new Uint8Array(1),
    message: tracker,
  }));
}

describe('Transmitter', () => {
  it('asks for as many reply blocks as replies wait for, never counting its own requests', async () => {
    const { clock, surbs, sent, surbRequests, transmitter } = setup({ surbs: 2 });
    const reply = message(5);
    transmitter.enqueue(replies(reply.tracker, 5));
    await clock.advance(0);
    // One block spent on a reply, the last one on the request for more: 4 replies wait.
    expect(sent).toHaveLength(2);
    expect(surbRequests).toEqual([4 + 32]);
    expect(transmitter.repliesWaitingFor(TAG)).toBe(4);

    // Only two blocks come back: one reply goes, three wait, and the next request says so.
    surbs.add(TAG, [new Uint8Array(1), new Uint8Array(1)]);
    transmitter.surbsArrived(TAG);
    await clock.advance(0);
    expect(sent).toHaveLength(4);
    expect(surbRequests).toEqual([36, 3 + 32]);
    expect(transmitter.repliesWaitingFor(TAG)).toBe(3);

    surbs.add(
      TAG,
      Array.from({ length: 40 }, () => new Uint8Array(1)),
    );
    transmitter.surbsArrived(TAG);
    await clock.advance(0);
    expect(transmitter.repliesWaitingFor(TAG)).toBe(0);
    for (const packet of sent) transmitter.acked(packet);
    expect(reply.outcome.state).toBe('delivered');
    transmitter.stop();
  });

  it('keeps counting the tries of a reply that waited for reply blocks', async () => {
    const { clock, surbs, sent, transmitter } = setup({ surbs: 2, maxAttempts: 2 });
    const reply = message(1);
    transmitter.enqueue(replies(reply.tracker, 1));
    await clock.advance(0);
    expect(sent).toHaveLength(1); // try 1

    // Its ack never comes; the retry finds only the last block and waits for more.
    await clock.advance(FAST_PROFILE.ackTimeoutBaseMs);
    expect(sent).toHaveLength(2); // the request for blocks, not the reply
    expect(transmitter.pending).toBe(2); // the request in flight, the reply waiting for blocks
    transmitter.acked(sent[1]!);
    surbs.add(TAG, [new Uint8Array(1), new Uint8Array(1)]);
    transmitter.surbsArrived(TAG);
    await clock.advance(0);
    expect(sent).toHaveLength(3); // try 2

    // Two tries were allowed: the second timeout fails the message instead of a third try.
    await clock.advance(60_000);
    expect(reply.outcome.state).toBe('failed');
    expect(reply.outcome.error).toMatchObject({ code: 'mixnet.not_delivered' });
    expect(sent).toHaveLength(3);
    expect(transmitter.repliesWaitingFor(TAG)).toBe(0);
    transmitter.stop();
  });

  it('fails replies that wait for blocks that never come, rather than hang', async () => {
    const { clock, sent, surbRequests, transmitter } = setup({ surbs: 1 });
    const reply = message(3);
    transmitter.enqueue(replies(reply.tracker, 3));
    await clock.advance(0);
    // The only block carried the request for more.
    expect(surbRequests).toHaveLength(1);
    expect(sent).toHaveLength(1);
    transmitter.acked(sent[0]!);
    // A message from the sender without blocks does not count as the answer.
    transmitter.surbsArrived(TAG);
    await clock.advance(0);
    expect(reply.outcome.state).toBe('pending');

    await clock.advance(60_000);
    expect(reply.outcome.state).toBe('failed');
    expect(reply.outcome.error).toMatchObject({ code: 'mixnet.no_reply_surbs' });
    expect(transmitter.repliesWaitingFor(TAG)).toBe(0);
    expect(transmitter.pending).toBe(0);
    transmitter.stop();
  });

  it('stops for good: no timer stays armed and every unfinished message fails as closed', async () => {
    const { clock, sent, transmitter } = setup();
    const inFlight = message(1);
    const building = message(1);
    const forward = (tracker: MessageTracker): Outgoing => ({
      kind: 'forward',
      recipient: ME,
      fragment: new Uint8Array(1),
      message: tracker,
    });
    transmitter.enqueue([forward(inFlight.tracker)]);
    await clock.advance(0);
    expect(sent).toHaveLength(1);
    // The next packet is being built when the stop comes.
    transmitter.enqueue([forward(building.tracker)]);
    transmitter.stop();
    await clock.advance(60_000);

    expect(sent).toHaveLength(1);
    expect(clock.timers.size).toBe(0);
    expect(inFlight.outcome.error).toMatchObject({ code: 'mixnet.closed' });
    expect(building.outcome.error).toMatchObject({ code: 'mixnet.closed' });
    const late = message(1);
    transmitter.enqueue([forward(late.tracker)]);
    expect(late.outcome.error).toMatchObject({ code: 'mixnet.closed' });
  });
});

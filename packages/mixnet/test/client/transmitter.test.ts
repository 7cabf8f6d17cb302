// The transmitter's behaviour on a manual clock, with packets that are just their ack ids:
// fairness between recipients, giving up on a recipient that acknowledges nothing, reply
// blocks within their lifetime, and a stop that leaves nothing behind.
import { describe, expect, it } from 'vitest';
import type { AddressedPacket } from '@pastenym/sphinx';
import { FAST_PROFILE } from '../../src/profile.js';
import { ReplyLedger } from '../../src/client/reply-ledger.js';
import { MessageTracker } from '../../src/client/message-tracker.js';
import { SURB_LIFETIME_MS } from '../../src/client/lifetimes.js';
import { Transmitter, type Outgoing } from '../../src/client/transmitter.js';
import type { ClientAddress } from '../../src/client/keys.js';
import { ManualClock } from '../../src/testing/index.js';

const TAG = 'aa'.repeat(16);
const ME: ClientAddress = {
  identity: new Uint8Array(32),
  encryption: new Uint8Array(32),
  gateway: new Uint8Array(32),
};

/** A sent packet: its ack id, whom it was for, and whether it was a request for blocks. */
interface Sent {
  readonly ackId: Uint8Array;
  readonly to: string;
}

function setup(options: { surbs?: number; maxAttempts?: number; maxBacklog?: number } = {}) {
  const clock = new ManualClock();
  const ledger = new ReplyLedger();
  const blocks = (count: number) =>
    ledger.add(
      TAG,
      Array.from({ length: count }, () => new Uint8Array(1)),
      clock.now(),
    );
  blocks(options.surbs ?? 0);
  const sent: Sent[] = [];
  const surbRequests: number[] = [];
  let counter = 0;
  // A packet's bytes are its ack id, then whom it was for: enough to ack it or tell it apart.
  const packet = async (ackId: Uint8Array, to: string): Promise<AddressedPacket> => {
    await Promise.resolve();
    return { firstHop: new TextEncoder().encode(to), packet: ackId };
  };
  const transmitter = new Transmitter({
    factory: {
      forward: (recipient, _fragment, ackId) => packet(ackId, `f:${recipient.identity[0]}`),
      reply: (_surb, fragment, ackId) => packet(ackId, fragment[0] === 0xff ? 'request' : 'reply'),
    },
    send: ({ packet, firstHop }) =>
      sent.push({ ackId: packet, to: new TextDecoder().decode(firstHop) }),
    clock,
    rng: (length) => {
      const bytes = new Uint8Array(length);
      new DataView(bytes.buffer).setUint32(0, ++counter);
      return bytes;
    },
    profile: () => FAST_PROFILE,
    ledger,
    self: () => ME,
    surbRequest: (count) => {
      surbRequests.push(count);
      return Uint8Array.of(0xff);
    },
    maxInFlight: 2000,
    maxAttempts: options.maxAttempts ?? 30,
    ...(options.maxBacklog === undefined ? {} : { maxBacklog: options.maxBacklog }),
  });
  const ackAll = (to?: string) => {
    for (const { ackId, to: target } of sent.splice(0))
      if (to === undefined || target === to) transmitter.acked(ackId);
  };
  return { clock, ledger, blocks, sent, surbRequests, transmitter, ackAll };
}

/** A message of `count` fragments, with its outcome. */
function message(count: number) {
  const outcome: { state: 'pending' | 'delivered' | 'failed'; error?: Error; acked: number } = {
    state: 'pending',
    acked: 0,
  };
  const tracker = new MessageTracker(count, {
    resolve: () => (outcome.state = 'delivered'),
    reject: (error) => Object.assign(outcome, { state: 'failed', error }),
    onProgress: ({ acked }) => (outcome.acked = acked),
  });
  return { tracker, outcome };
}

function forwards(tracker: MessageTracker, count: number, recipient = 1): Outgoing[] {
  const address = { ...ME, identity: Uint8Array.of(recipient) };
  return Array.from({ length: count }, () => ({
    kind: 'forward' as const,
    recipient: address,
    recipientKey: String(recipient),
    fragment: new Uint8Array(1),
    message: tracker,
  }));
}

function replies(tracker: MessageTracker, count: number): Outgoing[] {
  return Array.from({ length: count }, () => ({
    kind: 'reply' as const,
    senderTag: TAG,
    fragment: new Uint8Array(1),
    message: tracker,
  }));
}

describe('Transmitter: fairness between recipients', () => {
  it('sends to a live recipient at once, however much waits for one that acknowledges nothing', async () => {
    const { clock, sent, transmitter, ackAll } = setup();
    const dead = message(5_000);
    transmitter.enqueue(forwards(dead.tracker, 5_000, 1));
    await clock.advance(0);
    // The dead recipient's window is full; most of its fragments wait in its lane.
    const toDead = sent.length;
    expect(toDead).toBeLessThan(100);

    for (let round = 0; round < 20; round++) {
      const live = message(3);
      transmitter.enqueue(forwards(live.tracker, 3, 2));
      await clock.advance(0);
      expect(sent.filter((s) => s.to === 'f:2')).toHaveLength(3);
      ackAll('f:2');
      expect(live.outcome.state).toBe('delivered');
      // Meanwhile the dead recipient's packets time out and are retried in its own lane.
      await clock.advance(2_000);
    }
    expect(dead.outcome.state).toBe('pending');
    transmitter.stop();
  });

  it('takes turns between busy recipients rather than serving them in order of arrival', async () => {
    const { clock, sent, transmitter } = setup();
    transmitter.enqueue(forwards(message(500).tracker, 500, 1));
    transmitter.enqueue(forwards(message(500).tracker, 500, 2));
    await clock.advance(0);
    // The first lane had a head start of one packet; from then on they alternate.
    const first = sent.slice(1, 21).map((s) => s.to);
    expect(first.filter((to) => to === 'f:1').length).toBe(10);
    expect(first.filter((to) => to === 'f:2').length).toBe(10);
    transmitter.stop();
  });

  it('lets forward messages pass a reply that waits for reply blocks', async () => {
    const { clock, sent, transmitter } = setup({ surbs: 1 });
    const reply = message(10);
    transmitter.enqueue(replies(reply.tracker, 10));
    const other = message(2);
    transmitter.enqueue(forwards(other.tracker, 2, 3));
    await clock.advance(0);
    expect(sent.map((s) => s.to)).toEqual(['request', 'f:3', 'f:3']);
    transmitter.stop();
  });

  it('refuses a message that would overflow the backlog, queuing none of it', async () => {
    const { clock, transmitter } = setup({ maxBacklog: 100 });
    // One recipient may hold half of the backlog.
    expect(() => transmitter.enqueue(forwards(message(60).tracker, 60, 1))).toThrow(
      expect.objectContaining({ code: 'mixnet.backlog_full' }) as Error,
    );
    expect(transmitter.backlog).toBe(0);
    transmitter.enqueue(forwards(message(50).tracker, 50, 1));
    transmitter.enqueue(forwards(message(50).tracker, 50, 2));
    expect(() => transmitter.enqueue(forwards(message(5).tracker, 5, 3))).toThrow(
      expect.objectContaining({ code: 'mixnet.backlog_full' }) as Error,
    );
    transmitter.stop();
    await clock.advance(0);
  });
});

describe('Transmitter: giving up on a recipient', () => {
  it('gives up a recipient silent for a minute: its messages fail, counted, and nothing stays', async () => {
    const { clock, sent, transmitter } = setup();
    const first = message(200);
    const second = message(1);
    transmitter.enqueue(forwards(first.tracker, 200, 1));
    transmitter.enqueue(forwards(second.tracker, 1, 1));
    await clock.advance(59_000);
    expect(first.outcome.state).toBe('pending');
    expect(transmitter.stats.givenUp).toBe(0);
    const sentBefore = sent.length;

    await clock.advance(20_000);
    expect(first.outcome.error).toMatchObject({ code: 'mixnet.recipient_unreachable' });
    expect(second.outcome.error).toMatchObject({ code: 'mixnet.recipient_unreachable' });
    expect(transmitter.stats.givenUp).toBe(1);
    expect(transmitter.pending).toBe(0);
    expect(clock.timers.size).toBe(0);
    // Bounded tries: the dead recipient got a few windows' worth, not 200 x 30 packets.
    expect(sentBefore).toBeLessThan(400);
    transmitter.stop();
  });

  it('does not give up a recipient that acknowledges, however slowly', async () => {
    const { clock, sent, transmitter } = setup();
    const slow = message(300);
    transmitter.enqueue(forwards(slow.tracker, 300, 1));
    for (let second = 0; second < 180 && slow.outcome.state === 'pending'; second += 5) {
      await clock.advance(5_000);
      // One ack every five seconds (of the latest send): the rest time out and are sent again.
      const latest = sent.pop();
      if (latest) transmitter.acked(latest.ackId);
    }
    expect(transmitter.stats.givenUp).toBe(0);
    expect(slow.outcome.state).toBe('pending');
    expect(slow.outcome.acked).toBeGreaterThan(30);
    transmitter.stop();
  });

  it('rides out an outage shorter than the silence allowed', async () => {
    const { clock, sent, transmitter, ackAll } = setup();
    const during = message(50);
    transmitter.enqueue(forwards(during.tracker, 50, 1));
    await clock.advance(30_000); // the recipient's gateway is down: nothing is acked
    sent.length = 0;
    // It is back: what is sent from now on is acked.
    for (let second = 0; second < 60; second += 2) {
      ackAll();
      await clock.advance(2_000);
    }
    expect(during.outcome.state).toBe('delivered');
    expect(transmitter.stats.givenUp).toBe(0);
    transmitter.stop();
  });

  it('starts afresh with a recipient given up earlier', async () => {
    const { clock, transmitter, ackAll } = setup();
    transmitter.enqueue(forwards(message(1).tracker, 1, 1));
    await clock.advance(120_000);
    expect(transmitter.stats.givenUp).toBe(1);
    const later = message(1);
    transmitter.enqueue(forwards(later.tracker, 1, 1));
    await clock.advance(0);
    ackAll();
    expect(later.outcome.state).toBe('delivered');
    transmitter.stop();
  });
});

describe('Transmitter: reply blocks', () => {
  it('asks for as many blocks as replies wait for, never counting its own requests', async () => {
    const { clock, blocks, sent, surbRequests, transmitter, ackAll } = setup({ surbs: 2 });
    const reply = message(5);
    transmitter.enqueue(replies(reply.tracker, 5));
    await clock.advance(0);
    // One block spent on a reply, the last one on the request for more: 4 replies wait.
    expect(sent.map((s) => s.to)).toEqual(['reply', 'request']);
    expect(surbRequests).toEqual([4 + 32]);

    // Only two blocks come back: one reply goes, the last block asks again for the 3 left.
    blocks(2);
    transmitter.surbsArrived(TAG);
    await clock.advance(0);
    expect(sent.map((s) => s.to)).toEqual(['reply', 'request', 'reply', 'request']);
    expect(surbRequests).toEqual([36, 3 + 32]);

    blocks(40);
    transmitter.surbsArrived(TAG);
    await clock.advance(0);
    ackAll();
    expect(reply.outcome.state).toBe('delivered');
    transmitter.stop();
  });

  it('asks for the rest of a long reply at once, while it sends with the blocks it holds', async () => {
    const { clock, blocks, sent, surbRequests, transmitter, ackAll } = setup({ surbs: 10 });
    const reply = message(50);
    transmitter.enqueue(replies(reply.tracker, 50));
    await clock.advance(0);
    // The request goes out second, not after the ten blocks are spent: the top-up travels
    // while the first replies do. It asks for all 41 the blocks left cannot carry.
    expect(sent[1]?.to).toBe('request');
    expect(sent.filter((s) => s.to === 'reply')).toHaveLength(8);
    expect(surbRequests).toEqual([41 + 32]);

    blocks(73);
    transmitter.surbsArrived(TAG);
    // The window lets the rest out over a few round trips of acks.
    for (let round = 0; round < 10 && reply.outcome.state === 'pending'; round++) {
      await clock.advance(10);
      ackAll();
    }
    expect(reply.outcome.state).toBe('delivered');
    expect(surbRequests).toHaveLength(1);
    transmitter.stop();
  });

  it('never sends a reply through a block past its lifetime: it asks for new ones', async () => {
    const { clock, blocks, sent, surbRequests, transmitter, ackAll } = setup({ surbs: 10 });
    await clock.advance(SURB_LIFETIME_MS + 1);
    const late = message(1);
    transmitter.enqueue(replies(late.tracker, 1));
    await clock.advance(0);
    // The ten old blocks are gone: nothing can carry even the request.
    expect(sent).toHaveLength(0);
    expect(surbRequests).toHaveLength(0);
    // A new message from the sender brings fresh blocks: the reply goes through one of them.
    blocks(3);
    transmitter.surbsArrived(TAG);
    await clock.advance(0);
    expect(sent.map((s) => s.to)).toEqual(['reply']);
    ackAll();
    expect(late.outcome.state).toBe('delivered');
    transmitter.stop();
  });

  it('fails replies that wait for blocks that never come, rather than hang', async () => {
    const { clock, sent, surbRequests, transmitter } = setup({ surbs: 1 });
    const reply = message(3);
    transmitter.enqueue(replies(reply.tracker, 3));
    await clock.advance(0);
    expect(surbRequests).toHaveLength(1);
    expect(sent).toHaveLength(1);
    // A message from the sender without blocks does not count as the answer.
    transmitter.surbsArrived(TAG);
    await clock.advance(0);
    expect(reply.outcome.state).toBe('pending');

    await clock.advance(60_000);
    expect(reply.outcome.error).toMatchObject({ code: 'mixnet.no_reply_surbs' });
    expect(transmitter.pending).toBe(0);
    expect(clock.timers.size).toBe(0);
    transmitter.stop();
  });

  it('keeps counting the tries of a reply that waited for reply blocks', async () => {
    const { clock, blocks, sent, transmitter } = setup({ surbs: 2, maxAttempts: 2 });
    const reply = message(1);
    transmitter.enqueue(replies(reply.tracker, 1));
    await clock.advance(0);
    expect(sent.map((s) => s.to)).toEqual(['reply']); // try 1

    // Its ack never comes; the retry finds only the last block and asks for more with it.
    await clock.advance(FAST_PROFILE.ackTimeoutBaseMs);
    expect(sent.map((s) => s.to)).toEqual(['reply', 'request']);
    blocks(2);
    transmitter.surbsArrived(TAG);
    await clock.advance(0);
    expect(sent.map((s) => s.to)).toEqual(['reply', 'request', 'reply']); // try 2

    // Two tries were allowed: the second timeout fails the message instead of a third try.
    await clock.advance(10_000);
    expect(reply.outcome.error).toMatchObject({ code: 'mixnet.not_delivered' });
    expect(sent).toHaveLength(3);
    transmitter.stop();
  });
});

describe('Transmitter: stop', () => {
  it('stops for good: no timer stays armed and every unfinished message fails as closed', async () => {
    const { clock, sent, transmitter } = setup();
    const inFlight = message(1);
    const building = message(1);
    transmitter.enqueue(forwards(inFlight.tracker, 1));
    await clock.advance(0);
    expect(sent).toHaveLength(1);
    // The next packet is being built when the stop comes.
    transmitter.enqueue(forwards(building.tracker, 1));
    transmitter.stop();
    await clock.advance(60_000);

    expect(sent).toHaveLength(1);
    expect(clock.timers.size).toBe(0);
    expect(inFlight.outcome.error).toMatchObject({ code: 'mixnet.closed' });
    expect(building.outcome.error).toMatchObject({ code: 'mixnet.closed' });
    expect(() => transmitter.enqueue(forwards(message(1).tracker, 1))).toThrow(
      expect.objectContaining({ code: 'mixnet.closed' }) as Error,
    );
  });
});

// The compliance suite every anonymous sender runs: whatever carries the paste protocol (the
// embedded mixnet client, a nym-client websocket, the browser worker, the Nym SDK) must behave
// the same under `anonymousTransport`. Each adapter's test file only says how to set one up.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { anonymousTransport, type AnonymousSender } from '../transport/anonymous.js';
import { REPLY_BLOCKS } from '../transport/reply-blocks.js';
import type { TransferProgress, Transport } from '../client/transport.js';

/** A message as the far side got it, and how it answers. */
export interface ArrivedMessage {
  readonly data: Uint8Array;
  /** Reply blocks it carried, where the far side can count them (else `undefined`). */
  readonly replyBlocks: number | undefined;
  /** Answers through the message's reply blocks. */
  reply(data: Uint8Array): Promise<void>;
}

/** One sender under test, wired to a far side the test drives. */
export interface SenderUnderTest {
  readonly sender: AnonymousSender;
  /** The far side's address: where the transport sends. */
  readonly recipient: string;
  /** The next message the far side gets from the sender. */
  nextArrival(): Promise<ArrivedMessage>;
  /**
   * Someone writes to the sender unasked (a message with a sender tag, not a reply); absent
   * where the client cannot tell such messages from replies (the Nym SDK's raw messages).
   */
  strangerWrites?(data: Uint8Array): Promise<void>;
  /** True when sends report per-fragment progress (clients that see their packets' acks). */
  readonly reportsProgress: boolean;
  close(): Promise<void>;
}

/**
 * Arrivals handed out in order, whether the test asks before or after they come: what a
 * harness's `nextArrival` usually returns.
 */
export function arrivalQueue(): {
  push(message: ArrivedMessage): void;
  next(): Promise<ArrivedMessage>;
} {
  const queued: ArrivedMessage[] = [];
  const waiting: ((message: ArrivedMessage) => void)[] = [];
  return {
    push(message) {
      const waiter = waiting.shift();
      if (waiter) waiter(message);
      else queued.push(message);
    },
    next() {
      const message = queued.shift();
      return message ? Promise.resolve(message) : new Promise((resolve) => waiting.push(resolve));
    },
  };
}

/** Larger than one mixnet fragment (1,602 bytes), so progress has steps. */
const MULTI_FRAGMENT = 20_000;

function pattern(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 7 + seed) & 0xff);
}

/** Resolves with the next `count` messages the transport passes on, in order of arrival. */
function nextMessages(transport: Transport, count: number): Promise<Uint8Array[]> {
  const got: Uint8Array[] = [];
  return new Promise((resolve) => {
    const stop = transport.onMessage((bytes) => {
      got.push(bytes);
      if (got.length < count) return;
      stop();
      resolve(got);
    });
  });
}

/** Resolves once the sender itself has seen `count` messages, tagged or not. */
function rawMessages(sender: AnonymousSender, count: number): Promise<void> {
  let seen = 0;
  return new Promise((resolve) => {
    const stop = sender.onMessage(() => {
      if (++seen < count) return;
      stop();
      resolve();
    });
  });
}

/**
 * Runs the suite against the sender `open` builds (a fresh one per case, closed after it).
 * @example describeAnonymousSender('nym-client websocket', openLoopbackSender)
 */
export function describeAnonymousSender(
  name: string,
  open: () => Promise<SenderUnderTest>,
  timeoutMs = 30_000,
): void {
  describe(`${name}, as the paste transport`, () => {
    let under: SenderUnderTest;
    let transport: Transport;
    beforeEach(async () => {
      under = await open();
      transport = anonymousTransport(under.sender, under.recipient);
    }, timeoutMs);
    afterEach(() => under.close(), timeoutMs);

    it(
      'carries a request with the reply blocks it asks for, and brings its reply back',
      async () => {
        const request = pattern(300, 1);
        const arrival = under.nextArrival();
        const replies = nextMessages(transport, 1);
        await transport.send(request, { replyBlocks: 3 });
        const arrived = await arrival;
        expect(arrived.data).toEqual(request);
        if (arrived.replyBlocks !== undefined) expect(arrived.replyBlocks).toBe(3);
        await arrived.reply(pattern(200, 2));
        expect(await replies).toEqual([pattern(200, 2)]);
      },
      timeoutMs,
    );

    it(
      'attaches the small stock of reply blocks when a request names none',
      async () => {
        const arrival = under.nextArrival();
        await transport.send(pattern(10, 3));
        const { replyBlocks } = await arrival;
        if (replyBlocks !== undefined) expect(replyBlocks).toBe(REPLY_BLOCKS.small);
      },
      timeoutMs,
    );

    it(
      'passes on replies only: a stranger writing to the client never reaches the paste client',
      async () => {
        const arrival = under.nextArrival();
        await transport.send(pattern(10, 4));
        const arrived = await arrival;
        const seen: Uint8Array[] = [];
        transport.onMessage((bytes) => seen.push(bytes));
        const stranger = under.strangerWrites?.bind(under);
        const bothArrived = rawMessages(under.sender, stranger ? 2 : 1);
        await stranger?.(pattern(50, 5));
        await arrived.reply(pattern(60, 6));
        await bothArrived;
        expect(seen).toEqual([pattern(60, 6)]);
      },
      timeoutMs,
    );

    it(
      'stops handing messages to a listener that unsubscribed',
      async () => {
        const arrival = under.nextArrival();
        await transport.send(pattern(10, 7));
        const arrived = await arrival;
        const early: Uint8Array[] = [];
        transport.onMessage((bytes) => early.push(bytes))();
        const later = nextMessages(transport, 1);
        await arrived.reply(pattern(30, 8));
        await later;
        expect(early).toEqual([]);
      },
      timeoutMs,
    );

    it(
      'carries messages of many fragments intact both ways',
      async () => {
        const arrival = under.nextArrival();
        const replies = nextMessages(transport, 1);
        const receiving: TransferProgress[] = [];
        transport.onReceiving?.((progress) => receiving.push(progress));
        const progress: TransferProgress[] = [];
        await transport.send(pattern(MULTI_FRAGMENT, 9), {
          replyBlocks: REPLY_BLOCKS.get,
          onProgress: (step) => progress.push(step),
        });
        const arrived = await arrival;
        expect(arrived.data).toEqual(pattern(MULTI_FRAGMENT, 9));
        // More than the blocks sent: the far side asks for the rest.
        await arrived.reply(pattern(3 * MULTI_FRAGMENT, 10));
        expect(await replies).toEqual([pattern(3 * MULTI_FRAGMENT, 10)]);

        if (under.reportsProgress) {
          expect(progress.length).toBeGreaterThan(1);
          expect(progress.at(-1)?.done).toBe(progress.at(-1)?.total);
          const steps = progress.map(({ done }) => done);
          expect(steps).toEqual([...steps].sort((a, b) => a - b));
        } else {
          expect(progress.every(({ done, total }) => done <= total)).toBe(true);
        }
        if (transport.onReceiving) {
          // Fragments of the long reply were counted while it was reassembled.
          expect(receiving.some(({ done, total }) => total > 1 && done < total)).toBe(true);
        }
      },
      timeoutMs,
    );
  });
}

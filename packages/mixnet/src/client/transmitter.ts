import { encodeHex } from '@pastenym/crypto';
import type { AddressedPacket } from '@pastenym/sphinx';
import { ackTimeoutMs, type MixnetProfile } from '../profile.js';
import { MixnetError } from '../errors.js';
import type { Clock } from './clock.js';
import type { ClientAddress } from './keys.js';
import type { PacketFactory } from './packet-factory.js';
import type { SurbPool } from './surb-stores.js';
import { coverFragment } from './fragments.js';
import { MAX_SURBS_PER_MESSAGE } from './envelope.js';

/** Completion of one message: resolved when every fragment is acked. */
export interface MessageTracker {
  remaining: number;
  failed: boolean;
  resolve(): void;
  reject(error: Error): void;
}

/** One unit of sending. */
export type Outgoing =
  | {
      readonly kind: 'forward';
      readonly recipient: ClientAddress;
      readonly fragment: Uint8Array;
      readonly message: MessageTracker;
    }
  | {
      readonly kind: 'reply';
      readonly senderTag: string;
      readonly fragment: Uint8Array;
      readonly message: MessageTracker;
      /** A request for more reply blocks may spend the last one. */
      readonly surbRequest?: boolean;
    }
  | { readonly kind: 'raw'; readonly packet: AddressedPacket };

export interface TransmitterDeps {
  readonly factory: Pick<PacketFactory, 'forward' | 'reply'>;
  readonly send: (packet: AddressedPacket) => void;
  readonly clock: Clock;
  readonly rng: (length: number) => Uint8Array;
  readonly profile: () => MixnetProfile;
  readonly surbs: SurbPool;
  readonly self: () => ClientAddress;
  /** Asks the sender behind `senderTag` for `count` more reply blocks. */
  readonly requestSurbs: (senderTag: string, count: number) => void;
  readonly maxInFlight: number;
  readonly maxAttempts: number;
}

type Tracked = Exclude<Outgoing, { kind: 'raw' }>;

/** An item waiting to go, with the sends it already had (a retry keeps counting). */
interface Pending {
  readonly item: Outgoing;
  readonly attempts: number;
}

interface InFlight {
  readonly item: Tracked;
  readonly sentAt: number;
  readonly attempts: number;
  readonly timer: unknown;
}

/** Ask for more reply blocks when fewer than this remain. */
const LOW_SURB_WATER = 32;
/** The longest ack timeout (unless the profile's own floor is longer). */
const MAX_TIMEOUT_MS = 60_000;
/** Longest stretch of packet building between two turns of the event loop. */
const YIELD_EVERY_MS = 10;

/**
 * Sends what the client has to send: a Poisson stream with cover packets when the profile asks
 * for one (else as fast as the in-flight window allows), acks awaited per packet, lost packets
 * rebuilt on a new route and sent again, replies paced by the reply blocks at hand.
 */
export class Transmitter {
  private queue: Pending[] = [];
  private head = 0;
  private readonly inFlight = new Map<string, InFlight>();
  /** Replies waiting for reply blocks, per sender tag. */
  private readonly parked = new Map<string, Pending[]>();
  /** Reply fragments per sender tag that still need a reply block (queued or parked). */
  private readonly repliesWaiting = new Map<string, number>();
  /** Items that need a reply block and are counted in `repliesWaiting`. */
  private readonly counted = new WeakSet<Tracked>();
  /** Retries waiting for a route to appear, with what they will send. */
  private readonly retryTimers = new Map<unknown, Tracked>();
  private pumping = false;
  private running = true;
  private streamTimer: unknown;
  private coverTimer: unknown;
  private srtt: number | undefined;
  private rttvar = 0;
  /** Congestion window (packets in flight), AIMD as in TCP: a busy path must not be flooded. */
  private cwnd = 32;
  private ssthresh = Infinity;
  private lastReductionAt = -Infinity;
  /** Counters for tests and benchmarks. */
  readonly stats = { sent: 0, retransmitted: 0, cover: 0, acked: 0, failed: 0, givenUp: 0 };

  constructor(private readonly deps: TransmitterDeps) {
    this.scheduleStream();
    this.scheduleCover();
  }

  enqueue(items: readonly Outgoing[], front = false): void {
    this.requeue(
      items.map((item) => ({ item, attempts: 0 })),
      front,
    );
  }

  private requeue(entries: readonly Pending[], front: boolean): void {
    if (!this.running) {
      for (const { item } of entries) if (item.kind !== 'raw') this.fail(item, closedError());
      return;
    }
    for (const { item } of entries) this.countWaiting(item, true);
    if (front) {
      this.queue = [...entries, ...this.queue.slice(this.head)];
      this.head = 0;
    } else this.queue.push(...entries);
    this.kick();
  }

  /** An ack arrived: true when it was ours. */
  acked(ackId: Uint8Array): boolean {
    const key = encodeHex(ackId);
    const entry = this.inFlight.get(key);
    if (!entry) return false;
    this.inFlight.delete(key);
    this.deps.clock.clearTimeout(entry.timer);
    this.observeRtt(this.deps.clock.now() - entry.sentAt);
    this.cwnd += this.cwnd < this.ssthresh ? 1 : 1 / this.cwnd;
    this.stats.acked++;
    const message = entry.item.message;
    if (--message.remaining === 0 && !message.failed) message.resolve();
    this.kick();
    return true;
  }

  /** More reply blocks for `senderTag` arrived: resume what waited for them. */
  surbsArrived(senderTag: string): void {
    // A message that brought no blocks answers no request.
    if (this.deps.surbs.count(senderTag) === 0) return;
    this.deps.clock.clearTimeout(this.requestsInFlight.get(senderTag));
    this.requestsInFlight.delete(senderTag);
    const waiting = this.parked.get(senderTag) ?? [];
    this.parked.delete(senderTag);
    if (waiting.length > 0) this.requeue(waiting, true);
  }

  /** Packets queued, waiting for reply blocks or awaiting their acks. */
  get pending(): number {
    return this.backlog + this.inFlight.size;
  }

  /** Packets not sent yet: queued, or waiting for reply blocks. */
  get backlog(): number {
    let parked = 0;
    for (const waiting of this.parked.values()) parked += waiting.length;
    return this.queue.length - this.head + parked;
  }

  /** Packets sent and awaiting their ack. */
  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /** Reply fragments for `senderTag` that wait for a reply block (for tests). */
  repliesWaitingFor(senderTag: string): number {
    return this.repliesWaiting.get(senderTag) ?? 0;
  }

  /**
   * Stops for good: no timer stays armed, nothing more is sent, and every message not yet
   * delivered fails with `mixnet.closed` rather than wait forever.
   */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    const { clock } = this.deps;
    clock.clearTimeout(this.streamTimer);
    clock.clearTimeout(this.coverTimer);
    for (const timer of this.requestsInFlight.values()) clock.clearTimeout(timer);
    this.requestsInFlight.clear();
    const unfinished: Tracked[] = [];
    for (const entry of this.inFlight.values()) {
      clock.clearTimeout(entry.timer);
      unfinished.push(entry.item);
    }
    this.inFlight.clear();
    for (const [timer, item] of this.retryTimers) {
      clock.clearTimeout(timer);
      unfinished.push(item);
    }
    this.retryTimers.clear();
    for (const { item } of this.queue.slice(this.head))
      if (item.kind !== 'raw') unfinished.push(item);
    for (const waiting of this.parked.values())
      for (const { item } of waiting) if (item.kind !== 'raw') unfinished.push(item);
    this.queue = [];
    this.head = 0;
    this.parked.clear();
    for (const item of unfinished) this.fail(item, closedError());
  }

  private readonly requestsInFlight = new Map<string, unknown>();

  /**
   * Counts a reply fragment in or out of the ones waiting for a reply block. Requests for
   * blocks are not counted: they may spend the last block, and asking for blocks to carry a
   * request for blocks would only grow every later request.
   */
  private countWaiting(item: Outgoing, waiting: boolean): void {
    if (item.kind !== 'reply' || item.surbRequest) return;
    if (waiting === this.counted.has(item)) return;
    if (waiting) this.counted.add(item);
    else this.counted.delete(item);
    const count = (this.repliesWaiting.get(item.senderTag) ?? 0) + (waiting ? 1 : -1);
    if (count > 0) this.repliesWaiting.set(item.senderTag, count);
    else this.repliesWaiting.delete(item.senderTag);
  }

  /**
   * The ack timeout of a packet's `attempt`th send: adaptive, doubling per retry up to 8x, and
   * never above a minute (a paused machine yields round trips of any length; as in TCP, the
   * timeout stays bounded so that a lost packet is still sent again in useful time).
   */
  private timeoutMs(attempt = 1): number {
    const floor = ackTimeoutMs(this.deps.profile());
    const base = this.srtt === undefined ? floor : Math.max(floor, this.srtt + 4 * this.rttvar);
    return Math.min(base * Math.min(2 ** (attempt - 1), 8), Math.max(floor, MAX_TIMEOUT_MS));
  }

  private observeRtt(sample: number): void {
    // Jacobson/Karels, as TCP does: a loaded machine stretches round trips, and retransmitting
    // into that only loads it more.
    if (this.srtt === undefined) {
      this.srtt = sample;
      this.rttvar = sample / 2;
    } else {
      this.rttvar = 0.75 * this.rttvar + 0.25 * Math.abs(this.srtt - sample);
      this.srtt = 0.875 * this.srtt + 0.125 * sample;
    }
  }

  private poisson(meanMs: number): number {
    const b = this.deps.rng(4);
    const u = ((((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0) + 1) / 0x1_0000_0001;
    return -meanMs * Math.log(u);
  }

  private scheduleStream(): void {
    const mean = this.deps.profile().sendingIntervalMs;
    if (!this.running || mean <= 0) return;
    this.streamTimer = this.deps.clock.setTimeout(() => {
      void this.tick().finally(() => this.scheduleStream());
    }, this.poisson(mean));
  }

  private scheduleCover(): void {
    const mean = this.deps.profile().loopCoverIntervalMs;
    if (!this.running || mean <= 0) return;
    this.coverTimer = this.deps.clock.setTimeout(() => {
      void this.sendCover().finally(() => this.scheduleCover());
    }, this.poisson(mean));
  }

  /** One slot of the Poisson stream: a real packet if one is ready, else cover. */
  private async tick(): Promise<void> {
    const entry = this.windowOpen() ? this.next() : undefined;
    if (entry) await this.transmit(entry.item, entry.attempts + 1);
    else await this.sendCover();
  }

  private async sendCover(): Promise<void> {
    if (!this.running) return;
    try {
      const packet = await this.deps.factory.forward(
        this.deps.self(),
        coverFragment(),
        this.deps.rng(16),
      );
      this.deps.send(packet);
      this.stats.cover++;
    } catch {
      // No route right now (topology changing): skip this cover packet.
    }
  }

  private kick(): void {
    if (this.deps.profile().sendingIntervalMs > 0 || this.pumping || !this.running) return;
    this.pumping = true;
    void this.pump().finally(() => {
      this.pumping = false;
      // Work queued while the pump was winding down must not wait for the next ack.
      if (this.head < this.queue.length && this.windowOpen()) this.kick();
    });
  }

  private windowOpen(): boolean {
    return this.inFlight.size < Math.min(this.cwnd, this.deps.maxInFlight);
  }

  /**
   * Without a sending stream: send everything queued, within the window. Building packets is
   * CPU work that never waits, so it yields to the event loop every few milliseconds: acks must
   * be read before their timers fire.
   */
  private async pump(): Promise<void> {
    let sliceStart = this.deps.clock.now();
    while (this.running && this.windowOpen()) {
      const entry = this.next();
      if (!entry) return;
      await this.transmit(entry.item, entry.attempts + 1);
      if (this.deps.clock.now() - sliceStart >= YIELD_EVERY_MS) {
        await new Promise<void>((resolve) => {
          const { clock } = this.deps;
          if (clock.yieldToIo) clock.yieldToIo(resolve);
          else clock.setTimeout(resolve, 0);
        });
        sliceStart = this.deps.clock.now();
      }
    }
  }

  private next(): Pending | undefined {
    while (this.head < this.queue.length) {
      const entry = this.queue[this.head++]!;
      if (this.head > 1024 && this.head * 2 > this.queue.length) {
        this.queue = this.queue.slice(this.head);
        this.head = 0;
      }
      if (entry.item.kind !== 'raw' && entry.item.message.failed) {
        this.countWaiting(entry.item, false);
        continue;
      }
      return entry;
    }
    return undefined;
  }

  /** Sends `item` for the `attempts`th time. */
  private async transmit(item: Outgoing, attempts: number): Promise<void> {
    if (!this.running) return;
    if (item.kind === 'raw') {
      this.deps.send(item.packet);
      return;
    }
    if (item.message.failed) return this.countWaiting(item, false);
    const ackId = this.deps.rng(16);
    let packet: AddressedPacket;
    try {
      if (item.kind === 'forward') {
        packet = await this.deps.factory.forward(item.recipient, item.fragment, ackId);
      } else {
        const surb = this.takeSurb(item, attempts);
        if (!surb) return;
        packet = await this.deps.factory.reply(surb, item.fragment, ackId);
      }
    } catch (error) {
      if (
        error instanceof MixnetError &&
        error.code === 'mixnet.no_route' &&
        attempts < this.deps.maxAttempts
      ) {
        // The topology is changing (a layer empty for a moment): try again later.
        const timer = this.deps.clock.setTimeout(() => {
          this.retryTimers.delete(timer);
          void this.transmit(item, attempts + 1);
        }, this.timeoutMs(attempts));
        this.retryTimers.set(timer, item);
        return;
      }
      this.fail(item, error instanceof Error ? error : new Error(String(error)));
      return;
    }
    // Stopped while the packet was being built: it never leaves, no timer is armed for it.
    if (!this.running) return this.fail(item, closedError());
    this.deps.send(packet);
    this.stats.sent++;
    const key = encodeHex(ackId);
    const timer = this.deps.clock.setTimeout(() => this.timedOut(key), this.timeoutMs(attempts));
    this.inFlight.set(key, { item, sentAt: this.deps.clock.now(), attempts, timer });
  }

  private timedOut(key: string): void {
    const entry = this.inFlight.get(key);
    if (!entry) return;
    this.inFlight.delete(key);
    if (!this.running || entry.item.message.failed) return;
    if (entry.attempts >= this.deps.maxAttempts) {
      this.fail(
        entry.item,
        new MixnetError('mixnet.not_delivered', 'a packet was never acknowledged'),
      );
      return;
    }
    this.stats.retransmitted++;
    // Halve the window once per loss episode (packets sent before the last cut don't cut again).
    if (entry.sentAt > this.lastReductionAt) {
      this.ssthresh = Math.max(8, this.cwnd / 2);
      this.cwnd = this.ssthresh;
      this.lastReductionAt = this.deps.clock.now();
    }
    void this.transmit(entry.item, entry.attempts + 1).finally(() => this.kick());
  }

  private fail(item: Tracked, error: Error): void {
    this.countWaiting(item, false);
    if (item.message.failed) return;
    item.message.failed = true;
    this.stats.failed++;
    item.message.reject(error);
  }

  /**
   * Takes a reply block for a reply fragment, keeping the last one to ask for more. Without
   * one, the fragment waits (parked, keeping its attempt count) until more arrive.
   */
  private takeSurb(
    item: Extract<Outgoing, { kind: 'reply' }>,
    attempts: number,
  ): Uint8Array | undefined {
    const tag = item.senderTag;
    // A retransmission needs a new block as much as a first send does.
    this.countWaiting(item, true);
    const available = this.deps.surbs.count(tag);
    const usable = item.surbRequest ? available : available - 1;
    if (usable <= 0) {
      const waiting = this.parked.get(tag) ?? [];
      // Parked at its attempt count so far: it is sent again as the same attempt.
      waiting.push({ item, attempts: attempts - 1 });
      this.parked.set(tag, waiting);
      this.askForSurbs(tag);
      return undefined;
    }
    this.countWaiting(item, false);
    const surb = this.deps.surbs.take(tag);
    if (usable - 1 < LOW_SURB_WATER) this.askForSurbs(tag);
    return surb;
  }

  private askForSurbs(tag: string): void {
    const needed = this.repliesWaiting.get(tag) ?? 0;
    if (this.requestsInFlight.has(tag) || needed <= 0) return;
    // Cleared when blocks arrive; on timeout we ask again, or what waits fails rather than hang.
    // The timer runs even when no block is left to carry a request: then it is what ends the wait.
    const timer = this.deps.clock.setTimeout(
      () => this.surbRequestTimedOut(tag),
      3 * this.timeoutMs() + 10_000,
    );
    this.requestsInFlight.set(tag, timer);
    if (this.deps.surbs.count(tag) > 0)
      this.deps.requestSurbs(tag, Math.min(needed + LOW_SURB_WATER, MAX_SURBS_PER_MESSAGE));
  }

  private surbRequestTimedOut(tag: string): void {
    this.requestsInFlight.delete(tag);
    if (this.deps.surbs.count(tag) > 0) {
      this.askForSurbs(tag);
      return;
    }
    const waiting = this.parked.get(tag) ?? [];
    this.parked.delete(tag);
    for (const { item } of waiting) {
      if (item.kind !== 'raw')
        this.fail(
          item,
          new MixnetError('mixnet.no_reply_surbs', 'ran out of reply blocks for this sender'),
        );
    }
  }
}

function closedError(): MixnetError {
  return new MixnetError('mixnet.closed', 'the mixnet client was closed');
}

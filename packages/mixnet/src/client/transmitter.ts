import { encodeHex } from '@pastenym/crypto';
import type { AddressedPacket } from '@pastenym/sphinx';
import { ackTimeoutMs, type MixnetProfile } from '../profile.js';
import { MixnetError } from '../errors.js';
import type { Clock } from './clock.js';
import {
  DEFAULT_GIVE_UP,
  DEFAULT_WINDOW,
  LaneHealth,
  LaneWindow,
  RttEstimator,
  type GiveUpRule,
  type WindowLimits,
} from './congestion.js';
import { FairQueue } from './fair-queue.js';
import { coverFragment } from './fragments.js';
import type { ClientAddress } from './keys.js';
import type { MessageTracker } from './message-tracker.js';
import type { PacketFactory } from './packet-factory.js';
import { PoissonTimer } from './poisson-timer.js';
import type { ReplyLedger } from './reply-ledger.js';
import { MAX_SURBS_PER_MESSAGE } from './envelope.js';

/** One fragment to send, and the message it belongs to. */
export type Outgoing =
  | {
      readonly kind: 'forward';
      readonly recipient: ClientAddress;
      /** The recipient's identity, hex: its lane. */
      readonly recipientKey: string;
      readonly fragment: Uint8Array;
      readonly message: MessageTracker;
    }
  | {
      readonly kind: 'reply';
      readonly senderTag: string;
      readonly fragment: Uint8Array;
      readonly message: MessageTracker;
    };

/** Sent at once, before any queued fragment, never retried: acks of replies, block requests. */
export type Control =
  | { readonly kind: 'raw'; readonly packet: AddressedPacket }
  | { readonly kind: 'surbRequest'; readonly senderTag: string; readonly fragment: Uint8Array };

export interface TransmitterDeps {
  readonly factory: Pick<PacketFactory, 'forward' | 'reply'>;
  readonly send: (packet: AddressedPacket) => void;
  readonly clock: Clock;
  readonly rng: (length: number) => Uint8Array;
  readonly profile: () => MixnetProfile;
  /** The reply blocks we hold, by sender tag (the client adds what arrives). */
  readonly ledger: ReplyLedger;
  readonly self: () => ClientAddress;
  /** Builds the fragment that asks the sender behind a tag for `count` more reply blocks. */
  readonly surbRequest: (count: number) => Uint8Array;
  /** Packets awaiting their acks at once, over every lane. */
  readonly maxInFlight: number;
  /** Sends of one packet before its message fails. */
  readonly maxAttempts: number;
  /** Packets queued at once, over every lane (default 40,000: about 80 MB of fragments). */
  readonly maxBacklog?: number;
  /** Packets queued for one lane (default half of `maxBacklog`). */
  readonly maxLaneBacklog?: number;
  readonly window?: WindowLimits;
  readonly giveUp?: GiveUpRule;
}

/** A fragment waiting to go, with the sends it already had (a retry keeps counting). */
interface Pending {
  readonly item: Outgoing;
  readonly attempts: number;
}

interface InFlight {
  readonly item: Outgoing;
  readonly lane: string;
  readonly sentAt: number;
  readonly attempts: number;
  readonly timer: unknown;
}

/** What the transmitter knows of one recipient while it has something queued or in flight. */
interface LaneState {
  readonly window: LaneWindow;
  readonly health: LaneHealth;
  readonly inFlight: Set<string>;
}

/** Ask for more reply blocks when fewer than this would be left beyond what waits. */
const LOW_SURB_WATER = 32;
/** Longest stretch of packet building between two turns of the event loop. */
const YIELD_EVERY_MS = 10;
const DEFAULT_MAX_BACKLOG = 40_000;

const laneOf = (item: Outgoing) =>
  item.kind === 'forward' ? `f:${item.recipientKey}` : `r:${item.senderTag}`;
const tagOfLane = (lane: string) => (lane.startsWith('r:') ? lane.slice(2) : undefined);

/**
 * Sends what the client has to send, as four small parts put together:
 * - a {@link FairQueue}: one queue per recipient, served round robin, so a slow, dead or
 *   unreadable recipient never delays messages to anyone else;
 * - per recipient a {@link LaneWindow} (packets in flight, AIMD) and a {@link LaneHealth}
 *   (a recipient that acknowledges nothing for a minute is given up: its messages fail, counted);
 * - one {@link RttEstimator} for the ack timeouts;
 * - {@link PoissonTimer}s for Loopix's sending stream and loop cover, when the profile has them
 *   (else packets go as fast as the windows allow).
 * Replies wait in their lane until the {@link ReplyLedger} has a block for them; a lane short
 * of blocks asks its sender for more, and fails if none come.
 */
export class Transmitter {
  private readonly queue = new FairQueue<Pending>();
  private readonly control: Control[] = [];
  private readonly inFlight = new Map<string, InFlight>();
  private readonly lanes = new Map<string, LaneState>();
  /** Requests for reply blocks in flight, by sender tag: the timer that ends the wait. */
  private readonly surbWaits = new Map<string, unknown>();
  /** Sends waiting for a route to appear (topology changing), with what they will send. */
  private readonly routeRetries = new Map<unknown, Pending>();
  private readonly rtt: RttEstimator;
  private readonly stream: PoissonTimer;
  private readonly cover: PoissonTimer;
  private readonly maxBacklog: number;
  private readonly maxLaneBacklog: number;
  private pumping = false;
  private kickedWhilePumping = false;
  private running = true;
  /** Counters for tests, benchmarks and metrics. */
  readonly stats = { sent: 0, retransmitted: 0, cover: 0, acked: 0, failed: 0, givenUp: 0 };

  constructor(private readonly deps: TransmitterDeps) {
    this.rtt = new RttEstimator(() => ackTimeoutMs(deps.profile()));
    this.maxBacklog = deps.maxBacklog ?? DEFAULT_MAX_BACKLOG;
    this.maxLaneBacklog = deps.maxLaneBacklog ?? Math.ceil(this.maxBacklog / 2);
    const { clock, rng, profile } = deps;
    this.stream = new PoissonTimer(
      clock,
      rng,
      () => profile().sendingIntervalMs,
      () => this.tick(),
    );
    this.cover = new PoissonTimer(
      clock,
      rng,
      () => profile().loopCoverIntervalMs,
      () => this.sendCover(),
    );
    this.stream.start();
    this.cover.start();
  }

  /**
   * Queues the fragments of one message (all for one recipient).
   * @throws {MixnetError} `mixnet.closed` after `stop()`; `mixnet.backlog_full` when the
   *   queue, or this recipient's share of it, has no room for them (nothing is queued then)
   */
  enqueue(items: readonly Outgoing[]): void {
    if (!this.running) throw closedError();
    if (items.length === 0) return;
    const lane = laneOf(items[0]!);
    if (
      this.queue.size + items.length > this.maxBacklog ||
      this.queue.laneSize(lane) + items.length > this.maxLaneBacklog
    ) {
      throw new MixnetError('mixnet.backlog_full', 'too many packets are waiting to be sent');
    }
    for (const item of items) this.queue.push(laneOf(item), { item, attempts: 0 });
    this.kick();
  }

  /** Sends a control packet before anything queued. */
  sendControl(control: Control): void {
    if (!this.running) return;
    this.control.push(control);
    this.kick();
  }

  /** An ack arrived: true when it was ours. */
  acked(ackId: Uint8Array): boolean {
    const key = encodeHex(ackId);
    const entry = this.inFlight.get(key);
    if (!entry) return false;
    const now = this.deps.clock.now();
    this.settleInFlight(key, entry);
    this.rtt.observe(now - entry.sentAt);
    const lane = this.lanes.get(entry.lane);
    lane?.window.onAck();
    lane?.health.onAck(now);
    this.stats.acked++;
    entry.item.message.ack();
    this.releaseLane(entry.lane);
    this.kick();
    return true;
  }

  /** More reply blocks for `senderTag` arrived: what waited for them may go. */
  surbsArrived(senderTag: string): void {
    if (this.deps.ledger.count(senderTag, this.deps.clock.now()) === 0) return;
    // A message that brought no blocks answers no request.
    this.deps.clock.clearTimeout(this.surbWaits.get(senderTag));
    this.surbWaits.delete(senderTag);
    this.kick();
  }

  /** Packets queued or awaiting their acks. */
  get pending(): number {
    return this.backlog + this.inFlight.size;
  }

  /** Packets not sent yet (queued, some waiting for reply blocks). */
  get backlog(): number {
    return this.queue.size + this.control.length + this.routeRetries.size;
  }

  /** Packets sent and awaiting their ack. */
  get inFlightCount(): number {
    return this.inFlight.size;
  }

  /**
   * Stops for good: no timer stays armed, nothing more is sent, and every message not yet
   * delivered fails with `mixnet.closed` rather than wait forever.
   */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    const { clock } = this.deps;
    this.stream.stop();
    this.cover.stop();
    for (const timer of this.surbWaits.values()) clock.clearTimeout(timer);
    this.surbWaits.clear();
    const unfinished: Outgoing[] = [];
    for (const entry of this.inFlight.values()) {
      clock.clearTimeout(entry.timer);
      unfinished.push(entry.item);
    }
    this.inFlight.clear();
    for (const [timer, pending] of this.routeRetries) {
      clock.clearTimeout(timer);
      unfinished.push(pending.item);
    }
    this.routeRetries.clear();
    for (const { item } of this.queue.drainAll()) unfinished.push(item);
    this.control.length = 0;
    this.lanes.clear();
    for (const item of unfinished) this.fail(item, closedError());
  }

  private kick(): void {
    if (this.deps.profile().sendingIntervalMs > 0 || !this.running) return;
    if (this.pumping) {
      this.kickedWhilePumping = true;
      return;
    }
    this.pumping = true;
    this.kickedWhilePumping = false;
    void this.pump().finally(() => {
      this.pumping = false;
      // Work that became ready while the pump was winding down must not wait for the next ack.
      if (this.kickedWhilePumping) this.kick();
    });
  }

  /**
   * Without a sending stream: send everything ready. Building packets is CPU work that never
   * waits, so it yields to the event loop every few milliseconds: acks must be read before
   * their timers fire.
   */
  private async pump(): Promise<void> {
    let sliceStart = this.deps.clock.now();
    while (this.running) {
      if (!(await this.sendNext())) return;
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

  /** One slot of the Poisson stream: a real packet if one is ready, else cover. */
  private async tick(): Promise<void> {
    if (!(await this.sendNext())) await this.sendCover();
  }

  /** Sends the next control packet, or the next queued fragment whose lane may send. */
  private async sendNext(): Promise<boolean> {
    const control = this.control.shift();
    if (control) {
      await this.sendControlNow(control);
      return true;
    }
    if (this.inFlight.size >= this.deps.maxInFlight) return false;
    const next = this.queue.next((lane) => this.laneMaySend(lane));
    if (!next) return false;
    const { item } = next.item;
    if (item.message.settled) {
      this.releaseLane(next.lane);
      return true; // failed meanwhile (deadline, give-up): nothing to send
    }
    await this.transmit(next.item);
    return true;
  }

  private laneMaySend(lane: string): boolean {
    const state = this.laneState(lane);
    if (state.inFlight.size >= state.window.size) return false;
    const tag = tagOfLane(lane);
    if (tag === undefined) return true;
    const held = this.deps.ledger.count(tag, this.deps.clock.now());
    // A reply longer than the blocks we hold: ask for the rest now, while sending with these,
    // so the top-up travels while the first fragments do (one round trip, not a stall).
    if (this.queue.laneSize(lane) >= held) this.askForSurbs(tag);
    // The last block is kept for asking for more.
    return held > 1;
  }

  private laneState(lane: string): LaneState {
    let state = this.lanes.get(lane);
    if (!state) {
      state = {
        window: new LaneWindow(this.deps.window ?? DEFAULT_WINDOW),
        health: new LaneHealth(this.deps.clock.now(), this.deps.giveUp ?? DEFAULT_GIVE_UP),
        inFlight: new Set(),
      };
      this.lanes.set(lane, state);
    }
    return state;
  }

  /** Forgets a lane's state once it has nothing queued or in flight: memory stays bounded. */
  private releaseLane(lane: string): void {
    const state = this.lanes.get(lane);
    if (state && state.inFlight.size === 0 && this.queue.laneSize(lane) === 0)
      this.lanes.delete(lane);
  }

  private async sendControlNow(control: Control): Promise<void> {
    if (control.kind === 'raw') {
      this.deps.send(control.packet);
      return;
    }
    // A request for blocks may spend the last one; if even that is gone, the wait's timer ends it.
    const surb = this.deps.ledger.take(control.senderTag, this.deps.clock.now());
    if (!surb) return;
    try {
      const packet = await this.deps.factory.reply(surb, control.fragment, this.deps.rng(16));
      if (this.running) this.deps.send(packet);
    } catch {
      // Unusable block: the wait's timer asks again or ends the wait.
    }
  }

  /** Sends a queued fragment for its next attempt. */
  private async transmit(pending: Pending): Promise<void> {
    const { item } = pending;
    const lane = laneOf(item);
    const attempts = pending.attempts + 1;
    const ackId = this.deps.rng(16);
    let packet: AddressedPacket;
    try {
      if (item.kind === 'forward') {
        packet = await this.deps.factory.forward(item.recipient, item.fragment, ackId);
      } else {
        const surb = this.deps.ledger.take(item.senderTag, this.deps.clock.now());
        if (!surb) {
          // The blocks expired between the lane's turn and now: wait for more.
          this.queue.pushRetry(lane, pending);
          return;
        }
        packet = await this.deps.factory.reply(surb, item.fragment, ackId);
      }
    } catch (error) {
      this.buildFailed(pending, lane, error);
      return;
    }
    // Stopped while the packet was being built: it never leaves, no timer is armed for it.
    if (!this.running) return this.fail(item, closedError());
    this.deps.send(packet);
    this.stats.sent++;
    if (attempts > 1) this.stats.retransmitted++;
    const key = encodeHex(ackId);
    const timer = this.deps.clock.setTimeout(
      () => this.timedOut(key),
      this.rtt.timeoutMs(attempts),
    );
    const now = this.deps.clock.now();
    this.inFlight.set(key, { item, lane, sentAt: now, attempts, timer });
    const state = this.laneState(lane);
    state.health.onSend(now, state.inFlight.size === 0);
    state.inFlight.add(key);
  }

  private buildFailed(pending: Pending, lane: string, error: unknown): void {
    const attempts = pending.attempts + 1;
    if (
      error instanceof MixnetError &&
      error.code === 'mixnet.no_route' &&
      attempts < this.deps.maxAttempts
    ) {
      // The topology is changing (a layer empty for a moment): try again later.
      const timer = this.deps.clock.setTimeout(() => {
        this.routeRetries.delete(timer);
        if (!this.running) return;
        this.queue.pushRetry(lane, { item: pending.item, attempts });
        this.kick();
      }, this.rtt.timeoutMs(attempts));
      this.routeRetries.set(timer, pending);
      return;
    }
    this.fail(pending.item, error instanceof Error ? error : new Error(String(error)));
    this.releaseLane(lane);
  }

  private timedOut(key: string): void {
    const entry = this.inFlight.get(key);
    if (!entry) return;
    this.settleInFlight(key, entry);
    const { item, lane } = entry;
    if (!this.running) return;
    if (item.message.settled) {
      this.releaseLane(lane);
      this.kick();
      return;
    }
    const now = this.deps.clock.now();
    const state = this.laneState(lane);
    state.window.onLoss(entry.sentAt, now);
    if (state.health.onTimeout(now)) {
      this.giveUp(lane, item);
      return;
    }
    if (entry.attempts >= this.deps.maxAttempts) {
      this.fail(item, new MixnetError('mixnet.not_delivered', 'a packet was never acknowledged'));
      this.releaseLane(lane);
    } else {
      this.queue.pushRetry(lane, { item, attempts: entry.attempts });
    }
    this.kick();
  }

  private settleInFlight(key: string, entry: InFlight): void {
    this.inFlight.delete(key);
    this.deps.clock.clearTimeout(entry.timer);
    this.lanes.get(entry.lane)?.inFlight.delete(key);
  }

  /**
   * The recipient behind `lane` acknowledged nothing for too long: everything for it fails, its
   * reply blocks are forgotten, and the lane starts afresh if it is written to again.
   */
  private giveUp(lane: string, timedOut: Outgoing): void {
    this.stats.givenUp++;
    const error = new MixnetError(
      'mixnet.recipient_unreachable',
      'the recipient acknowledged nothing for too long',
    );
    const items = [timedOut, ...this.queue.drainLane(lane).map((pending) => pending.item)];
    const state = this.lanes.get(lane);
    for (const key of state?.inFlight ?? []) {
      const entry = this.inFlight.get(key);
      if (!entry) continue;
      this.settleInFlight(key, entry);
      items.push(entry.item);
    }
    this.lanes.delete(lane);
    const tag = tagOfLane(lane);
    if (tag !== undefined) this.forgetSurbWait(tag);
    for (const item of items) this.fail(item, error);
    this.kick();
  }

  private fail(item: Outgoing, error: Error): void {
    if (item.message.settled) return;
    this.stats.failed++;
    item.message.fail(error);
  }

  /**
   * Asks the sender behind `tag` for the blocks its lane lacks (what waits beyond the blocks we
   * hold, and some to spare), once at a time. The request spends one of our blocks; if none is
   * left, the wait's timer is what ends the wait.
   */
  private askForSurbs(tag: string): void {
    if (this.surbWaits.has(tag) || !this.running) return;
    const waiting = this.queue.laneSize(`r:${tag}`);
    if (waiting === 0) return;
    const timer = this.deps.clock.setTimeout(
      () => this.surbWaitTimedOut(tag),
      3 * this.rtt.timeoutMs() + 10_000,
    );
    this.surbWaits.set(tag, timer);
    const held = this.deps.ledger.count(tag, this.deps.clock.now());
    if (held === 0) return;
    // What the lane lacks beyond the blocks left after this request spends one, and a reserve.
    const lacking = Math.max(1, waiting - (held - 1));
    const count = Math.min(lacking + LOW_SURB_WATER, MAX_SURBS_PER_MESSAGE);
    this.sendControl({
      kind: 'surbRequest',
      senderTag: tag,
      fragment: this.deps.surbRequest(count),
    });
  }

  private surbWaitTimedOut(tag: string): void {
    this.surbWaits.delete(tag);
    if (!this.running) return;
    if (this.deps.ledger.count(tag, this.deps.clock.now()) > 0) {
      // A block is left: the request or its answer was lost; ask again.
      this.askForSurbs(tag);
      this.kick();
      return;
    }
    const lane = `r:${tag}`;
    const error = new MixnetError(
      'mixnet.no_reply_surbs',
      'ran out of reply blocks for this sender',
    );
    for (const { item } of this.queue.drainLane(lane)) this.fail(item, error);
    this.releaseLane(lane);
  }

  private forgetSurbWait(tag: string): void {
    this.deps.clock.clearTimeout(this.surbWaits.get(tag));
    this.surbWaits.delete(tag);
    this.deps.ledger.forget(tag);
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
}

function closedError(): MixnetError {
  return new MixnetError('mixnet.closed', 'the mixnet client was closed');
}

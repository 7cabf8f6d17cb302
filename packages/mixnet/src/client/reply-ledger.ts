import { SURB_LIFETIME_MS } from './lifetimes.js';

/** Bounds of a {@link ReplyLedger}. */
export interface ReplyLedgerLimits {
  /** Blocks kept per sender (default 20,000). */
  readonly perSender: number;
  /** Blocks kept in all (default 100,000: about 40 MB of 412-byte blocks). */
  readonly overall: number;
  /** How long after its arrival a block may be used (default {@link SURB_LIFETIME_MS}). */
  readonly lifetimeMs: number;
}

const DEFAULTS: ReplyLedgerLimits = {
  perSender: 20_000,
  overall: 100_000,
  lifetimeMs: SURB_LIFETIME_MS,
};

/** One sender's blocks, oldest first, each with the time it arrived. */
class SenderBlocks {
  surbs: Uint8Array[] = [];
  arrivedAt: number[] = [];
  head = 0;

  get size(): number {
    return this.surbs.length - this.head;
  }

  /** Drops the `count` oldest blocks. */
  dropOldest(count: number): void {
    this.head += count;
    if (this.head * 2 >= this.surbs.length) {
      this.surbs = this.surbs.slice(this.head);
      this.arrivedAt = this.arrivedAt.slice(this.head);
      this.head = 0;
    }
  }
}

/**
 * The replier's side of reply blocks: those received, by sender tag. It spends a sender's
 * newest blocks first and never one past its lifetime, so every reply it sends is one the
 * sender can still read (see `lifetimes.ts`). Bounded per sender and in total; when full, the
 * oldest blocks go first: those of the sender heard from least recently, and within one sender
 * its oldest. New senders always get room, so a long-running replier keeps answering
 * newcomers however many blocks past senders left behind.
 */
export class ReplyLedger {
  /** The map's order is the senders' recency, least recent first. */
  private readonly senders = new Map<string, SenderBlocks>();
  private total = 0;
  private readonly limits: ReplyLedgerLimits;

  constructor(limits: Partial<ReplyLedgerLimits> = {}) {
    this.limits = { ...DEFAULTS, ...limits };
  }

  /** Blocks held, over every sender (expired ones included until they are next looked at). */
  get size(): number {
    return this.total;
  }

  add(senderTag: string, surbs: readonly Uint8Array[], now: number): void {
    if (surbs.length === 0) return;
    const blocks = this.senders.get(senderTag) ?? new SenderBlocks();
    // Re-inserted: this sender is now the most recent.
    this.senders.delete(senderTag);
    this.senders.set(senderTag, blocks);
    for (const surb of surbs) {
      blocks.surbs.push(surb);
      blocks.arrivedAt.push(now);
    }
    this.total += surbs.length;
    this.trim(blocks, this.limits.perSender);
    this.evictOverall(senderTag);
  }

  /** A usable block for `senderTag`, the newest one, or nothing. */
  take(senderTag: string, now: number): Uint8Array | undefined {
    const blocks = this.fresh(senderTag, now);
    if (!blocks) return undefined;
    const surb = blocks.surbs.pop()!;
    blocks.arrivedAt.pop();
    this.total--;
    if (blocks.size === 0) this.senders.delete(senderTag);
    return surb;
  }

  /** Usable blocks for `senderTag`. */
  count(senderTag: string, now: number): number {
    return this.fresh(senderTag, now)?.size ?? 0;
  }

  /** Forgets every block of `senderTag` (a recipient given up). */
  forget(senderTag: string): void {
    const blocks = this.senders.get(senderTag);
    if (!blocks) return;
    this.total -= blocks.size;
    this.senders.delete(senderTag);
  }

  /** The sender's blocks after dropping those past their lifetime (oldest first, so a prefix). */
  private fresh(senderTag: string, now: number): SenderBlocks | undefined {
    const blocks = this.senders.get(senderTag);
    if (!blocks) return undefined;
    const oldestUsable = now - this.limits.lifetimeMs;
    let expired = 0;
    while (expired < blocks.size && blocks.arrivedAt[blocks.head + expired]! < oldestUsable)
      expired++;
    this.trim(blocks, blocks.size - expired);
    if (blocks.size > 0) return blocks;
    this.senders.delete(senderTag);
    return undefined;
  }

  private trim(blocks: SenderBlocks, keep: number): void {
    const excess = blocks.size - keep;
    if (excess <= 0) return;
    blocks.dropOldest(excess);
    this.total -= excess;
  }

  private evictOverall(keep: string): void {
    for (const [tag, blocks] of this.senders) {
      if (this.total <= this.limits.overall) return;
      if (tag === keep) continue;
      this.trim(blocks, blocks.size - (this.total - this.limits.overall));
      if (blocks.size === 0) this.senders.delete(tag);
    }
    // Only the newest sender is left and it is over the total on its own.
    const blocks = this.senders.get(keep);
    if (blocks) this.trim(blocks, blocks.size - (this.total - this.limits.overall));
  }
}

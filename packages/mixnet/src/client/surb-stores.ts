import { encodeHex, type CryptoProvider } from '@pastenym/crypto';
import type { SurbSecrets } from '@pastenym/sphinx';

/** The sender's side: secrets of the reply blocks we handed out, by surb id (bounded, FIFO). */
export class ReplyKeyStore {
  private readonly entries = new Map<string, { secrets: SurbSecrets; senderTag: string }>();

  constructor(private readonly capacity = 20_000) {}

  add(secrets: SurbSecrets, senderTag: string): void {
    this.entries.set(encodeHex(secrets.surbId), { secrets, senderTag });
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  /** Takes (and forgets: single use) the secrets of a reply block. */
  take(surbId: Uint8Array): { secrets: SurbSecrets; senderTag: string } | undefined {
    const key = encodeHex(surbId);
    const entry = this.entries.get(key);
    this.entries.delete(key);
    return entry;
  }

  get size(): number {
    return this.entries.size;
  }
}

/**
 * The replier's side: reply blocks received, by sender tag, bounded per tag and in total. When
 * full, the oldest blocks go first: those of the sender heard from least recently, and within
 * one sender its oldest ones. New senders always get room, so a long-running replier keeps
 * answering newcomers however many blocks past senders left behind; and newer blocks are the
 * better ones to keep, built on a newer topology.
 */
export class SurbPool {
  /** Per tag, oldest block first; the map's order is the senders' recency, oldest first. */
  private readonly pools = new Map<string, Uint8Array[]>();
  private total = 0;

  constructor(
    private readonly perTag = 20_000,
    private readonly overall = 100_000,
  ) {}

  add(senderTag: string, surbs: readonly Uint8Array[]): void {
    if (surbs.length === 0) return;
    const pool = this.pools.get(senderTag) ?? [];
    // Re-inserted: this sender is now the most recent.
    this.pools.delete(senderTag);
    this.pools.set(senderTag, pool);
    const kept = surbs.length > this.perTag ? surbs.slice(-this.perTag) : surbs;
    pool.push(...kept);
    this.total += kept.length;
    if (pool.length > this.perTag) this.total -= pool.splice(0, pool.length - this.perTag).length;
    this.evictOverall(senderTag);
  }

  take(senderTag: string): Uint8Array | undefined {
    const pool = this.pools.get(senderTag);
    const surb = pool?.shift();
    if (surb) this.total--;
    if (pool && pool.length === 0) this.pools.delete(senderTag);
    return surb;
  }

  count(senderTag: string): number {
    return this.pools.get(senderTag)?.length ?? 0;
  }

  /** Blocks held, over every sender. */
  get size(): number {
    return this.total;
  }

  private evictOverall(keep: string): void {
    for (const [tag, pool] of this.pools) {
      if (this.total <= this.overall) return;
      if (tag === keep) continue;
      const excess = Math.min(pool.length, this.total - this.overall);
      pool.splice(0, excess);
      this.total -= excess;
      if (pool.length === 0) this.pools.delete(tag);
    }
    // Only the newest sender is left and it is over the total on its own.
    const pool = this.pools.get(keep);
    if (pool && this.total > this.overall) {
      const excess = this.total - this.overall;
      pool.splice(0, excess);
      this.total -= excess;
    }
  }
}

/** Sender tags: random, 16 bytes, stable per recipient, so a replier can tell its askers apart. */
export class SenderTags {
  private readonly byRecipient = new Map<string, Uint8Array>();
  private readonly recipients = new Map<string, string>();

  constructor(private readonly crypto: CryptoProvider) {}

  forRecipient(recipient: string): Uint8Array {
    let tag = this.byRecipient.get(recipient);
    if (!tag) {
      tag = this.crypto.randomBytes(16);
      this.byRecipient.set(recipient, tag);
      this.recipients.set(encodeHex(tag), recipient);
    }
    return tag;
  }

  /** The recipient we gave this tag to, if any. */
  recipientOf(senderTagHex: string): string | undefined {
    return this.recipients.get(senderTagHex);
  }
}

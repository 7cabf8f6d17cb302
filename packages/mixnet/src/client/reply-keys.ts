import { encodeHex } from '@pastenym/crypto';
import type { SurbSecrets } from '@pastenym/sphinx';
import { REPLY_KEY_LIFETIME_MS } from './lifetimes.js';

interface KeyEntry {
  readonly secrets: SurbSecrets;
  readonly senderTag: string;
  readonly expiresAt: number;
}

/**
 * The sender's side of reply blocks: the secrets of the blocks we handed out, by surb id, each
 * kept for {@link REPLY_KEY_LIFETIME_MS} (as long as any replier may use the block, see
 * `lifetimes.ts`) and then forgotten. Bounded in count: a live key is never dropped to make
 * room (its reply would be unreadable); instead no more blocks are made until keys expire or
 * are used (`room`).
 */
export class ReplyKeyStore {
  /** In order of making, so the first entries are the first to expire. */
  private readonly entries = new Map<string, KeyEntry>();

  constructor(
    /** About 1.6 KB each: 30,000 keys hold at most about 50 MB. */
    private readonly capacity = 30_000,
    private readonly lifetimeMs = REPLY_KEY_LIFETIME_MS,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** How many more blocks may be made now. */
  room(now: number): number {
    this.expire(now);
    return this.capacity - this.entries.size;
  }

  /** @returns false when full: the block must not be handed out. */
  add(secrets: SurbSecrets, senderTag: string, now: number): boolean {
    if (this.room(now) <= 0) return false;
    this.entries.set(encodeHex(secrets.surbId), {
      secrets,
      senderTag,
      expiresAt: now + this.lifetimeMs,
    });
    return true;
  }

  /** Takes (and forgets: single use) the secrets of a reply block still within its lifetime. */
  take(surbId: Uint8Array, now: number): Omit<KeyEntry, 'expiresAt'> | undefined {
    const key = encodeHex(surbId);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    return entry.expiresAt > now ? entry : undefined;
  }

  private expire(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt > now) return;
      this.entries.delete(key);
    }
  }
}

import { encodeHex } from '@pastenym/crypto';
import type { SurbSecrets } from '@pastenym/sphinx';
import { REPLY_KEY_LIFETIME_MS } from './lifetimes.js';

interface KeyEntry {
  /** The hop keys and the reply key end to end: one allocation instead of six. */
  readonly keys: Uint8Array;
  readonly hops: number;
  readonly senderTag: string;
  readonly expiresAt: number;
}

/** What opening a reply needs: the block's secrets and whom we gave it to. */
export interface ReplyKeys {
  readonly secrets: SurbSecrets;
  readonly senderTag: string;
}

function pack(secrets: SurbSecrets): Uint8Array {
  const parts = [...secrets.hopPayloadKeys, secrets.replyKey];
  const keys = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    keys.set(part, offset);
    offset += part.length;
  }
  return keys;
}

function unpack(surbId: Uint8Array, entry: KeyEntry): SurbSecrets {
  // Every key has the same length (Lioness keys), so the packed form splits evenly.
  const size = entry.keys.length / (entry.hops + 1);
  const hopPayloadKeys: Uint8Array[] = [];
  for (let hop = 0; hop < entry.hops; hop++)
    hopPayloadKeys.push(entry.keys.subarray(hop * size, (hop + 1) * size));
  return { surbId, hopPayloadKeys, replyKey: entry.keys.subarray(entry.hops * size) };
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
    /** About 1.2 KB each: 50,000 keys hold at most about 60 MB. */
    private readonly capacity = 50_000,
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
      keys: pack(secrets),
      hops: secrets.hopPayloadKeys.length,
      senderTag,
      expiresAt: now + this.lifetimeMs,
    });
    return true;
  }

  /** Takes (and forgets: single use) the secrets of a reply block still within its lifetime. */
  take(surbId: Uint8Array, now: number): ReplyKeys | undefined {
    const key = encodeHex(surbId);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    if (entry.expiresAt <= now) return undefined;
    return { secrets: unpack(Uint8Array.from(surbId), entry), senderTag: entry.senderTag };
  }

  private expire(now: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.expiresAt > now) return;
      this.entries.delete(key);
    }
  }
}

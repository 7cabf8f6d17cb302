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

/** The replier's side: reply blocks received, by sender tag (bounded per tag and in total). */
export class SurbPool {
  private readonly pools = new Map<string, Uint8Array[]>();
  private total = 0;

  constructor(
    private readonly perTag = 20_000,
    private readonly overall = 100_000,
  ) {}

  add(senderTag: string, surbs: readonly Uint8Array[]): void {
    let pool = this.pools.get(senderTag);
    if (!pool) {
      pool = [];
      this.pools.set(senderTag, pool);
    }
    for (const surb of surbs) {
      if (pool.length >= this.perTag || this.total >= this.overall) break;
      pool.push(surb);
      this.total++;
    }
  }

  take(senderTag: string): Uint8Array | undefined {
    const surb = this.pools.get(senderTag)?.shift();
    if (surb) this.total--;
    return surb;
  }

  count(senderTag: string): number {
    return this.pools.get(senderTag)?.length ?? 0;
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

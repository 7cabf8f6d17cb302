import { encodeHex, type CryptoProvider } from '@pastenym/crypto';

/**
 * Sender tags: random, 16 bytes, stable per recipient, so a replier can tell its askers apart.
 * Bounded: past `capacity` recipients the least recently used one is forgotten (it gets a new
 * tag if we write to it again, and its requests for blocks under the old tag go unanswered).
 */
export class SenderTags {
  private readonly byRecipient = new Map<string, Uint8Array>();
  private readonly recipients = new Map<string, string>();

  constructor(
    private readonly crypto: CryptoProvider,
    private readonly capacity = 10_000,
  ) {}

  forRecipient(recipient: string): Uint8Array {
    let tag = this.byRecipient.get(recipient);
    if (tag) {
      this.byRecipient.delete(recipient);
    } else {
      tag = this.crypto.randomBytes(16);
      this.recipients.set(encodeHex(tag), recipient);
    }
    this.byRecipient.set(recipient, tag);
    this.evict();
    return tag;
  }

  /** The recipient we gave this tag to, if any. */
  recipientOf(senderTagHex: string): string | undefined {
    return this.recipients.get(senderTagHex);
  }

  private evict(): void {
    for (const [recipient, tag] of this.byRecipient) {
      if (this.byRecipient.size <= this.capacity) return;
      this.byRecipient.delete(recipient);
      this.recipients.delete(encodeHex(tag));
    }
  }
}

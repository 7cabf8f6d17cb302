/** Bounds of a {@link MailboxStore}. */
export interface MailboxLimits {
  readonly maxMessagesPerIdentity: number;
  readonly maxBytesPerIdentity: number;
  /** Across every mailbox. */
  readonly maxTotalBytes: number;
}

export const DEFAULT_MAILBOX_LIMITS: MailboxLimits = {
  maxMessagesPerIdentity: 1000,
  maxBytesPerIdentity: 4 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
};

interface Entry {
  readonly identity: string;
  readonly message: Uint8Array;
  removed: boolean;
}

/**
 * Messages kept for clients that are offline, bounded per identity (count and bytes) and in
 * total; when full, the oldest messages go first (of that identity, or of anyone for the total
 * cap). Pure: no timers, no I/O.
 * @example store.put(identity, frame); for (const frame of store.drain(identity)) send(frame);
 */
export class MailboxStore {
  private readonly boxes = new Map<string, { entries: Entry[]; bytes: number }>();
  // Every stored entry in arrival order, for the global cap; removed entries are skipped.
  private order: Entry[] = [];
  private orderHead = 0;
  private total = 0;
  private count = 0;

  constructor(private readonly limits: MailboxLimits = DEFAULT_MAILBOX_LIMITS) {}

  get totalBytes(): number {
    return this.total;
  }

  get totalMessages(): number {
    return this.count;
  }

  /** Messages waiting for `identity`. */
  size(identity: string): number {
    return this.boxes.get(identity)?.entries.length ?? 0;
  }

  /** Stores a message; returns how many messages were dropped to make room (this one included if it can never fit). */
  put(identity: string, message: Uint8Array): number {
    const { maxBytesPerIdentity, maxMessagesPerIdentity, maxTotalBytes } = this.limits;
    if (
      message.length > Math.min(maxBytesPerIdentity, maxTotalBytes) ||
      maxMessagesPerIdentity < 1
    ) {
      return 1;
    }
    let box = this.boxes.get(identity);
    if (!box) this.boxes.set(identity, (box = { entries: [], bytes: 0 }));
    const entry: Entry = { identity, message, removed: false };
    box.entries.push(entry);
    box.bytes += message.length;
    this.order.push(entry);
    this.total += message.length;
    this.count++;
    let dropped = 0;
    while (box.entries.length > maxMessagesPerIdentity || box.bytes > maxBytesPerIdentity) {
      this.remove(box.entries[0]!);
      dropped++;
    }
    while (this.total > maxTotalBytes) {
      const oldest = this.order[this.orderHead++]!;
      if (!oldest.removed) {
        this.remove(oldest);
        dropped++;
      }
    }
    this.compact();
    return dropped;
  }

  /** Takes every message waiting for `identity`, oldest first. */
  drain(identity: string): Uint8Array[] {
    const box = this.boxes.get(identity);
    if (!box) return [];
    this.boxes.delete(identity);
    for (const entry of box.entries) entry.removed = true;
    this.total -= box.bytes;
    this.count -= box.entries.length;
    this.compact();
    return box.entries.map((entry) => entry.message);
  }

  private remove(entry: Entry): void {
    const box = this.boxes.get(entry.identity)!;
    // Outside drain, entries leave a box oldest first: the search ends at once.
    box.entries.splice(box.entries.indexOf(entry), 1);
    box.bytes -= entry.message.length;
    if (box.entries.length === 0) this.boxes.delete(entry.identity);
    entry.removed = true;
    this.total -= entry.message.length;
    this.count--;
  }

  // Drops removed entries from the arrival list once they outnumber the live ones.
  private compact(): void {
    if (this.order.length - this.orderHead <= 2 * this.count + 64) return;
    this.order = this.order.slice(this.orderHead).filter((entry) => !entry.removed);
    this.orderHead = 0;
  }
}

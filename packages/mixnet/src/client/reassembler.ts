import { encodeHex } from '@pastenym/crypto';
import { FRAGMENT_DATA_LENGTH, type Fragment } from './fragments.js';

/** Bounds of a {@link Reassembler}: memory stays bounded whatever peers send. */
export interface ReassemblerLimits {
  /** Bytes held in incomplete messages (default 256 MiB). */
  readonly maxBufferedBytes: number;
  /** Incomplete messages untouched for this long are dropped (default 10 minutes). */
  readonly staleAfterMs: number;
  /** Completed message ids remembered to drop retransmitted duplicates (default 65,536). */
  readonly rememberCompleted: number;
}

const DEFAULTS: ReassemblerLimits = {
  maxBufferedBytes: 256 * 1024 * 1024,
  staleAfterMs: 10 * 60_000,
  rememberCompleted: 65_536,
};

interface PartialMessage {
  readonly count: number;
  readonly parts: (Uint8Array | undefined)[];
  received: number;
  bytes: number;
  touchedAt: number;
}

/**
 * Puts fragments back together. Duplicates (retransmissions whose first copy did arrive) are
 * dropped, both while a message is incomplete and after it was delivered.
 */
export class Reassembler {
  private readonly partials = new Map<string, PartialMessage>();
  private readonly completed = new Set<string>();
  private bufferedBytes = 0;
  private lastSweep = -Infinity;
  private readonly limits: ReassemblerLimits;

  /**
   * @param onPartial told, for each new fragment that leaves its message incomplete, how much of
   *   that message has arrived (a progress bar for large replies).
   */
  constructor(
    private readonly now: () => number,
    limits: Partial<ReassemblerLimits> = {},
    private readonly onPartial?: (progress: { received: number; total: number }) => void,
  ) {
    this.limits = { ...DEFAULTS, ...limits };
  }

  /** Adds a fragment; returns the whole message when this fragment completes it. */
  add(fragment: Fragment): Uint8Array | undefined {
    const id = encodeHex(fragment.messageId);
    if (this.completed.has(id)) return undefined;
    this.evictStale();
    let partial = this.partials.get(id);
    if (!partial) {
      partial = {
        count: fragment.count,
        parts: new Array<Uint8Array | undefined>(fragment.count),
        received: 0,
        bytes: 0,
        touchedAt: this.now(),
      };
      this.partials.set(id, partial);
    }
    if (partial.count !== fragment.count || partial.parts[fragment.index]) return undefined;
    if (this.bufferedBytes + fragment.data.length > this.limits.maxBufferedBytes)
      this.evictOldest(id);
    partial.parts[fragment.index] = fragment.data;
    partial.received++;
    partial.bytes += fragment.data.length;
    partial.touchedAt = this.now();
    this.bufferedBytes += fragment.data.length;
    if (partial.received < partial.count) {
      this.onPartial?.({ received: partial.received, total: partial.count });
      return undefined;
    }

    this.drop(id);
    this.remember(id);
    const message = new Uint8Array(
      (partial.count - 1) * FRAGMENT_DATA_LENGTH + partial.parts[partial.count - 1]!.length,
    );
    partial.parts.forEach((part, i) => message.set(part!, i * FRAGMENT_DATA_LENGTH));
    return message;
  }

  /** Bytes currently held in incomplete messages. */
  get buffered(): number {
    return this.bufferedBytes;
  }

  private remember(id: string): void {
    this.completed.add(id);
    if (this.completed.size > this.limits.rememberCompleted) {
      const oldest = this.completed.values().next().value;
      if (oldest !== undefined) this.completed.delete(oldest);
    }
  }

  private drop(id: string): void {
    const partial = this.partials.get(id);
    if (!partial) return;
    this.bufferedBytes -= partial.bytes;
    this.partials.delete(id);
  }

  private evictStale(): void {
    const now = this.now();
    if (now - this.lastSweep < 1000) return;
    this.lastSweep = now;
    const cutoff = now - this.limits.staleAfterMs;
    for (const [id, partial] of this.partials) if (partial.touchedAt < cutoff) this.drop(id);
  }

  private evictOldest(keep: string): void {
    for (const id of this.partials.keys()) {
      if (this.bufferedBytes + FRAGMENT_DATA_LENGTH <= this.limits.maxBufferedBytes) return;
      if (id !== keep) this.drop(id);
    }
  }
}

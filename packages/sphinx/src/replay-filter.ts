/** Sizing of a {@link ReplayFilter}. */
export interface ReplayFilterOptions {
  /** Tags remembered per generation (default 1,000,000). */
  readonly capacity?: number;
  /** False-positive rate of one full generation (default 1e-6). */
  readonly falsePositiveRate?: number;
}

/**
 * Remembers Sphinx replay tags in two rotating Bloom filters, so memory stays bounded
 * (2 x m bits, where m = -capacity x ln(p) / ln(2)^2: 7.2 MB with the defaults).
 *
 * - No false negatives inside the window: a packet replayed while its tag is in the current or
 *   the previous generation (at least the last `capacity` tags) is always caught.
 * - False positives: a fresh tag is wrongly reported as seen with probability at most
 *   `2 x falsePositiveRate` (both generations full), 2e-6 with the defaults; the sender's
 *   retransmission covers such a drop.
 * - Older replays (more than `2 x capacity` tags ago) are forgotten; bound that window with key
 *   rotation, as Nym does per epoch.
 */
export class ReplayFilter {
  readonly capacity: number;
  readonly bits: number;
  readonly hashes: number;
  private current: Uint8Array;
  private previous: Uint8Array;
  private insertedInCurrent = 0;

  constructor(options: ReplayFilterOptions = {}) {
    this.capacity = options.capacity ?? 1_000_000;
    const p = options.falsePositiveRate ?? 1e-6;
    if (!(this.capacity >= 1) || !(p > 0 && p < 1))
      throw new RangeError('bad replay filter sizing');
    this.bits = Math.ceil((-this.capacity * Math.log(p)) / Math.LN2 ** 2);
    this.hashes = Math.max(1, Math.round((this.bits / this.capacity) * Math.LN2));
    this.current = new Uint8Array(Math.ceil(this.bits / 8));
    this.previous = new Uint8Array(this.current.length);
  }

  /** Bytes of memory the two generations hold. */
  get memoryBytes(): number {
    return this.current.length * 2;
  }

  /** Expected false-positive rate of one generation holding `count` tags. */
  falsePositiveRateAt(count: number): number {
    return (1 - Math.exp((-this.hashes * count) / this.bits)) ** this.hashes;
  }

  /**
   * Returns true if `tag` (at least 8 uniformly random bytes) was seen; otherwise remembers it
   * and returns false.
   */
  testAndAdd(tag: Uint8Array): boolean {
    if (tag.length < 8) throw new RangeError('replay tags are at least 8 bytes');
    // Double hashing over two 32-bit words of the tag (already uniform: an HKDF output).
    const h1 = ((tag[0]! << 24) | (tag[1]! << 16) | (tag[2]! << 8) | tag[3]!) >>> 0;
    const h2 = ((tag[4]! << 24) | (tag[5]! << 16) | (tag[6]! << 8) | tag[7]! | 1) >>> 0;
    let inCurrent = true;
    let inPrevious = true;
    for (let i = 0; i < this.hashes; i++) {
      const bit = (h1 + i * h2) % this.bits;
      const mask = 1 << (bit & 7);
      if ((this.current[bit >>> 3]! & mask) === 0) inCurrent = false;
      if ((this.previous[bit >>> 3]! & mask) === 0) inPrevious = false;
    }
    if (inCurrent || inPrevious) return true;
    this.add(h1, h2);
    return false;
  }

  private add(h1: number, h2: number): void {
    if (this.insertedInCurrent >= this.capacity) {
      const recycled = this.previous;
      recycled.fill(0);
      this.previous = this.current;
      this.current = recycled;
      this.insertedInCurrent = 0;
    }
    for (let i = 0; i < this.hashes; i++) {
      const bit = (h1 + i * h2) % this.bits;
      this.current[bit >>> 3]! |= 1 << (bit & 7);
    }
    this.insertedInCurrent++;
  }
}

/** A first-in first-out list that takes from its head in O(1) and compacts now and then. */
class Deque<T> {
  private items: T[] = [];
  private head = 0;

  get size(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head]!;
    this.items[this.head++] = undefined as T;
    if (this.head >= 1024 && this.head * 2 >= this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  drain(): T[] {
    const rest = this.items.slice(this.head);
    this.items = [];
    this.head = 0;
    return rest;
  }
}

/** One lane: retries go before first sends, each kind in its own order. */
class Lane<T> {
  readonly retries = new Deque<T>();
  readonly fresh = new Deque<T>();

  get size(): number {
    return this.retries.size + this.fresh.size;
  }

  shift(): T | undefined {
    return this.retries.size > 0 ? this.retries.shift() : this.fresh.shift();
  }

  drain(): T[] {
    return [...this.retries.drain(), ...this.fresh.drain()];
  }
}

/**
 * Items to send, one queue per lane (a recipient), served round robin: a lane with thousands
 * of items waiting (a large reply to a reader who vanished) delays another lane's next item by
 * one turn at most, not by its whole backlog. A lane that may not send now (its window is full,
 * it waits for reply blocks) is passed over without losing its turn order.
 */
export class FairQueue<T> {
  /** Lanes with items, in turn order: a lane just served moves to the end. */
  private readonly lanes = new Map<string, Lane<T>>();
  private total = 0;

  get size(): number {
    return this.total;
  }

  laneSize(lane: string): number {
    return this.lanes.get(lane)?.size ?? 0;
  }

  /** Lanes that have items waiting. */
  get laneCount(): number {
    return this.lanes.size;
  }

  push(lane: string, item: T): void {
    this.laneOf(lane).fresh.push(item);
    this.total++;
  }

  /** Queues a retry: it goes before the lane's first sends (older retries first). */
  pushRetry(lane: string, item: T): void {
    this.laneOf(lane).retries.push(item);
    this.total++;
  }

  /** The head of the first lane in turn for which `ready(lane)` holds; that lane goes last. */
  next(ready: (lane: string) => boolean): { lane: string; item: T } | undefined {
    for (const [lane, queue] of this.lanes) {
      if (!ready(lane)) continue;
      const item = queue.shift()!;
      this.total--;
      this.lanes.delete(lane);
      if (queue.size > 0) this.lanes.set(lane, queue);
      return { lane, item };
    }
    return undefined;
  }

  /** Removes and returns every item of `lane`. */
  drainLane(lane: string): T[] {
    const queue = this.lanes.get(lane);
    if (!queue) return [];
    this.lanes.delete(lane);
    this.total -= queue.size;
    return queue.drain();
  }

  /** Removes and returns every item. */
  drainAll(): T[] {
    const all: T[] = [];
    for (const lane of [...this.lanes.keys()]) all.push(...this.drainLane(lane));
    return all;
  }

  private laneOf(lane: string): Lane<T> {
    let queue = this.lanes.get(lane);
    if (!queue) {
      queue = new Lane<T>();
      this.lanes.set(lane, queue);
    }
    return queue;
  }
}

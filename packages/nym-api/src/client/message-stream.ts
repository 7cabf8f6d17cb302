/**
 * Fans items out to subscribers and async iterators. While nobody listens, items are kept
 * (up to a bound, oldest dropped first) and handed to the next subscriber or iterator, so that
 * nothing received between connecting and subscribing is lost.
 */
export class MessageStream<T> {
  private readonly consumers = new Set<(item: T) => void>();
  private readonly buffer: T[] = [];
  private readonly enders = new Set<() => void>();
  private ended = false;

  constructor(private readonly maxBuffered: number) {}

  /** Hands an item to every consumer, or keeps it for the next one. */
  push(item: T): void {
    if (this.ended) return;
    if (this.consumers.size === 0) {
      this.buffer.push(item);
      if (this.buffer.length > this.maxBuffered) this.buffer.shift();
      return;
    }
    for (const consumer of [...this.consumers]) consumer(item);
  }

  /** Adds a consumer; returns its removal. Kept items go to it first. */
  subscribe(consumer: (item: T) => void): () => void {
    this.consumers.add(consumer);
    for (const item of this.buffer.splice(0)) consumer(item);
    return () => {
      this.consumers.delete(consumer);
    };
  }

  /** An async iterator over items from now on (plus kept ones); it ends when the stream ends. */
  iterate(): AsyncIterableIterator<T> {
    const queue: T[] = [];
    let wake: ((result: IteratorResult<T>) => void) | null = null;
    let done = this.ended;
    const finish = (): void => {
      done = true;
      unsubscribe();
      this.enders.delete(finish);
      wake?.({ value: undefined, done: true });
      wake = null;
    };
    const unsubscribe = this.subscribe((item) => {
      if (wake !== null) {
        wake({ value: item, done: false });
        wake = null;
      } else queue.push(item);
    });
    if (done) unsubscribe();
    else this.enders.add(finish);
    const iterator: AsyncIterableIterator<T> = {
      next: () => {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift()!, done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => (wake = resolve));
      },
      return: () => {
        finish();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }

  /** Ends every iterator; later items are ignored. */
  end(): void {
    this.ended = true;
    for (const finish of [...this.enders]) finish();
  }
}

import type { Clock } from '../clock.js';

/** Lets every pending promise settle: a test on this clock waits on no real timer or I/O. */
export const settle = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * A {@link Clock} that moves only when told: timers run in order of their due time, with
 * promises settling between them, so behaviour over minutes is tested in milliseconds.
 * @example const clock = new ManualClock(); new Transmitter({ clock, ... }); await clock.advance(60_000);
 */
export class ManualClock implements Clock {
  private time: number;
  private nextId = 1;
  /** Armed timers, by handle. */
  readonly timers = new Map<number, { at: number; callback: () => void }>();

  constructor(start = 0) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.time + Math.max(0, ms), callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Runs every timer due within `ms`, in order, letting promises settle between them. */
  async advance(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      await settle();
      let due: [number, { at: number; callback: () => void }] | undefined;
      for (const entry of this.timers)
        if (entry[1].at <= end && (!due || entry[1].at < due[1].at)) due = entry;
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = Math.max(this.time, due[1].at);
      due[1].callback();
    }
    this.time = end;
    await settle();
  }
}

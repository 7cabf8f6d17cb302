// The sweeper on a manual clock.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '@pastenym/runtime/testing';
import { Sweeper } from '../src/index.js';

describe('Sweeper', () => {
  it('sweeps in batches until a short one, every interval, at the clock time', async () => {
    const batches = [3, 3, 1, 0];
    const calls: [number, number][] = [];
    const swept: number[] = [];
    const clock = new ManualClock();
    const sweeper = new Sweeper({
      storage: {
        scrub: () => Promise.resolve(true),
        sweepExpired: (now, batch) => {
          calls.push([now, batch]);
          return Promise.resolve(batches.shift() ?? 0);
        },
      },
      clock,
      intervalMs: 1000,
      batchSize: 3,
      onSwept: (count) => swept.push(count),
    });
    sweeper.start();
    await clock.advance(999);
    expect(calls).toEqual([]);
    await clock.advance(1);
    expect(calls).toEqual([
      [1000, 3],
      [1000, 3],
      [1000, 3],
    ]);
    expect(clock.timers.size).toBe(1); // the next sweep is planned
    await clock.advance(1000);
    expect(swept).toEqual([7, 0]);
    await sweeper.stop();
    expect(clock.timers.size).toBe(0);
  });

  it('reports a failed sweep and carries on', async () => {
    const clock = new ManualClock();
    const errors: unknown[] = [];
    const sweeper = new Sweeper({
      storage: {
        sweepExpired: () => Promise.reject(new Error('down')),
        scrub: () => Promise.resolve(true),
      },
      clock,
      onError: (error) => errors.push(error),
    });
    sweeper.start();
    await clock.advance(60_000);
    expect(errors).toHaveLength(1);
    expect(clock.timers.size).toBe(1);
    await sweeper.stop();
  });

  it('stops after at most maxBatches per sweep', async () => {
    let calls = 0;
    const sweeper = new Sweeper({
      storage: {
        sweepExpired: () => Promise.resolve(++calls && 10),
        scrub: () => Promise.resolve(true),
      },
      clock: new ManualClock(),
      batchSize: 10,
      maxBatches: 4,
    });
    expect(await sweeper.sweepOnce()).toBe(40);
  });
});
